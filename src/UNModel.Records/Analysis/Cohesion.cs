using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using UNModel.Records;

namespace UNModel.Analysis;

/// <summary>The cohesion of a group of states over one group of roll calls.</summary>
public sealed class CohesionRow
{
    internal CohesionRow(string key, int recordRollCalls, int counted, double total)
    {
        Key = key;
        RecordRollCalls = recordRollCalls;
        CountedRollCalls = counted;
        Index = counted == 0 ? null : total / counted;
    }

    /// <summary>The group: a year, a session or an issue name.</summary>
    public string Key { get; }

    /// <summary>Roll calls of the record in the group.</summary>
    public int RecordRollCalls { get; }

    /// <summary>Roll calls in which at least two members of the group cast a ballot.</summary>
    public int CountedRollCalls { get; }

    /// <summary>The mean Hix–Noury–Roland agreement index, 0 (evenly split three ways) to 1 (unanimous); null when no roll call counted.</summary>
    public double? Index { get; }

    /// <summary>E.g. "1990: 0.912 (86 roll calls)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Key + ": " + (Index?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-") + " (" + CountedRollCalls.ToString(CultureInfo.InvariantCulture) + " roll calls)";
}

/// <summary>
/// Group cohesion by the agreement index of Hix, Noury and Roland (2005): on one roll call, with Y, N and A the group's
/// yes, no and abstain ballots, <c>AI = (max(Y,N,A) − ½(Y+N+A − max(Y,N,A))) / (Y+N+A)</c>, 1 when all voted alike and 0
/// when they split evenly three ways. Absent members are not counted. A group's cohesion is the mean over the roll calls
/// in which at least two of its members voted.
/// </summary>
public static class Cohesion
{
    /// <summary>The agreement index of one split.</summary>
    /// <param name="yes">Yes ballots.</param>
    /// <param name="no">No ballots.</param>
    /// <param name="abstain">Abstentions.</param>
    /// <returns>The index, or null when nobody voted.</returns>
    public static double? Index(int yes, int no, int abstain)
    {
        Argument.Count(yes, nameof(yes));
        Argument.Count(no, nameof(no));
        Argument.Count(abstain, nameof(abstain));

        int sum = yes + no + abstain;
        if (sum == 0)
        {
            return null;
        }

        int max = Math.Max(yes, Math.Max(no, abstain));
        return (max - (0.5 * (sum - max))) / sum;
    }

    /// <summary>The group's agreement index on one roll call.</summary>
    /// <param name="rollCall">The roll call.</param>
    /// <param name="group">The states.</param>
    /// <param name="options">Options (succession), or null.</param>
    /// <returns>The index, or null when fewer than two members of the group voted.</returns>
    public static double? Index(RecordedRollCall rollCall, IEnumerable<CountryCode> group, AgreementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rollCall);
        return Index(rollCall, Lineages(group, options));
    }

    /// <summary>The group's cohesion per year, session or issue.</summary>
    /// <param name="record">The record.</param>
    /// <param name="group">The states.</param>
    /// <param name="by">The grouping.</param>
    /// <param name="options">Options (succession), or null.</param>
    /// <returns>The rows in order.</returns>
    public static ImmutableArray<CohesionRow> By(VotingRecord record, IEnumerable<CountryCode> group, RecordGrouping by, AgreementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        List<ImmutableArray<CountryCode>> lineages = Lineages(group, options);
        var acc = new Dictionary<string, (int Count, int Counted, double Total)>(StringComparer.Ordinal);
        foreach ((string key, RecordedRollCall rc) in Grouping.Keys(record, by))
        {
            (int count, int counted, double total) = acc.GetValueOrDefault(key);
            count++;
            if (Index(rc, lineages) is double ai)
            {
                counted++;
                total += ai;
            }

            acc[key] = (count, counted, total);
        }

        var keys = new SortedSet<string>(acc.Keys, StringComparer.Ordinal);
        ImmutableArray<CohesionRow>.Builder rows = ImmutableArray.CreateBuilder<CohesionRow>();
        foreach (string key in Grouping.OrderedKeys(record, by, keys))
        {
            (int count, int counted, double total) = acc.GetValueOrDefault(key);
            rows.Add(new CohesionRow(key, count, counted, total));
        }

        return rows.ToImmutable();
    }

    private static List<ImmutableArray<CountryCode>> Lineages(IEnumerable<CountryCode> group, AgreementOptions? options)
    {
        ArgumentNullException.ThrowIfNull(group);
        var result = new List<ImmutableArray<CountryCode>>();
        foreach (CountryCode c in group)
        {
            result.Add(Succession.Lineage(c, options?.FollowSuccession ?? true));
        }

        return result;
    }

    private static double? Index(RecordedRollCall rc, List<ImmutableArray<CountryCode>> lineages)
    {
        int y = 0, n = 0, a = 0;
        foreach (ImmutableArray<CountryCode> lineage in lineages)
        {
            switch (Succession.ChoiceOf(rc, lineage))
            {
                case BallotChoice.Yes: y++; break;
                case BallotChoice.No: n++; break;
                case BallotChoice.Abstain: a++; break;
            }
        }

        return y + n + a < 2 ? null : Index(y, n, a);
    }
}
