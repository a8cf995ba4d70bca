using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace UNModel.Fuzz.Harness;

/// <summary>What went wrong in one variant: an analyzer exception (AD0001), a code-fix exception, or a hang.</summary>
public sealed record FuzzFailure(string Kind, string Component, string Message, string Source);

/// <summary>The outcome of analysing one source.</summary>
public sealed record VariantResult(ImmutableArray<Diagnostic> Diagnostics, int FixesApplied, IReadOnlyList<FuzzFailure> Failures, bool HasSyntaxErrors);

/// <summary>
/// Runs every <see cref="DiagnosticAnalyzer"/> of UNModel.Analyzers (found by reflection, so new rules are covered
/// automatically) over a source compiled against .NET 10 and the real UNModel.dll, and every
/// <see cref="CodeFixProvider"/> of UNModel.Analyzers.CodeFixes over each diagnostic it can fix, through an
/// <see cref="AdhocWorkspace"/>, applying the first action.
/// </summary>
public sealed class AnalyzerHost
{
    public const string AnalyzersAssembly = "UNModel.Analyzers";
    public const string CodeFixesAssembly = "UNModel.Analyzers.CodeFixes";

    private static readonly Lazy<AnalyzerHost> Shared = new(() => Load());

    private readonly AdhocWorkspace workspace;
    private readonly ProjectId projectId;
    private readonly DocumentId documentId;

    private AnalyzerHost(ImmutableArray<DiagnosticAnalyzer> analyzers, ImmutableArray<CodeFixProvider> fixers)
    {
        Analyzers = analyzers;
        Fixers = fixers;
        workspace = new AdhocWorkspace();
        projectId = ProjectId.CreateNewId();
        ProjectInfo project = ProjectInfo.Create(
            projectId,
            VersionStamp.Default,
            "Fuzzed",
            "Fuzzed",
            LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References);
        Solution solution = workspace.CurrentSolution.AddProject(project);
        documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Fuzzed.cs", SourceText.From(string.Empty));
        if (!workspace.TryApplyChanges(solution))
        {
            throw new InvalidOperationException("Could not set up the fuzzing workspace.");
        }
    }

