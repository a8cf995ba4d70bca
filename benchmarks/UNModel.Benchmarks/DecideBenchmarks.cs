using BenchmarkDotNet.Attributes;

namespace UNModel.Benchmarks;

/// <summary>
/// <see cref="Charter.Decide(Vote)"/> on real votes. Building and validating the vote is setup; the benchmark is the
/// decision alone, which must allocate nothing and count at least 10^6 ballots a second on one core.
/// </summary>
[BenchmarkCategory("Decide")]
public class DecideBenchmarks
{
    private Vote council = null!;
    private Vote assembly = null!;
    private Vote assemblyTally = null!;
    private Vote councilTally = null!;

    /// <summary>Builds the votes (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        council = Fixtures.CouncilRollCall();
        assembly = Fixtures.AssemblyRollCall();
        assemblyTally = Fixtures.AssemblyTally();
        councilTally = Fixtures.CouncilTallyVetoed();
        Check(Charter.Decide(council), VoteOutcome.Adopted, 10);
        Check(Charter.Decide(assembly), VoteOutcome.Adopted, 93);
        Check(Charter.Decide(assemblyTally), VoteOutcome.Adopted, 93);
        Check(Charter.Decide(councilTally), VoteOutcome.Rejected, 11);
        Fixtures.AssertAllocationFree("Charter.Decide (SC roll call)", () => Charter.Decide(council));
        Fixtures.AssertAllocationFree("Charter.Decide (GA roll call)", () => Charter.Decide(assembly));
        Fixtures.AssertAllocationFree("Charter.Decide (GA tally)", () => Charter.Decide(assemblyTally));
        Fixtures.AssertAllocationFree("Charter.Decide (SC tally)", () => Charter.Decide(councilTally));
    }

    /// <summary>S/2025/112, 24 February 2025: 15 ballots, adopted 10-0-5.</summary>
    /// <returns>The decision.</returns>
    [Benchmark(Description = "Decide SC roll call (15 ballots)")]
    [BallotCount(15)]
    public Decision DecideCouncilRollCall() => Charter.Decide(council);

    /// <summary>A/ES-11/L.10, 24 February 2025: 193 ballots (176 cast, 17 absent), adopted 93-18-65.</summary>
    /// <returns>The decision.</returns>
    [Benchmark(Description = "Decide GA roll call (193 ballots)")]
    [BallotCount(193)]
    public Decision DecideAssemblyRollCall() => Charter.Decide(assembly);

    /// <summary>A/ES-11/L.10 from its tally 93-18-65.</summary>
    /// <returns>The decision.</returns>
    [Benchmark(Description = "Decide GA tally (93-18-65)")]
    public Decision DecideAssemblyTally() => Charter.Decide(assemblyTally);

    /// <summary>A Council tally with a permanent member's "no": 11 in favour, vetoed by the Russian Federation.</summary>
    /// <returns>The decision.</returns>
    [Benchmark(Description = "Decide SC tally, vetoed (11-?-?, RUS no)")]
    public Decision DecideCouncilTallyVetoed() => Charter.Decide(councilTally);

    private static void Check(Decision d, VoteOutcome outcome, int yes)
    {
        if (d.Outcome != outcome || d.Yes != yes)
        {
            throw new System.InvalidOperationException("Unexpected decision: " + d.Outcome + " with " + d.Yes + " yes.");
        }
    }
}
