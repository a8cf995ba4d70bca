using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace UNModel.Analyzers.Tests.Helpers;

/// <summary>
/// Runs the UNModel analyzer for one rule (and optionally a fix) over code that uses the real UNModel types. Sources use
/// the testing library's markup: <c>[|…|]</c> for the rule under test, <c>{|UNM0001:…|}</c> to name a rule.
/// </summary>
internal static class Verifier
{
    /// <summary>Namespaces every snippet may use.</summary>
    public const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing UNModel;\n\n";

    private static readonly ReferenceAssemblies NoPackage = new("net10.0");

    /// <summary>The UNModel runtime assembly the tests compile against.</summary>
    public static MetadataReference UNModelReference { get; } = MetadataReference.CreateFromFile(typeof(Ballot).Assembly.Location);

    /// <summary>Wraps statements in a method of a class, with <see cref="Usings"/>.</summary>
    public static string Method(string statements) =>
        Usings + "public static class Sample\n{\n    public static object? Run()\n    {\n" + statements + "\n    }\n}\n";

    /// <summary>
    /// Checks that <see cref="UNModelAnalyzer"/> reports exactly the marked diagnostics of one rule: <c>[|…|]</c> is that
    /// rule, and the other rules are switched off, so each rule is tested on its own.
    /// </summary>
    public static Task AnalyzeAsync(DiagnosticDescriptor rule, string source, params DiagnosticResult[] expected) =>
        AnalyzeAsync(rule, source, editorConfig: null, expected);

    /// <summary>Checks one rule's marked diagnostics with an <c>.editorconfig</c> in force.</summary>
    public static async Task AnalyzeAsync(DiagnosticDescriptor rule, string source, string? editorConfig, params DiagnosticResult[] expected)
    {
        var test = new RuleTest(rule)
        {
            TestCode = source,
            ReferenceAssemblies = NoPackage,
        };
        Configure(test.TestState, editorConfig);
        test.DisabledDiagnostics.AddRange(OtherRules(rule));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>Checks one rule's diagnostics and that the fix (one by one and Fix All) turns the source into <paramref name="fixedSource"/>.</summary>
    public static async Task FixAsync<TFixer>(DiagnosticDescriptor rule, string source, string fixedSource, params DiagnosticResult[] expected)
        where TFixer : CodeFixProvider, new()
    {
        var test = new RuleFixTest<TFixer>(rule)
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = NoPackage,
        };
        Configure(test.TestState, null);
        Configure(test.FixedState, null);
        test.DisabledDiagnostics.AddRange(OtherRules(rule));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>A compilation of the sources against .NET 10 and UNModel, for tests that drive the compiler directly.</summary>
    public static CSharpCompilation Compile(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            [.. Net100.References.All, UNModelReference],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static IEnumerable<string> OtherRules(DiagnosticDescriptor rule) =>
        AllAnalyzers.Descriptors().Select(d => d.Id).Where(id => id != rule.Id);

    private static void Configure(SolutionState state, string? editorConfig)
    {
        state.AdditionalReferences.AddRange(Net100.References.All);
        state.AdditionalReferences.Add(UNModelReference);
        if (editorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }
    }

    /// <summary>An analyzer test of one rule: <c>[|…|]</c> stands for its diagnostic.</summary>
    private sealed class RuleTest(DiagnosticDescriptor rule) : CSharpAnalyzerTest<UNModelAnalyzer, DefaultVerifier>
    {
        protected override DiagnosticDescriptor GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => rule;
    }

    /// <summary>A code-fix test of one rule.</summary>
    private sealed class RuleFixTest<TFixer>(DiagnosticDescriptor rule) : CSharpCodeFixTest<UNModelAnalyzer, TFixer, DefaultVerifier>
        where TFixer : CodeFixProvider, new()
    {
        protected override DiagnosticDescriptor GetDefaultDiagnostic(DiagnosticAnalyzer[] analyzers) => rule;
    }
}
