using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using UNModel.Records;

namespace UNModel.Analysis;

/// <summary>How roll calls are grouped for agreement and cohesion.</summary>
public enum RecordGrouping
{
    /// <summary>By the calendar year of the recorded date.</summary>
    Year = 1,

    /// <summary>By General Assembly session.</summary>
    Session = 2,

    /// <summary>By issue (<c>issues.csv</c>); a roll call coded under two issues counts in both; roll calls without an issue are left out.</summary>
    Issue = 3,
}

/// <summary>Options of an agreement or cohesion computation.</summary>
public sealed class AgreementOptions
{
    /// <summary>
    /// Whether a state's record includes the seats it continues (the Russian Federation the USSR's, Serbia that of Serbia
    /// and Montenegro, Germany the German Democratic Republic's …) in roll calls where it cast no ballot itself. Default true,
    /// so that <c>RUS</c> covers 1946–2019.
    /// </summary>
    public bool FollowSuccession { get; init; } = true;
}

/// <summary>The agreement of two states over one group of roll calls.</summary>
public sealed class AgreementRow
{
    internal AgreementRow(string key, int recordRollCalls, int shared, double total, int identical, int opposed)
    {
        Key = key;
        RecordRollCalls = recordRollCalls;
        SharedRollCalls = shared;
        Identical = identical;
        Opposed = opposed;
        Score = shared == 0 ? null : total / shared;
    }

    /// <summary>The group: a year (<c>1946</c>), a session (<c>1</c>) or an issue name.</summary>
    public string Key { get; }

    /// <summary>Roll calls of the record in the group.</summary>
    public int RecordRollCalls { get; }

    /// <summary>Roll calls in which both states cast a ballot (yes, no or abstain).</summary>
    public int SharedRollCalls { get; }

    /// <summary>Shared roll calls in which they voted alike.</summary>
    public int Identical { get; }

    /// <summary>Shared roll calls in which one voted yes and the other no.</summary>
    public int Opposed { get; }

    /// <summary>The mean score (1 alike, 0.5 when one abstained and the other did not, 0 yes against no); null without shared roll calls.</summary>
    public double? Score { get; }

    /// <summary>E.g. "1946: 0.412 (41 roll calls)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Key + ": " + (Score?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-") + " (" + SharedRollCalls.ToString(CultureInfo.InvariantCulture) + " roll calls)";
}

/// <summary>
/// How often two states voted alike. Each roll call in which both cast a ballot scores 1 when they voted the same way
/// (yes/yes, no/no, abstain/abstain), 0.5 when exactly one abstained, and 0 when one voted yes and the other no; the
/// agreement of a group of roll calls is the mean score. Roll calls in which either is absent are left out (the
/// unvotes data records no absences). This is the common scoring of Lijphart (1963) and Voeten (2000).
/// </summary>
public static class Agreement
{
    /// <summary>The score of one pair of ballots: 1, 0.5 or 0; null when either is absent.</summary>
    /// <param name="a">The first ballot.</param>
    /// <param name="b">The second ballot.</param>
    /// <returns>The score.</returns>
    public static double? Score(BallotChoice a, BallotChoice b)
    {
        if (a == BallotChoice.Absent || b == BallotChoice.Absent)
        {
            return null;
        }

        if (a == b)
        {
            return 1.0;
        }

        return a == BallotChoice.Abstain || b == BallotChoice.Abstain ? 0.5 : 0.0;
    }

    /// <summary>The agreement over the whole record.</summary>
    /// <param name="record">The record.</param>
    /// <param name="a">The first state.</param>
    /// <param name="b">The second state.</param>
    /// <param name="options">Options, or null.</param>
    /// <returns>One row keyed "all".</returns>
    public static AgreementRow Overall(VotingRecord record, CountryCode a, CountryCode b, AgreementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var acc = new Accumulator("all");
        var seats = new Seats(a, b, options);
        foreach (RecordedRollCall rc in record.RollCalls)
        {
            acc.Add(rc, seats);
        }

        return acc.ToRow();
    }

    /// <summary>The agreement per year, session or issue. Years and sessions run without gaps from the record's first to its last, so a year without roll calls (1964) appears with <see cref="AgreementRow.RecordRollCalls"/> 0.</summary>
    /// <param name="record">The record.</param>
    /// <param name="a">The first state.</param>
    /// <param name="b">The second state.</param>
    /// <param name="by">The grouping.</param>
    /// <param name="options">Options, or null.</param>
    /// <returns>The rows in order (issues alphabetically).</returns>
    public static ImmutableArray<AgreementRow> By(VotingRecord record, CountryCode a, CountryCode b, RecordGrouping by, AgreementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var seats = new Seats(a, b, options);
        var groups = new SortedDictionary<string, Accumulator>(StringComparer.Ordinal);
        foreach ((string key, RecordedRollCall rc) in Grouping.Keys(record, by))
        {
            if (!groups.TryGetValue(key, out Accumulator? acc))
            {
                groups[key] = acc = new Accumulator(key);
            }

            acc.Add(rc, seats);
        }

        ImmutableArray<AgreementRow>.Builder rows = ImmutableArray.CreateBuilder<AgreementRow>();
        foreach (string key in Grouping.OrderedKeys(record, by, groups.Keys))
        {
            rows.Add(groups.TryGetValue(key, out Accumulator? acc) ? acc.ToRow() : new Accumulator(key).ToRow());
        }

        return rows.ToImmutable();
    }

