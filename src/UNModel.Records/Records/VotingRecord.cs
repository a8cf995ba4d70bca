using System.Collections.Generic;
using System.Collections.Immutable;

namespace UNModel.Records;

/// <summary>An imported record of roll calls, in the order of the source, with the account of its import.</summary>
public sealed class VotingRecord
{
    private readonly Dictionary<int, RecordedRollCall> byId;

    internal VotingRecord(string source, ImmutableArray<RecordedRollCall> rollCalls, ImportReport report)
    {
        Source = source;
        RollCalls = rollCalls;
        Report = report;
        byId = new Dictionary<int, RecordedRollCall>(rollCalls.Length);
        foreach (RecordedRollCall r in rollCalls)
        {
            byId[r.Id] = r;
        }
    }

    /// <summary>Where the record was read from (a directory or file name).</summary>
    public string Source { get; }

    /// <summary>The roll calls.</summary>
    public ImmutableArray<RecordedRollCall> RollCalls { get; }

    /// <summary>What was read, accepted and rejected, with line numbers.</summary>
    public ImportReport Report { get; }

    /// <summary>The roll calls whose recorded resolution symbol implies adoption but whose ballots do not carry the text.</summary>
    public ImmutableArray<RecordedRollCall> Flagged => RollCalls.RemoveAll(r => !r.IsFlagged);

    /// <summary>Finds a roll call by its identifier.</summary>
    /// <param name="id">The identifier (<c>rcid</c> or <c>undl_id</c>).</param>
    /// <returns>The roll call, or null.</returns>
    public RecordedRollCall? Find(int id) => byId.TryGetValue(id, out RecordedRollCall? r) ? r : null;
}
