using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace UNModel.Benchmarks;

/// <summary>
/// Entry point. <c>dotnet run -c Release --project benchmarks/UNModel.Benchmarks -- --filter '*'</c> runs every
/// benchmark with a short job (1 launch, 3 warm-up and 10 measured iterations of 250 ms) sized for a 2-core machine; pass
/// <c>--job default</c> for BenchmarkDotNet's full statistics (slower).
/// </summary>
internal static class Program
{
    private static void Main(string[] args)
    {
        bool jobGiven = System.Array.Exists(args, a => a is "--job" or "-j");
        ManualConfig config = DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(new BallotsPerSecondColumn())
            .AddColumn(StatisticColumn.Median)
            .WithOptions(ConfigOptions.JoinSummary);
        if (!jobGiven)
        {
            config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250)).WithId("Quick"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
