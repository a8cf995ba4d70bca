using UNModel.Fuzz.Harness;
using Xunit.Abstractions;

namespace UNModel.Fuzz;

/// <summary>
/// Sources the fuzzer once crashed an analyzer with, minimised. Each must now analyse, and fix, without any failure.
/// </summary>
public sealed class RegressionTests
{
    private readonly ITestOutputHelper output;

    public RegressionTests(ITestOutputHelper output) => this.output = output;

    public static TheoryData<string, string> Crashers() => new()
    {
        // Long-mode run of 2026-11-23, variants 5530 and 6639: CountsExceedMembershipAnalyzer added the counts with
        // checked arithmetic (OverflowException).
        { "tally with int.MaxValue abstentions", "return Vote.FromTally(Body.SecurityCouncil, new DateOnly(1966, 1, 1), QuestionKind.Procedural, Proposal.Draft(\"S/7000\"), Tally.From(12, 0, int.MaxValue));" },
        { "tally with 0x7FFFFFFF in favour", "return Vote.FromTally(Body.GeneralAssembly, new DateOnly(1987, 10, 1), QuestionKind.SimpleMajority, Proposal.Draft(\"A/42/L.1\"), Tally.From(0x7FFFFFFF, 5, 179), null, DeclaredOutcome.Adopted);" },
        // Variant 3524: CharterRules.RequiredYes (shared with the runtime) overflowed on yes + no and 2 * (yes + no).
        { "two-thirds with int.MaxValue on both sides", "return Vote.FromTally(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.TwoThirds, Proposal.Draft(\"A/ES-11/L.10\"), Tally.From(int.MaxValue, int.MaxValue, 0), null, DeclaredOutcome.Rejected);" },
        { "simple majority with int.MaxValue on both sides", "return Vote.FromTally(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.SimpleMajority, Proposal.Draft(\"A/ES-11/L.10\"), Tally.From(int.MaxValue, int.MaxValue, int.MaxValue), null, DeclaredOutcome.Adopted);" },
        { "Council tally with int.MinValue", "return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft(\"S/2025/112\"), Tally.From(int.MinValue, int.MinValue, int.MaxValue), [], DeclaredOutcome.Rejected);" },
    };

    [Theory]
    [MemberData(nameof(Crashers))]
    public async Task A_former_crasher_is_analysed_and_fixed_without_failure(string name, string statements)
    {
        AnalyzerHost host = AnalyzerHost.Instance;

        VariantResult r = await host.RunAsync(Corpus.Method(statements), applyFixes: true, CancellationToken.None);
        Assert.True(r.Failures.Count == 0, name + ": " + string.Join("\n", r.Failures.Select(f => f.Kind + " in " + f.Component + ": " + f.Message)));
        Assert.Contains(r.Diagnostics, d => d.Id == "UNM0004");
    }
}
