using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using UNModel.Core;
using UNModel.Serialization;

namespace UNModel;

/// <summary>
/// A proposal put to a body on a date, with its roll call (<see cref="RollCall"/>) or, where only the counts are on
/// record, its tally (<see cref="FromTally"/>). Every rule that can be checked is checked when the vote is built, so a
/// <see cref="Vote"/> that exists is valid and <see cref="Charter.Decide(Vote)"/> cannot fail.
/// </summary>
[JsonConverter(typeof(VoteJsonConverter))]
public sealed class Vote : IEquatable<Vote>
{
    private readonly int[] permanentSeats;

    private Vote(Body body, DateOnly date, QuestionKind question, Proposal proposal, ImmutableArray<Ballot> ballots, Tally? tally, ImmutableArray<CountryCode>? permanentNo, ImmutableArray<CountryCode> inArrears, DeclaredOutcome? declared)
    {
        Body = body;
        Date = date;
        Day = State.ToDay(date);
        Question = question;
        Proposal = proposal;
        Ballots = ballots;
        Tally = tally;
        TallyPermanentNo = permanentNo;
        InArrears = inArrears;
        Declared = declared;
        Seats = CharterFacts.SeatCount(body.Kind, Day);
        permanentSeats = body.Kind == BodyKind.SecurityCouncil ? PermanentSeatsOn(Day) : [];
    }

    /// <summary>The body that voted.</summary>
    public Body Body { get; }

    /// <summary>The date of the vote.</summary>
    public DateOnly Date { get; }

    /// <summary>Substantive or procedural (Security Council); simple or two-thirds majority (other bodies).</summary>
    public QuestionKind Question { get; }

    /// <summary>What was put to the vote.</summary>
    public Proposal Proposal { get; }

    /// <summary>Whether the vote is known ballot by ballot.</summary>
    public bool IsRollCall => Tally is null;

    /// <summary>The ballots of a roll call (states of the body not listed were absent); empty for a tally.</summary>
    public ImmutableArray<Ballot> Ballots { get; }

    /// <summary>The counts of a vote known only by its tally; null for a roll call.</summary>
    public Tally? Tally { get; }

    /// <summary>For a Security Council tally: the permanent members that voted no, or null where the record does not say (allowed only when the draft lacked the votes anyway).</summary>
    public ImmutableArray<CountryCode>? TallyPermanentNo { get; }

    /// <summary>General Assembly: Members in arrears under Art. 19 without an exemption; they may not vote (UNM0014).</summary>
    public ImmutableArray<CountryCode> InArrears { get; }

    /// <summary>The outcome the record claims, checked when the vote was built (UNM0005).</summary>
    public DeclaredOutcome? Declared { get; }

    /// <summary>The number of seats of the body on the date.</summary>
    public int Seats { get; }

    internal int Day { get; }

    internal ReadOnlySpan<int> PermanentSeats => permanentSeats;

    /// <summary>A vote known ballot by ballot.</summary>
    /// <param name="body">The body.</param>
    /// <param name="date">The date.</param>
    /// <param name="question">The kind of question.</param>
    /// <param name="proposal">What was put to the vote.</param>
    /// <param name="ballots">The ballots; members of the body not listed count as absent.</param>
    /// <param name="declared">The outcome the record claims, if any.</param>
    /// <param name="inArrears">General Assembly: Members in arrears without an exemption (Art. 19).</param>
    /// <returns>The vote.</returns>
    /// <exception cref="UNModelException">The rule broken: UNM0001-UNM0017.</exception>
    public static Vote RollCall(Body body, DateOnly date, QuestionKind question, Proposal proposal, IEnumerable<Ballot> ballots, DeclaredOutcome? declared = null, IEnumerable<CountryCode>? inArrears = null)
    {
        CheckArguments(body, question, proposal);
        ImmutableArray<Ballot> list = [.. Preconditions.CheckNotNull(ballots, nameof(ballots))];
        ImmutableArray<CountryCode> arrears = inArrears is null ? [] : [.. inArrears];
        var vote = new Vote(body, date, question, proposal, list, null, null, arrears, declared);
        vote.Validate();
        return vote;
    }

    /// <summary>A vote known only by its counts.</summary>
    /// <param name="body">The body.</param>
    /// <param name="date">The date.</param>
    /// <param name="question">The kind of question.</param>
    /// <param name="proposal">What was put to the vote.</param>
    /// <param name="tally">The counts.</param>
    /// <param name="permanentNo">Security Council: the permanent members that voted no (empty when none did); null only where the record does not say and the draft lacked the votes anyway.</param>
    /// <param name="declared">The outcome the record claims, if any.</param>
    /// <returns>The vote.</returns>
    /// <exception cref="UNModelException">The rule broken.</exception>
    public static Vote FromTally(Body body, DateOnly date, QuestionKind question, Proposal proposal, Tally tally, IEnumerable<CountryCode>? permanentNo = null, DeclaredOutcome? declared = null)
    {
        CheckArguments(body, question, proposal);
        if (!tally.IsInitialized())
        {
            throw new UninitializedValueObjectException(nameof(UNModel.Tally));
        }

        ImmutableArray<CountryCode>? permanent = permanentNo is null ? null : [.. permanentNo];
        var vote = new Vote(body, date, question, proposal, [], tally, permanent, [], declared);
        vote.Validate();
        return vote;
    }

