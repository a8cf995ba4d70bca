using BenchmarkDotNet.Attributes;
using UNModel.Serialization;

namespace UNModel.Benchmarks;

/// <summary>
/// <see cref="VoteRecordReader.Read"/>: strict reading of one JSON vote record into a validated <see cref="Vote"/>
/// (parse, check every rule, build). The input is the record of the real vote, as UTF-8 bytes already in memory.
/// </summary>
[BenchmarkCategory("Json")]
public class VoteRecordReaderBenchmarks
{
    private byte[] council = [];
    private byte[] assembly = [];

    /// <summary>Writes the two records (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        council = Fixtures.ToJson(Fixtures.CouncilRollCall());
        assembly = Fixtures.ToJson(Fixtures.AssemblyRollCall());
        _ = VoteRecordReader.Read(council);
        _ = VoteRecordReader.Read(assembly);
    }

    /// <summary>S/2025/112: 15 ballots, about 0.4 KB.</summary>
    /// <returns>The batch.</returns>
    [Benchmark(Description = "Read JSON SC roll call (15 ballots)")]
    public VoteRecordBatch ReadCouncilRecord() => VoteRecordReader.Read(council);

    /// <summary>A/ES-11/L.10: 193 ballots, about 4 KB.</summary>
    /// <returns>The batch.</returns>
    [Benchmark(Description = "Read JSON GA roll call (193 ballots)")]
    public VoteRecordBatch ReadAssemblyRecord() => VoteRecordReader.Read(assembly);
}
