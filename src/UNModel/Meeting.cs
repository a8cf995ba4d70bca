using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace UNModel;

/// <summary>
/// The votes of one meeting of a body, in the order taken. Amendments are voted before the proposal they amend
/// (GA rule 90; SC provisional rule 36): a sequence that votes an amendment after its draft is rejected (UNM0011).
/// Which of several amendments is "furthest removed in substance" is the President's ruling and is not checked.
/// </summary>
public sealed class Meeting
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
        var drafted = new HashSet<DocumentSymbol>();
        foreach (Vote vote in list)
        {
            Preconditions.CheckNotNull(vote, nameof(votes));
            if (vote.Body != body || vote.Date != date)
            {
                throw new MalformedRecordException(RuleIds.MalformedRecord, "the vote on " + vote.Proposal + " is of the " + vote.Body.Name + " on " + vote.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ", not of this meeting.", vote.Proposal.ToString());
            }

            Proposal p = vote.Proposal;
            if (p.Kind == ProposalKind.Amendment && p.Amends is DocumentSymbol target && drafted.Contains(target))
            {
                throw new CharterViolationException(RuleIds.AmendmentVotedAfterProposal, "the amendment " + p + " was put to the vote after " + target + " itself; amendments are voted first (GA rule 90, SC provisional rule 36).", p.ToString());
            }

            if (p.Kind == ProposalKind.Draft && p.Symbol is DocumentSymbol symbol)
            {
                drafted.Add(symbol);
            }
        }

        return new Meeting(body, date, record, list);
    }
}
