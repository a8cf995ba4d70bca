using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using UNModel.Analyzers.Tests.Helpers;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>
/// What the analyzer costs where UNModel is not used: nothing is registered without a UNModel reference, nor where no
/// file names UNModel in code, and UNModel's symbols come only from the real library (a <c>UNModel</c> namespace in the
/// user's own code is not analysed).
/// </summary>
public sealed class RegistrationTests
{
    private const string PlainCode = """
        using System.Collections.Generic;
        using System.Linq;
        public static class Orders
        {
            public static int Total(IEnumerable<int> lines) => lines.Where(l => l > 0).Sum();
            public static List<int> Copy(List<int> lines) => new List<int>(lines);
        }
        """;

    [Fact]
    public async Task Without_a_UNModel_reference_no_action_is_registered()
    {
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Plain",
            [CSharpSyntaxTree.ParseText(PlainCode)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        AnalyzerTelemetryInfo telemetry = await TelemetryOf(compilation);

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);
    }

    /// <summary>A file that names UNModel in code and nothing that decides vetoes.</summary>
    private const string UsesUNModel = "using UNModel; public static class Uses { public static State Sweden => MemberStates.Sweden; }";

    [Fact]
    public async Task With_a_UNModel_reference_and_no_file_naming_it_no_operation_action_is_registered()
    {
        AnalyzerTelemetryInfo telemetry = await TelemetryOf(Verifier.Compile(PlainCode));

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.Equal(0, telemetry.OperationActionsCount);
    }

    [Theory]
    [InlineData(2, "using UNModel;")]
    [InlineData(2, "global using UNModel;")]
    [InlineData(2, "global using static UNModel.MemberStates;")]
    [InlineData(2, "using Model = UNModel;")]
    [InlineData(3, "using \\u0055NModel;")]
    [InlineData(3, "using UNMod\\u0065l;")]
    [InlineData(2, "public static class Qualified { public static object Of() => UNModel.MemberStates.Sweden; }")]
    [InlineData(2, "public static class Named { public const string Package = \"UNModel\"; }")]
    [InlineData(2, "public static class UNModelLike { }")]
    [InlineData(0, "// Orders are not UNModel votes.")]
    [InlineData(0, "/* UNModel */")]
    [InlineData(0, "/// <summary>Unlike <see cref=\"UNModel.Vote\"/>.</summary>\npublic static class Documented { }")]
    [InlineData(0, "#if UNMODEL_NEVER\nusing UNModel;\n#endif")]
    [InlineData(0, "#region UNModel\n#endregion")]
    [InlineData(1, "public static class Escaped { public const string Text = \"\\u0055NModel\"; }")]
    public async Task Only_code_that_names_UNModel_registers_the_invocation_and_value_actions(int actions, string naming)
    {
        // A using (global, static or aliased), a qualified name or a string names the namespace; a longer identifier that
        // contains the name counts too (the search need not be tighter to be safe). Comments, disabled text, directives
        // and escapes outside identifiers do not. An escape anywhere registers UNM0019's one action: it may spell a word of
        // vetoes.
        AnalyzerTelemetryInfo telemetry = await TelemetryOf(Verifier.Compile(PlainCode, naming));

        Assert.Equal(actions, telemetry.OperationActionsCount);
    }

    [Fact]
    public async Task A_violation_is_reported_where_only_a_global_using_in_another_file_names_UNModel()
    {
        // The SDK's implicit usings (and <Using Include="UNModel" />) are a file of their own: the file with the veto never names UNModel.
        const string veto = "public static class Sample { public static object Vetoed() => Ballot.Veto(MemberStates.Slovenia); }";
        ImmutableArray<Diagnostic> diagnostics = await Verifier.Compile(veto, "global using UNModel;").WithAnalyzers([new UNModelAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        Assert.Equal("UNM0001", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("using UNModel;", 1)]
    public async Task A_default_passed_to_another_librarys_method_is_read_only_where_some_file_names_UNModel(string usings, int reported)
    {
        // docs/rules/README.md: where no file names UNModel, its types are reached only through another assembly's API, and
        // UNM0009 is left to the value object's own check at run time.
        CSharpCompilation library = Verifier.Compile("namespace Other { public static class Records { public static void Take(UNModel.Ballot ballot) { } } }")
            .WithAssemblyName("Other");
        CSharpCompilation user = Verifier.Compile(usings + " public static class Sample { public static void Run() => Other.Records.Take(default); }")
            .AddReferences(library.ToMetadataReference());
        Assert.DoesNotContain(user.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
        ImmutableArray<Diagnostic> diagnostics = await user.WithAnalyzers([new UNModelAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        Assert.Equal(reported, diagnostics.Count(d => d.Id == "UNM0009"));
        Assert.Equal(reported, diagnostics.Length);
    }

    [Fact]
    public async Task A_UNModel_namespace_in_the_users_code_is_not_analysed_beside_the_real_library()
    {
        // The user's own UNModel.Helpers.Veto is skipped (not the library's assembly); the real Ballot.Veto by Slovenia is reported.
        const string source = """
            namespace UNModel
            {
                public static class Helpers
                {
                    public static Ballot Veto(State state) => Ballot.No(state);
                }
            }

            public static class Sample
            {
                public static object First() => UNModel.Helpers.Veto(UNModel.MemberStates.Slovenia);

                public static object Second() => UNModel.Ballot.Veto(UNModel.MemberStates.Slovenia);
            }
            """;
        CSharpCompilation compilation = Verifier.Compile(source);
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers([new UNModelAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        Diagnostic only = Assert.Single(diagnostics);
        Assert.Equal("UNM0001", only.Id);
        Assert.Contains("Second", only.Location.SourceTree!.GetText().Lines.GetLineFromPosition(only.Location.SourceSpan.Start).ToString(), StringComparison.Ordinal);
    }

    private static async Task<AnalyzerTelemetryInfo> TelemetryOf(Compilation compilation)
    {
        var analyzer = new UNModelAnalyzer();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers([analyzer], options);
        _ = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        return await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
    }
}