    /// <summary>Equality of two votes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether both are the same proposal put to the same body on the same date, with the same ballots (in any order) or tally, and the same declarations.</returns>
    public static bool operator ==(Vote? left, Vote? right) => Equals(left, right);

    /// <summary>Inequality of two votes.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Vote? left, Vote? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(Vote? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Body == other.Body && Date == other.Date && Question == other.Question && Proposal.Equals(other.Proposal)
                && ModelEquality.SameSet(Ballots, other.Ballots) && Nullable.Equals(Tally, other.Tally)
                && ModelEquality.SameSet(TallyPermanentNo, other.TallyPermanentNo) && ModelEquality.SameSet(InArrears, other.InArrears)
                && Equals(Declared, other.Declared)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Vote);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Body.Kind, Date, Question, Proposal, ModelEquality.SetHash(Ballots), Tally, Declared);

    /// <summary>E.g. "Security Council, 2025-02-24: S/2025/112".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Body.Name + ", " + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ": " + Proposal;

    internal static int[] PermanentSeatsOn(int day)
    {
        var result = new List<int>(5);
        foreach (CouncilSeat seat in CharterFacts.Data.Seats)
        {
            if (seat.Permanent && day >= seat.From && day < seat.To)
            {
                result.Add(seat.Packed);
            }
        }

        result.Sort();
        return [.. result];
    }

    /// <summary>The checks every vote and every <see cref="Majority"/> share: the body decides that kind of question (UNM0012) and existed on the date (UNM0015).</summary>
    internal static void CheckBodyQuestionAndDate(Body body, QuestionKind question, DateOnly date)
    {
        Preconditions.CheckNotNull(body, nameof(body));
        Preconditions.CheckDefined(question, nameof(question));
        var found = new ViolationList(stopAtFirst: true);
        VoteRules.CheckFrame(new VoteFacts { Body = body.Kind, Day = State.ToDay(date), Question = question }, found);
        Violations.ThrowFirst(found);
    }

    /// <summary>What the Charter's checks see of a proposal (<see cref="VoteRules"/>).</summary>
    internal static ProposalFacts FactsOf(Proposal p)
    {
        var parties = new List<int>(p.PartiesToDispute.Length);
        foreach (CountryCode code in p.PartiesToDispute)
        {
            parties.Add(code.Packed);
        }

        return new ProposalFacts
        {
            Kind = p.Kind,
            Text = p.ToString(),
            Symbol = p.Symbol?.Value,
            Amends = p.Amends?.Value,
            Basis = p.Basis,
            Language = p.Language,
            DeclaredEffectPresence = p.DeclaredEffect is null ? Presence.Absent : Presence.Known,
            DeclaredEffect = p.DeclaredEffect ?? LegalEffectKind.None,
            PartiesToDispute = parties,
        };
    }

    private static void CheckArguments(Body body, QuestionKind question, Proposal proposal)
    {
        Preconditions.CheckNotNull(body, nameof(body));
        Preconditions.CheckNotNull(proposal, nameof(proposal));
        Preconditions.CheckDefined(question, nameof(question));
    }

    /// <summary>Runs the Charter's checks (<see cref="VoteRules"/>) and throws the first violation.</summary>
    private void Validate()
    {
        var facts = new VoteFacts { Body = Body.Kind, Day = Day, Question = Question, Proposal = FactsOf(Proposal), IsTally = Tally is not null };
        foreach (Ballot ballot in Ballots)
        {
            facts.Ballots.Add(new BallotFacts(ballot.State.Packed, ballot.Choice, ballot.IsCastAsVeto)); // UNM0009 for default(Ballot)
        }

        foreach (CountryCode code in InArrears)
        {
            facts.InArrears.Add(code.Packed);
        }

        if (Tally is Tally t)
        {
            facts.Tally = new TallyFacts(t.Yes, t.No, t.Abstain);
        }

        if (TallyPermanentNo is { } permanentNo)
        {
            facts.PermanentNoPresence = Presence.Known;
            foreach (CountryCode code in permanentNo)
            {
                facts.PermanentNo.Add(code.Packed);
            }
        }

        if (Declared is DeclaredOutcome declared)
        {
            var d = new DeclaredFacts(declared.Outcome);
            foreach (CountryCode code in declared.VetoedBy)
            {
                d.VetoedBy.Add(code.Packed);
            }

            facts.DeclaredPresence = Presence.Known;
            facts.Declared = d;
        }

        var found = new ViolationList(stopAtFirst: true);
        VoteRules.Check(facts, found);
        Violations.ThrowFirst(found);
    }
}
