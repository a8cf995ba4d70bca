using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace UNModel.Analyzers.Tests.Helpers;

/// <summary>
/// Runs one analyzer (and optionally its fix) over code that uses the real UNModel types. Sources use the testing
/// library's markup: <c>[|…|]</c> for the analyzer's only rule, <c>{|UNM0001:…|}</c> to name the rule.
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

    /// <summary>Checks that the analyzer reports exactly the marked diagnostics.</summary>
    public static Task AnalyzeAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new() =>
        AnalyzeAsync<TAnalyzer>(source, editorConfig: null, expected);

    /// <summary>Checks the marked diagnostics with an <c>.editorconfig</c> in force.</summary>
    public static async Task AnalyzeAsync<TAnalyzer>(string source, string? editorConfig, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            TestCode = source,
            ReferenceAssemblies = NoPackage,
        };
        Configure(test.TestState, editorConfig);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>Checks the diagnostics and that the fix (one by one and Fix All) turns the source into <paramref name="fixedSource"/>.</summary>
    public static async Task FixAsync<TAnalyzer, TFixer>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TFixer : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TFixer, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            ReferenceAssemblies = NoPackage,
        };
        Configure(test.TestState, null);
        Configure(test.FixedState, null);
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

    private static void Configure(SolutionState state, string? editorConfig)
    {
        state.AdditionalReferences.AddRange(Net100.References.All);
        state.AdditionalReferences.Add(UNModelReference);
        if (editorConfig is not null)
        {
            state.AnalyzerConfigFiles.Add(("/.editorconfig", editorConfig));
        }
    }
}