    private sealed class Accumulator(string key)
    {
        private int count;
        private int shared;
        private double total;
        private int identical;
        private int opposed;

        public void Add(RecordedRollCall rc, Seats seats)
        {
            count++;
            BallotChoice? x = seats.ChoiceOfFirst(rc);
            BallotChoice? y = seats.ChoiceOfSecond(rc);
            if (x is not BallotChoice cx || y is not BallotChoice cy || Score(cx, cy) is not double s)
            {
                return;
            }

            shared++;
            total += s;
            if (cx == cy)
            {
                identical++;
            }
            else if (s == 0)
            {
                opposed++;
            }
        }

        public AgreementRow ToRow() => new(key, count, shared, total, identical, opposed);
    }

    private sealed class Seats(CountryCode a, CountryCode b, AgreementOptions? options)
    {
        private readonly ImmutableArray<CountryCode> first = Succession.Lineage(a, options?.FollowSuccession ?? true);
        private readonly ImmutableArray<CountryCode> second = Succession.Lineage(b, options?.FollowSuccession ?? true);

        public BallotChoice? ChoiceOfFirst(RecordedRollCall rc) => Succession.ChoiceOf(rc, first);

        public BallotChoice? ChoiceOfSecond(RecordedRollCall rc) => Succession.ChoiceOf(rc, second);
    }
}

/// <summary>Seats and the seats they continue (<see cref="MemberState.ContinuedBy"/>).</summary>
public static class Succession
{
    /// <summary>The seat and, when <paramref name="follow"/>, every seat it continues, nearest first: <c>RUS</c> → <c>RUS, SUN</c>.</summary>
    /// <param name="code">The seat.</param>
    /// <param name="follow">Whether to include predecessors.</param>
    /// <returns>The codes.</returns>
    public static ImmutableArray<CountryCode> Lineage(CountryCode code, bool follow = true)
    {
        if (!code.IsInitialized())
        {
            throw new UninitializedValueObjectException(nameof(CountryCode));
        }

        ImmutableArray<CountryCode>.Builder result = ImmutableArray.CreateBuilder<CountryCode>();
        result.Add(code);
        if (!follow)
        {
            return result.ToImmutable();
        }

        for (int i = 0; i < result.Count; i++)
        {
            foreach (MemberState m in MemberStates.All)
            {
                if (m.ContinuedBy == result[i] && !result.Contains(m.Code))
                {
                    result.Add(m.Code);
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The ballot of the first seat of a lineage that has one in the roll call.</summary>
    /// <param name="rollCall">The roll call.</param>
    /// <param name="lineage">The seats, nearest first.</param>
    /// <returns>The choice, or null.</returns>
    public static BallotChoice? ChoiceOf(RecordedRollCall rollCall, ImmutableArray<CountryCode> lineage)
    {
        ArgumentNullException.ThrowIfNull(rollCall);
        foreach (CountryCode c in lineage)
        {
            if (rollCall.ChoiceOf(c) is BallotChoice choice)
            {
                return choice;
            }
        }

        return null;
    }
}

/// <summary>Keys of roll calls by grouping.</summary>
internal static class Grouping
{
    public static IEnumerable<(string Key, RecordedRollCall RollCall)> Keys(VotingRecord record, RecordGrouping by)
    {
        foreach (RecordedRollCall rc in record.RollCalls)
        {
            switch (by)
            {
                case RecordGrouping.Year:
                    yield return (rc.Date.Year.ToString("D4", CultureInfo.InvariantCulture), rc);
                    break;
                case RecordGrouping.Session:
                    yield return (rc.Session.ToString(CultureInfo.InvariantCulture), rc);
                    break;
                case RecordGrouping.Issue:
                    foreach (RollCallIssue issue in rc.Issues)
                    {
                        yield return (issue.Name, rc);
                    }

                    break;
                default:
                    throw Argument.Invalid(nameof(by), by + " is not a grouping");
            }
        }
    }

    /// <summary>Years and sessions from first to last without gaps; issues as found, alphabetically.</summary>
    public static IEnumerable<string> OrderedKeys(VotingRecord record, RecordGrouping by, IEnumerable<string> found)
    {
        if (by == RecordGrouping.Issue || record.RollCalls.IsEmpty)
        {
            foreach (string k in found)
            {
                yield return k;
            }

            yield break;
        }

        int min = int.MaxValue, max = int.MinValue;
        foreach (RecordedRollCall rc in record.RollCalls)
        {
            int v = by == RecordGrouping.Year ? rc.Date.Year : rc.Session;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        for (int v = min; v <= max; v++)
        {
            yield return v.ToString(CultureInfo.InvariantCulture);
        }
    }
}
