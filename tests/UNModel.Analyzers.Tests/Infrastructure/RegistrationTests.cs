using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;
using UNModel.Analyzers.Tests.Helpers;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>
/// What the analyzer costs where UNModel is not used: nothing is registered without a UNModel reference, and UNModel's
/// symbols come only from the real library (a <c>UNModel</c> namespace in the user's own code is not analysed).
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

    [Fact]
    public async Task With_a_UNModel_reference_the_operation_actions_are_registered()
    {
        AnalyzerTelemetryInfo telemetry = await TelemetryOf(Verifier.Compile(PlainCode));

        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.True(telemetry.OperationActionsCount > 0, "the invocation and value-object actions");
    }

    [Theory]
    [InlineData("static bool IsVetoed(int no) => no > 0;")]
    [InlineData("static bool HoldsPermanentSeat(string code) => code.Length == 3;")]
    [InlineData("const bool VETOED = true;")]
    [InlineData("const int pErMaNeNtSeats = 5;")]
    [InlineData("static readonly string[] P5Codes = [];")]
    [InlineData("static bool IsNo(UNModel.Ballot b) => b.Choice == UNModel.BallotChoice.No;")]
    [InlineData("static readonly string Escaped = \"\\u0041\";")]
    public async Task The_hand_written_list_rule_is_registered_only_where_some_file_names_vetoes(string member)
    {
        // UNM0019 reports only in code that names vetoes, permanent members, P5 or BallotChoice (an escape may spell one).
        string naming = "public static class Rules { " + member + " }";
        AnalyzerTelemetryInfo plain = await TelemetryOf(Verifier.Compile(PlainCode));
        AnalyzerTelemetryInfo vetoes = await TelemetryOf(Verifier.Compile(PlainCode, naming));

        Assert.Equal(plain.OperationActionsCount + 1, vetoes.OperationActionsCount);
    }

    [Theory]
    [InlineData(0, "BallotChoiceCounts")]
    [InlineData(4080, "BallotChoiceCounts")]
    [InlineData(4084, "BallotChoiceCounts")]
    [InlineData(4085, "BallotChoiceCounts")]
    [InlineData(4090, "BallotChoiceCounts")]
    [InlineData(4095, "BallotChoiceCounts")]
    [InlineData(8170, "BallotChoiceCounts")]
    [InlineData(8176, "BallotChoiceCounts")]
    [InlineData(63, "vEtOCounts")]
    [InlineData(64, "PeRmAnEnTCounts")]
    [InlineData(65, "p5Counts")]
    [InlineData(79, "\\u0041Counts")]
    [InlineData(4095, "VETOCounts")]
    [InlineData(4090, "P5Counts")]
    public async Task A_name_is_found_wherever_it_falls_in_a_long_file(int position, string name)
    {
        // The gate reads each file in windows of 4,096 characters that share 11, each in blocks of as many characters as
        // the processor compares at once: the name is placed at, across and after block and window boundaries.
        const string prefix = "public static class Rules { static readonly int[] ";
        string padding = new string(' ', Math.Max(0, position - prefix.Length));
        AnalyzerTelemetryInfo plain = await TelemetryOf(Verifier.Compile(PlainCode, padding + prefix + "Counts = []; }"));
        AnalyzerTelemetryInfo vetoes = await TelemetryOf(Verifier.Compile(PlainCode, padding + prefix + name + " = []; }"));

        Assert.Equal(plain.OperationActionsCount + 1, vetoes.OperationActionsCount);
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
