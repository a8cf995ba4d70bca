using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using UNModel.Fuzz.Harness;
using Xunit.Abstractions;

namespace UNModel.Fuzz;

/// <summary>
/// No analyzer or code fix ever fails, whatever the code (issue 8, "Analyzers never fail"). CI runs a few hundred
/// variants; <c>UNMODEL_FUZZ_ITERATIONS=10000 dotnet test tests/UNModel.Fuzz</c> is the long mode (docs/reliability.md).
/// </summary>
public sealed class FuzzTests
{
    public const int CiIterations = 300;
    public const int DefaultSeed = 20250224;
    public const int GeneratedSeeds = 40;

    private readonly ITestOutputHelper output;

    public FuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public async Task No_analyzer_or_code_fix_fails_on_mutated_UNModel_code()
    {
        AnalyzerHost host = AnalyzerHost.Instance;

        int iterations = FuzzRun.Iterations(CiIterations);
        FuzzReport report = await FuzzRun.RunAsync(host, iterations, FuzzRun.Seed(DefaultSeed), GeneratedSeeds, perVariant: TimeSpan.FromSeconds(60));
        string summary = report.Summary();
        output.WriteLine(summary);
        string? path = Environment.GetEnvironmentVariable("UNMODEL_FUZZ_REPORT");
        if (!string.IsNullOrEmpty(path))
        {
            await File.WriteAllTextAsync(path, summary);
        }

        Assert.True(report.FailureCount == 0, summary);
        Assert.Equal(iterations, report.Variants);

        // The corpus reaches the rules: most analyzers report something somewhere in the run.
        Assert.True(report.DiagnosticsById.Count >= Math.Min(5, host.Analyzers.Length), "rules reached: " + string.Join(", ", report.DiagnosticsById.Keys));
    }

    [Fact]
    public void Every_analyzer_and_code_fix_is_found_by_reflection()
    {
        AnalyzerHost host = AnalyzerHost.Load();

        Assert.NotEmpty(host.Analyzers);
        output.WriteLine(host.Analyzers.Length + " analyzers: " + string.Join(", ", host.Analyzers.Select(a => a.GetType().Name)));
        output.WriteLine(host.Fixers.Length + " code fixes: " + string.Join(", ", host.Fixers.Select(f => f.GetType().Name)));
        Assert.All(host.Analyzers, a => Assert.NotEmpty(a.SupportedDiagnostics));
        ImmutableHashSet<string> ids = [.. host.Analyzers.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id)];
        Assert.All(host.Fixers, f => Assert.NotEmpty(f.FixableDiagnosticIds));
        Assert.All(host.Fixers.SelectMany(f => f.FixableDiagnosticIds), id => Assert.Contains(id, ids));
    }

    [Fact]
    public void The_seeds_are_realistic()
    {
        IReadOnlyList<Seed> seeds = Corpus.All(generated: GeneratedSeeds, seed: DefaultSeed);
        if (Corpus.RepositoryRoot is not null && Directory.Exists(Path.Combine(Corpus.RepositoryRoot, "tests", "UNModel.Analyzers.Tests")))
        {
            Assert.True(Corpus.AnalyzerTestInputs().Count >= 10, Corpus.AnalyzerTestInputs().Count + " inputs taken from the analyzer tests");
        }

        int clean = seeds.Count(s => !AnalyzerHost.Compile(s.Source).GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error));
        output.WriteLine(seeds.Count + " seeds, " + clean + " compile without errors");
        Assert.True(clean * 2 >= seeds.Count, clean + " of " + seeds.Count + " seeds compile");
    }

    /// <summary>The harness itself: a throwing analyzer is caught and counted, so "0 AD0001" means something.</summary>
    [Fact]
    public async Task The_harness_catches_an_analyzer_that_throws()
    {
        var failures = new List<FuzzFailure>();
        Compilation compilation = AnalyzerHost.Compile(Corpus.Method("return Ballot.Yes(MemberStates.France);"));
        await AnalyzerHost.AnalyzeAsync(compilation, [new ThrowingAnalyzer()], "source", failures, CancellationToken.None);
        Assert.Contains(failures, f => f.Kind is "AD0001" or "analyzer exception");
    }

    /// <summary>The harness itself: a throwing code fix is caught and counted.</summary>
    [Fact]
    public async Task The_harness_catches_a_code_fix_that_throws()
    {
        AnalyzerHost host = AnalyzerHost.Load([new ThrowingFixer()]);

        string source = Corpus.Method("return DocumentSymbol.From(\"s/res/2774(2025)\");");
        VariantResult r = await host.RunAsync(source, applyFixes: true, CancellationToken.None);
        Assert.Contains(r.Diagnostics, d => d.Id == "UNM0010");
        Assert.Contains(r.Failures, f => f.Kind == "code-fix exception" && f.Component.StartsWith(nameof(ThrowingFixer), StringComparison.Ordinal));
    }

    [Fact]
    public void Variants_are_reproducible_from_the_seed()
    {
        IReadOnlyList<Seed> seeds = Corpus.Generated(10, DefaultSeed);
        Assert.Equal(seeds.Select(s => s.Source), Corpus.Generated(10, DefaultSeed).Select(s => s.Source));
        for (int v = 0; v < 50; v++)
        {
            Assert.Equal(FuzzRun.Variant(seeds, DefaultSeed, v), FuzzRun.Variant(seeds, DefaultSeed, v));
        }
    }

    private sealed class ThrowingFixer : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => ["UNM0010"];

        public override Task RegisterCodeFixesAsync(Microsoft.CodeAnalysis.CodeFixes.CodeFixContext context) => throw new InvalidOperationException("deliberate");
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("FUZZ001", "t", "t", "t", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSyntaxNodeAction(_ => throw new InvalidOperationException("deliberate"), Microsoft.CodeAnalysis.CSharp.SyntaxKind.InvocationExpression);
        }
    }
}
