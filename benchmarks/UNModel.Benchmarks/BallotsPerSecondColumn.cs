using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace UNModel.Benchmarks;

/// <summary>Ballots decided per second on one core: the ballot count of the benchmark divided by its mean time.</summary>
internal sealed class BallotsPerSecondColumn : IColumn
{
    public string Id => nameof(BallotsPerSecondColumn);

    public string ColumnName => "Ballots/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Ballots decided per second on one core (ballots in the vote / mean time); '-' for benchmarks that decide no ballots";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        BallotCountAttribute? count = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<BallotCountAttribute>();
        double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (count is null || meanNs is not > 0)
        {
            return "-";
        }

        double perSecond = count.Count * 1e9 / meanNs.Value;
        return perSecond.ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;
}
