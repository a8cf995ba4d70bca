using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace UNModel.Benchmarks;

/// <summary>
/// Entry point. <c>dotnet run -c Release --project benchmarks/UNModel.Benchmarks -- --filter '*'</c> runs every
/// benchmark with a short in-process job (3 warm-up and 10 measured iterations of 250 ms) sized for a 2-core machine; pass
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
            // In-process: no generated project to build per run (on a busy 2-core machine that build alone can pass
            // BenchmarkDotNet's 2-minute limit); the benchmarks are single-threaded and the host runs in Release.
            config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10)
                .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithId("Quick"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