    /// <summary>.NET 10 reference assemblies and the real UNModel.dll, created once and shared by every compilation.</summary>
    public static ImmutableArray<MetadataReference> References { get; } =
        [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(Vote).Assembly.Location)];

    /// <summary>The shared host. Creating it fails (and with it every test that uses it) when an analyzer assembly is missing.</summary>
    public static AnalyzerHost Instance => Shared.Value;

    public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }

    public ImmutableArray<CodeFixProvider> Fixers { get; }

    /// <summary>Creates a host with fresh analyzer and fixer instances.</summary>
    /// <param name="extraFixers">Further code fixes to run (the harness's own self-test uses a throwing one).</param>
    /// <exception cref="InvalidOperationException">An analyzer assembly is not next to the tests (a broken build): the tests fail, never pass empty.</exception>
    public static AnalyzerHost Load(IEnumerable<CodeFixProvider>? extraFixers = null)
    {
        Assembly analyzers = LoadRequired(AnalyzersAssembly);
        Assembly fixes = LoadRequired(CodeFixesAssembly);
        var host = new AnalyzerHost(
            [.. Instances<DiagnosticAnalyzer>(analyzers, typeof(DiagnosticAnalyzerAttribute))],
            [.. Instances<CodeFixProvider>(fixes, typeof(ExportCodeFixProviderAttribute)), .. extraFixers ?? []]);
        return host.Analyzers.IsEmpty ? throw new InvalidOperationException(AnalyzersAssembly + " holds no analyzer.") : host;
    }

    /// <summary>A compilation of the source against the shared references (no analyzers).</summary>
    public static CSharpCompilation Compile(string source) =>
        CSharpCompilation.Create(
            "Fuzzed",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Analyses one source with every analyzer, then applies every applicable fix; collects every failure.</summary>
    public async Task<VariantResult> RunAsync(string source, bool applyFixes, CancellationToken cancellationToken)
    {
        var failures = new List<FuzzFailure>();
        Solution solution = workspace.CurrentSolution.WithDocumentText(documentId, SourceText.From(source));
        Compilation compilation = (await solution.GetProject(projectId)!.GetCompilationAsync(cancellationToken).ConfigureAwait(false))!;
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(compilation, Analyzers, source, failures, cancellationToken).ConfigureAwait(false);

        int applied = 0;
        if (applyFixes && !Fixers.IsEmpty)
        {
            Document document = solution.GetDocument(documentId)!;
            // At most eight diagnostics per variant get their fixes applied: enough to cover every fixer, bounded in time.
            foreach (Diagnostic diagnostic in diagnostics.Where(d => Fixers.Any(f => f.FixableDiagnosticIds.Contains(d.Id))).Take(8))
            {
                foreach (CodeFixProvider fixer in Fixers)
                {
                    if (!fixer.FixableDiagnosticIds.Contains(diagnostic.Id))
                    {
                        continue;
                    }

                    try
                    {
                        if (await ApplyFirstFixAsync(fixer, document, diagnostic, cancellationToken).ConfigureAwait(false))
                        {
                            applied++;
                        }
                    }
                    catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
                    {
                        throw;
                    }
                    catch (Exception ex)
                    {
                        failures.Add(new FuzzFailure("code-fix exception", fixer.GetType().Name + " on " + diagnostic.Id, ex.ToString(), source));
                    }
                }
            }
        }

        bool syntaxErrors = compilation.SyntaxTrees.Any(t => t.GetDiagnostics(cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error));
        return new VariantResult(diagnostics, applied, failures, syntaxErrors);
    }

    /// <summary>Runs the analyzers over a compilation, recording every analyzer exception (AD0001 and the exception callback).</summary>
    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, string source, List<FuzzFailure> failures, CancellationToken cancellationToken)
    {
        var exceptions = new List<FuzzFailure>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (ex, analyzer, diagnostic) =>
            {
                lock (exceptions)
                {
                    exceptions.Add(new FuzzFailure("analyzer exception", analyzer.GetType().Name, ex.ToString(), source));
                }
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = new CompilationWithAnalyzers(compilation, analyzers, options);
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        foreach (Diagnostic d in diagnostics)
        {
            if (d.Id is "AD0001" or "AD0002")
            {
                failures.Add(new FuzzFailure(d.Id, string.Join(",", d.Descriptor.CustomTags), d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), source));
            }
        }

        lock (exceptions)
        {
            failures.AddRange(exceptions);
        }

        return [.. diagnostics.Where(d => d.Id is not ("AD0001" or "AD0002"))];
    }

    private static async Task<bool> ApplyFirstFixAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), cancellationToken);
        await fixer.RegisterCodeFixesAsync(context).ConfigureAwait(false);
        if (actions.Count == 0)
        {
            return false;
        }

        CodeAction first = actions[0];
        ImmutableArray<CodeActionOperation> operations = await first.GetOperationsAsync(cancellationToken).ConfigureAwait(false);
        foreach (CodeActionOperation op in operations)
        {
            if (op is ApplyChangesOperation apply)
            {
                Document? changed = apply.ChangedSolution.GetDocument(document.Id);
                if (changed is not null)
                {
                    _ = (await changed.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString();
                    _ = await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        return true;
    }

    private static Assembly LoadRequired(string name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (FileNotFoundException ex)
        {
            throw new InvalidOperationException("The analyzer assembly " + name + " is not built next to the fuzz tests; the harness cannot run.", ex);
        }
    }

    private static IEnumerable<T> Instances<T>(Assembly assembly, Type attribute)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = [.. ex.Types.Where(t => t is not null).Cast<Type>()];
        }

        return types
            .Where(t => typeof(T).IsAssignableFrom(t) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null && t.IsDefined(attribute, inherit: false))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t)!);
    }
}
