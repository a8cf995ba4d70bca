using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace UNModel.Fuzz.Harness;

/// <summary>One case of a program: a parameterless static method (or a program's entry point), and what each side said of it.</summary>
/// <param name="Program">Where the program came from.</param>
/// <param name="Method">The method.</param>
/// <param name="Reported">The rule ids the analyzers reported inside the method (but UNM0018 and UNM0019, warnings about the user's own logic, which the runtime never throws).</param>
/// <param name="Thrown">The rule id the method threw when run; null when it ran to the end; "other:Type" for an exception that names no rule.</param>
/// <param name="Knowable">Whether the program is written so that the analyzers can read all of it (the generated vote programs).</param>
/// <param name="Source">The method's source, shown when the two sides disagree.</param>
public sealed record DifferentialCase(string Program, string Method, ImmutableSortedSet<string> Reported, string? Thrown, bool Knowable, string Source)
{
    /// <summary>
    /// Where the analyzers report, the runtime throws one of the reported ids; where the runtime runs through, the analyzers
    /// are silent (a <c>default</c> value object that is never used, UNM0009, throws nothing); in a knowable program the
    /// analyzers report the id the runtime throws.
    /// </summary>
    public bool Agrees => Thrown switch
    {
        null => Reported.Remove(RuleIds.UninitializedValueObject).IsEmpty,
        _ when Thrown.StartsWith("other:", StringComparison.Ordinal) => true,
        _ => Reported.Contains(Thrown) || (Reported.IsEmpty && !Knowable),
    };

    public override string ToString() =>
        Program + " " + Method + ": analyzers [" + string.Join(", ", Reported) + "], runtime " + (Thrown ?? "accepts");

    /// <summary>The case and its source.</summary>
    public string Describe() => ToString() + "\n" + Source;
}

/// <summary>
/// Compiles a program twice, with the analyzers (the ids they report in each method) and without them (an assembly whose
/// methods are run, each in turn, in a collectible load context that shares UNModel with the tests), and pairs the two.
/// </summary>
public static class Differential
{
    /// <summary>The rules the runtime never throws: UNM0018 and UNM0019, warnings about the user's own logic.</summary>
    public static readonly ImmutableHashSet<string> CompileTimeOnly = [RuleIds.AbstentionTreatedAsVeto, RuleIds.HandWrittenPermanentMembers];

    /// <summary>The cases of one program; empty when it does not compile.</summary>
    public static async Task<IReadOnlyList<DifferentialCase>> CompareAsync(Seed program, bool knowable, ImmutableArray<DiagnosticAnalyzer> analyzers, CancellationToken cancellationToken)
    {
        bool script = !program.Source.Contains("class ", StringComparison.Ordinal);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Differential" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(program.Source, new CSharpParseOptions(LanguageVersion.Latest), cancellationToken: cancellationToken)],
            AnalyzerHost.References,
            new CSharpCompilationOptions(script ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        if (compilation.GetDiagnostics(cancellationToken).Any(d => d.Severity == DiagnosticSeverity.Error))
        {
            return [];
        }

        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
        using var image = new MemoryStream();
        if (!compilation.Emit(image, cancellationToken: cancellationToken).Success)
        {
            return [];
        }

        SyntaxNode root = await compilation.SyntaxTrees[0].GetRootAsync(cancellationToken).ConfigureAwait(false);
        var context = new AssemblyLoadContext("differential", isCollectible: true);
        try
        {
            image.Position = 0;
            Assembly assembly = context.LoadFromStream(image);
            var cases = new List<DifferentialCase>();
            foreach ((MethodInfo method, SyntaxNode declaration) in RunnableMethods(assembly, root))
            {
                ImmutableSortedSet<string> reported = [.. diagnostics
                    .Where(d => !CompileTimeOnly.Contains(d.Id) && d.Location.IsInSource && declaration.FullSpan.Contains(d.Location.SourceSpan))
                    .Select(d => d.Id)];
                cases.Add(new DifferentialCase(program.Origin, method.DeclaringType?.Name + "." + method.Name, reported, Run(method), knowable, declaration is CompilationUnitSyntax ? "(the whole program)" : declaration.ToString()));
            }

            return cases;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The rule id a method throws, null when it runs through, "other:Type" for an exception without a rule.</summary>
    private static string? Run(MethodInfo method)
    {
        TextWriter output = Console.Out;
        try
        {
            Console.SetOut(TextWriter.Null); // the sample prints its decision
            method.Invoke(null, method.GetParameters().Length == 1 ? [Array.Empty<string>()] : null);
            return null;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is UNModelException rule)
        {
            return rule.RuleId;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is DocumentSymbolFormatException symbol)
        {
            return symbol.RuleId; // UNM0010: a FormatException that names its rule
        }
        catch (TargetInvocationException ex)
        {
            return "other:" + ex.InnerException?.GetType().Name;
        }
        finally
        {
            Console.SetOut(output);
        }
    }

    /// <summary>Parameterless static methods declared in the source (and a top-level program's entry point), with their declarations.</summary>
    private static IEnumerable<(MethodInfo Method, SyntaxNode Declaration)> RunnableMethods(Assembly assembly, SyntaxNode root)
    {
        if (assembly.EntryPoint is MethodInfo entry && root.DescendantNodes().OfType<GlobalStatementSyntax>().Any())
        {
            yield return (entry, root);
            yield break;
        }

        foreach (MethodDeclarationSyntax declaration in root.DescendantNodes().OfType<MethodDeclarationSyntax>())
        {
            if (!declaration.Modifiers.Any(SyntaxKind.StaticKeyword) || declaration.ParameterList.Parameters.Count != 0 || declaration.TypeParameterList is not null
                || declaration.Parent is not ClassDeclarationSyntax type || type.TypeParameterList is not null)
            {
                continue;
            }

            string typeName = (type.Parent is BaseNamespaceDeclarationSyntax ns ? ns.Name + "." : string.Empty) + type.Identifier.ValueText;
            MethodInfo? method = assembly.GetType(typeName)?.GetMethod(declaration.Identifier.ValueText, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes);
            if (method is not null)
            {
                yield return (method, declaration);
            }
        }
    }
}
