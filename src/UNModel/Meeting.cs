using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using UNModel.Core;
using UNModel.Serialization;

namespace UNModel;

/// <summary>
/// The votes of one meeting of a body, in the order taken. Amendments are voted before the proposal they amend
/// (GA rule 90; SC provisional rule 36): a sequence that votes an amendment after its draft is rejected (UNM0011).
/// Which of several amendments is "furthest removed in substance" is the President's ruling and is not checked.
/// </summary>
[JsonConverter(typeof(MeetingJsonConverter))]
public sealed class Meeting : IEquatable<Meeting>
{
    private Meeting(Body body, DateOnly date, DocumentSymbol? record, ImmutableArray<Vote> votes)
    {
        Body = body;
        Date = date;
        Record = record;
        Votes = votes;
    }

    /// <summary>The body.</summary>
    public Body Body { get; }

    /// <summary>The date.</summary>
    public DateOnly Date { get; }

    /// <summary>The meeting record's symbol (e.g. <c>S/PV.9866</c>), when known.</summary>
    public DocumentSymbol? Record { get; }

    /// <summary>The votes in the order taken.</summary>
    public ImmutableArray<Vote> Votes { get; }

    /// <summary>Creates a meeting, checking that every vote belongs to it and that amendments come first.</summary>
    /// <param name="body">The body.</param>
    /// <param name="date">The date.</param>
    /// <param name="record">The meeting record's symbol, if known.</param>
    /// <param name="votes">The votes in order.</param>
    /// <returns>The meeting.</returns>
    /// <exception cref="UNModelException">UNM0011 when an amendment follows its draft; UNM0016 when a vote is of another body or date.</exception>
    public static Meeting Create(Body body, DateOnly date, DocumentSymbol? record, IEnumerable<Vote> votes)
    {
        Preconditions.CheckNotNull(body, nameof(body));
        ImmutableArray<Vote> list = [.. Preconditions.CheckNotNull(votes, nameof(votes))];
        var facts = new List<MeetingVoteFacts>(list.Length);
        foreach (Vote vote in list)
        {
            Preconditions.CheckNotNull(vote, nameof(votes));
            facts.Add(new MeetingVoteFacts { Body = vote.Body.Kind, Day = vote.Day, Proposal = Vote.FactsOf(vote.Proposal) });
        }

        var found = new ViolationList(stopAtFirst: true);
        VoteRules.CheckMeeting(body.Kind, State.ToDay(date), facts, found);
        Violations.ThrowFirst(found);
        return new Meeting(body, date, record, list);
    }

    /// <summary>Equality of two meetings.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether both are of the same body, date and record, with equal votes in the same order.</returns>
    public static bool operator ==(Meeting? left, Meeting? right) => Equals(left, right);

    /// <summary>Inequality of two meetings.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Meeting? left, Meeting? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(Meeting? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Body == other.Body && Date == other.Date && Nullable.Equals(Record, other.Record) && ModelEquality.SameSequence(Votes, other.Votes)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Meeting);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Body.Kind, Date, Record, ModelEquality.SequenceHash(Votes));
}
