using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;

namespace UNModel.Fuzz.Harness;

/// <summary>Figures of one fuzz run.</summary>
public sealed class FuzzReport
{
    public int Seed { get; init; }

    public int SeedSources { get; init; }

    public int SeedsFromAnalyzerTests { get; init; }

    public int SeedsFromSamples { get; init; }

    public int Variants { get; set; }

    public int VariantsWithSyntaxErrors { get; set; }

    public int Diagnostics { get; set; }

    public int FixesApplied { get; set; }

    public int Ad0001 { get; set; }

    public int AnalyzerExceptions { get; set; }

    public int CodeFixExceptions { get; set; }

    public int Hangs { get; set; }

    public TimeSpan Elapsed { get; set; }

    public ConcurrentDictionary<string, int> DiagnosticsById { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, int> Mutations { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<(int Variant, string Mutations, FuzzFailure Failure)> Failures { get; } = new();

    public int FailureCount => Ad0001 + AnalyzerExceptions + CodeFixExceptions + Hangs;

    public string Summary()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"analyzer fuzz: seed {Seed}, {SeedSources} seed sources ({SeedsFromAnalyzerTests} from the analyzer tests, {SeedsFromSamples} from samples/, the rest generated), {Variants} mutated variants in {Elapsed.TotalSeconds:F1} s\n");
        sb.Append(CultureInfo.InvariantCulture, $"  variants with syntax errors: {VariantsWithSyntaxErrors}; analyzer diagnostics: {Diagnostics}; code fixes applied: {FixesApplied}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  AD0001: {Ad0001}; analyzer exceptions: {AnalyzerExceptions}; code-fix exceptions: {CodeFixExceptions}; hangs: {Hangs}\n");
        sb.Append("  diagnostics by id: ").Append(string.Join(", ", DiagnosticsById.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))).Append('\n');
        sb.Append("  mutations applied: ").Append(string.Join(", ", Mutations.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value))).Append('\n');
        foreach ((int variant, string mutations, FuzzFailure f) in Failures.Take(5))
        {
            string source = f.Source.Length > 4000 ? f.Source[..4000] + "\n…" : f.Source;
            sb.Append(CultureInfo.InvariantCulture, $"\n--- variant {variant} ({mutations}): {f.Kind} in {f.Component}\n{f.Message}\n--- source:\n{source}\n");
        }

        return sb.ToString();
    }
}

/// <summary>
/// The fuzz loop: every seed is analysed as it is, then <c>iterations</c> variants, each a seed mutated by
/// <see cref="Mutator"/> with a <see cref="Random"/> derived from the run's seed and the variant's number, so any
/// variant can be replayed alone (<c>UNMODEL_FUZZ_SEED</c>, <c>UNMODEL_FUZZ_ONLY</c>).
/// </summary>
public static class FuzzRun
{
    public static int Iterations(int defaultValue) =>
        int.TryParse(Environment.GetEnvironmentVariable("UNMODEL_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : defaultValue;

    public static int Seed(int defaultValue) =>
        int.TryParse(Environment.GetEnvironmentVariable("UNMODEL_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : defaultValue;

    /// <summary>The source of variant <paramref name="variant"/> of a run.</summary>
    public static (string Source, string Mutations) Variant(IReadOnlyList<Seed> seeds, int seed, int variant)
    {
        var random = new Random(HashCode.Combine(seed, variant, 0x554E4D));
        Seed start = seeds[random.Next(seeds.Count)];
        (string source, string mutations) = new Mutator(random).Mutate(start.Source);
        return (source, start.Origin + ": " + mutations);
    }

    public static async Task<FuzzReport> RunAsync(AnalyzerHost host, int iterations, int seed, int generatedSeeds, TimeSpan perVariant, int parallelism = 2)
    {
        IReadOnlyList<Seed> analyzerTests = Corpus.AnalyzerTestInputs();
        IReadOnlyList<Seed> samples = Corpus.Samples();
        IReadOnlyList<Seed> seeds = [.. analyzerTests, .. samples, .. Corpus.Generated(generatedSeeds, seed)];
        var report = new FuzzReport { Seed = seed, SeedSources = seeds.Count, SeedsFromAnalyzerTests = analyzerTests.Count, SeedsFromSamples = samples.Count };
        var clock = Stopwatch.StartNew();
        string? only = Environment.GetEnvironmentVariable("UNMODEL_FUZZ_ONLY");

        // The seeds as they are, then the mutated variants (numbered from 0).
        var jobs = new List<(int Number, string Source, string Mutations)>();
        if (only is null)
        {
            jobs.AddRange(seeds.Select((s, k) => (-1 - k, s.Source, s.Origin + ": (unmutated)")));
        }

        IEnumerable<int> numbers = only is null ? Enumerable.Range(0, iterations) : [int.Parse(only, CultureInfo.InvariantCulture)];
        jobs.AddRange(numbers.Select(v => { (string src, string m) = Variant(seeds, seed, v); return (v, src, m); }));

        await Parallel.ForEachAsync(jobs, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, async (job, _) =>
        {
            await RunOneAsync(host, report, job.Number, job.Source, job.Mutations, perVariant).ConfigureAwait(false);
        }).ConfigureAwait(false);

        report.Variants = jobs.Count(j => j.Number >= 0);
        report.Elapsed = clock.Elapsed;
        return report;
    }

    private static async Task RunOneAsync(AnalyzerHost host, FuzzReport report, int number, string source, string mutations, TimeSpan perVariant)
    {
        foreach (string m in mutations[(mutations.LastIndexOf(": ", StringComparison.Ordinal) + 2)..].Split('+'))
        {
            report.Mutations.AddOrUpdate(m, 1, (_, c) => c + 1);
        }

        using var timeout = new CancellationTokenSource(perVariant);
        try
        {
            VariantResult result = await host.RunAsync(source, applyFixes: true, timeout.Token).ConfigureAwait(false);
            lock (report)
            {
                report.Diagnostics += result.Diagnostics.Length;
                report.FixesApplied += result.FixesApplied;
                foreach (FuzzFailure f in result.Failures)
                {
                    switch (f.Kind)
                    {
                        case "AD0001" or "AD0002": report.Ad0001++; break;
                        case "analyzer exception": report.AnalyzerExceptions++; break;
                        default: report.CodeFixExceptions++; break;
                    }

                    report.Failures.Enqueue((number, mutations, f));
                }
            }

            foreach (Diagnostic d in result.Diagnostics)
            {
                report.DiagnosticsById.AddOrUpdate(d.Id, 1, (_, c) => c + 1);
            }

            if (result.HasSyntaxErrors)
            {
                lock (report)
                {
                    report.VariantsWithSyntaxErrors++;
                }
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            lock (report)
            {
                report.Hangs++;
                report.Failures.Enqueue((number, mutations, new FuzzFailure("hang", "analysis", "did not finish in " + perVariant.TotalSeconds + " s", source)));
            }
        }
    }
}
