using UNModel.Fuzz.Harness;
using Xunit.Abstractions;

namespace UNModel.Fuzz;

/// <summary>
/// The compiler and the runtime agree, shown on programs: the analyzer test inputs, the sample, the fuzz seeds and
/// generated programs of every kind of vote. For each method, where the analyzers report a rule the runtime throws one
/// of the reported ids, and where the runtime runs through the analyzers are silent; in the generated vote programs,
/// written so that the analyzers can read all of them, the analyzers also report every id the runtime throws. Every
/// rule that the runtime throws is met on both sides.
/// </summary>
public sealed class DifferentialTests
{
    public const int GeneratedPrograms = 220;
    public const int Seed = 20250224;

    private readonly ITestOutputHelper output;

    public DifferentialTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task The_analyzers_report_what_the_runtime_throws_and_nothing_it_accepts()
    {
        AnalyzerHost host = AnalyzerHost.Instance;
        var generator = new VoteProgramGenerator(new Random(Seed));
        IReadOnlyList<Seed> programs =
        [
            .. Corpus.AnalyzerTestInputs(),
            .. Corpus.Samples(),
            .. Corpus.Generated(FuzzTests.GeneratedSeeds, FuzzTests.DefaultSeed),
            .. Enumerable.Range(0, GeneratedPrograms).Select(i => new Seed("vote program #" + i, generator.Program(i))),
        ];

        var cases = new List<DifferentialCase>();
        int compared = 0;
        foreach (Seed program in programs)
        {
            IReadOnlyList<DifferentialCase> found = await Differential.CompareAsync(program, program.Origin.StartsWith("vote program", StringComparison.Ordinal), host.Analyzers, CancellationToken.None);
            compared += found.Count > 0 ? 1 : 0;
            cases.AddRange(found);
        }

        List<DifferentialCase> disagreements = [.. cases.Where(c => !c.Agrees)];
        var ruleIds = typeof(RuleIds).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).Except(Differential.CompileTimeOnly).Order(StringComparer.Ordinal).ToList();
        var agreedOn = cases.Where(c => c.Thrown is not null && c.Reported.Contains(c.Thrown)).Select(c => c.Thrown!).ToHashSet();
        output.WriteLine(compared + " programs compared (" + programs.Count + " built), " + cases.Count + " methods: "
            + cases.Count(c => c.Thrown is null) + " accepted by the runtime, " + cases.Count(c => c.Thrown is not null && !c.Thrown.StartsWith("other:", StringComparison.Ordinal)) + " refused with a rule id, "
            + cases.Count(c => c.Thrown?.StartsWith("other:", StringComparison.Ordinal) == true) + " failing for another reason; " + disagreements.Count + " disagreements.");
        output.WriteLine("Rules met on both sides: " + string.Join(", ", ruleIds.Select(id => id + " " + cases.Count(c => c.Thrown == id && c.Reported.Contains(id)))));

        Assert.True(compared >= 200, compared + " programs compared");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(40)) + "\n\n" + string.Join("\n\n", disagreements.Take(5).Select(c => c.Describe())));
        Assert.All(ruleIds, id => Assert.True(agreedOn.Contains(id), id + " was never both reported and thrown"));
    }
}
