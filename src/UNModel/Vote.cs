using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using UNModel.Core;

namespace UNModel;

/// <summary>
/// A proposal put to a body on a date, with its roll call (<see cref="RollCall"/>) or, where only the counts are on
/// record, its tally (<see cref="FromTally"/>). Every rule that can be checked is checked when the vote is built, so a
/// <see cref="Vote"/> that exists is valid and <see cref="Charter.Decide(Vote)"/> cannot fail.
/// </summary>
public sealed class Vote
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
        CheckFrame(body, date, question, proposal);
        ImmutableArray<Ballot> list = [.. Preconditions.CheckNotNull(ballots, nameof(ballots))];
        ImmutableArray<CountryCode> arrears = inArrears is null ? [] : [.. inArrears];
        var vote = new Vote(body, date, question, proposal, list, null, null, arrears, declared);
        vote.CheckBallots();
        vote.CheckDeclarations();
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
        CheckFrame(body, date, question, proposal);
        if (!tally.IsInitialized)
        {
            throw new UninitializedValueObjectException(nameof(UNModel.Tally));
        }

        ImmutableArray<CountryCode>? permanent = permanentNo is null ? null : [.. permanentNo];
        var vote = new Vote(body, date, question, proposal, [], tally, permanent, [], declared);
        vote.CheckTally();
        vote.CheckDeclarations();
        return vote;
    }

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

    private static void CheckFrame(Body body, DateOnly date, QuestionKind question, Proposal proposal)
    {
        Preconditions.CheckNotNull(proposal, nameof(proposal));
        CheckBodyQuestionAndDate(body, question, date);
    }

    /// <summary>The checks every vote and every <see cref="Majority"/> share: the body decides that kind of question (UNM0012) and existed on the date (UNM0015).</summary>
    internal static void CheckBodyQuestionAndDate(Body body, QuestionKind question, DateOnly date)
    {
        Preconditions.CheckNotNull(body, nameof(body));
        Preconditions.CheckDefined(question, nameof(question));
        if (!body.Decides(question))
        {
            throw new CharterViolationException(RuleIds.QuestionKindNotValidForBody, "the " + body.Name + " does not decide '" + question + "' questions: " + (body.Kind == BodyKind.SecurityCouncil ? "use Substantive or Procedural (Art. 27)." : "use SimpleMajority or TwoThirds (Art. 18)."), question.ToString());
        }

        if (State.ToDay(date) < CharterFacts.FirstMeeting(body.Kind))
        {
            throw new CharterViolationException(RuleIds.BodyNotInExistence, "the " + body.Name + " first met on " + body.FirstMeeting.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "; no vote can be dated " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    private string DateText => Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private void CheckBallots()
    {
        var seen = new HashSet<int>();
        int present = 0;
        foreach (Ballot ballot in Ballots)
        {
            CountryCode code = ballot.State; // UNM0009 for default(Ballot)
            int packed = code.Packed;
            CheckVoter(code, packed);
            if (!seen.Add(packed))
            {
                throw new CharterViolationException(RuleIds.DuplicateBallot, code.Value + " has two ballots in the vote on " + Proposal + "; each member has one vote (Art. 18(1), 27(1)).", code.Value);
            }

            if (ballot.IsCastAsVeto)
            {
                CheckVeto(code);
            }

            if (ballot.Choice is BallotChoice.Yes or BallotChoice.No)
            {
                CheckParticipation(code, ballot.Choice);
            }

            if (ballot.Choice != BallotChoice.Absent)
            {
                present++;
                if (Body.Kind == BodyKind.GeneralAssembly && InArrears.Contains(code))
                {
                    throw new CharterViolationException(RuleIds.MemberInArrearsVoting, code.Value + " is in arrears under Art. 19 without an exemption and has no vote in the General Assembly on " + DateText + ".", code.Value);
                }
            }
        }

        if (present > Seats)
        {
            throw new CharterViolationException(RuleIds.CountsExceedMembership, present.ToString(CultureInfo.InvariantCulture) + " members voted but the " + Body.Name + " had " + Seats.ToString(CultureInfo.InvariantCulture) + " seats on " + DateText + ".");
        }
    }

    private void CheckVoter(CountryCode code, int packed)
    {
        StateRecord? record = CharterFacts.Data.Find(packed);
        if (record is null)
        {
            throw new UNModelException(RuleIds.UnknownCountryCode, code.Value + " is not a state in the catalogue (ISO 3166-1 alpha-3; the USSR is SUN, the China seat CHN).", code.Value);
        }

        if (record.IsObserver)
        {
            throw new CharterViolationException(RuleIds.ObserverVoting, record.ObserverSentence + ".", code.Value);
        }

        if (!record.HoldsSeatOn(Day))
        {
            throw new CharterViolationException(RuleIds.ObserverVoting, record.Name + " (" + code.Value + ") was not a Member of the United Nations on " + DateText + " and had no vote.", code.Value);
        }

        if (!CharterFacts.MaySit(Body.Kind, packed, Day))
        {
            throw new CharterViolationException(RuleIds.NotAMemberOfBody, record.Name + " (" + code.Value + ") was not a member of the " + Body.Name + " on " + DateText + ".", code.Value);
        }
    }

    private void CheckVeto(CountryCode code)
    {
        if (!IsPermanent(code.Packed))
        {
            throw new CharterViolationException(RuleIds.VetoByNonPermanentMember, code.Value + " was not a permanent member of the Security Council on " + DateText + " and cannot cast a veto (Art. 23(1), 27(3)); record its vote as No.", code.Value);
        }

        if (Question == QuestionKind.Procedural)
        {
            throw new CharterViolationException(RuleIds.VetoOnProceduralVote, "no veto exists on a procedural question: nine affirmative votes of any members decide it (Art. 27(2)); record " + code.Value + "'s vote as No.", code.Value);
        }
    }

    private void CheckParticipation(CountryCode code, BallotChoice choice)
    {
        if ((Proposal.Basis & (CharterBasis.ChapterVI | CharterBasis.Article52)) != 0 && Proposal.PartiesToDispute.Contains(code))
        {
            throw new CharterViolationException(RuleIds.PartyToDisputeVoting, code.Value + " is a party to the dispute and shall abstain from voting on a decision under Chapter VI or Art. 52(3) (Art. 27(3)); it voted " + choice + ".", code.Value);
        }
    }

    private void CheckTally()
    {
        Tally t = Tally!.Value;
        int sum = t.Yes + (t.No ?? 0) + (t.Abstain ?? 0);
        if (sum > Seats)
        {
            throw new CharterViolationException(RuleIds.CountsExceedMembership, "the tally " + t + " adds up to " + sum.ToString(CultureInfo.InvariantCulture) + " but the " + Body.Name + " had " + Seats.ToString(CultureInfo.InvariantCulture) + " seats on " + DateText + ".", t.ToString());
        }

        if (Body.Kind != BodyKind.SecurityCouncil)
        {
            if (TallyPermanentNo is { IsEmpty: false } p)
            {
                throw new CharterViolationException(RuleIds.VetoOnProceduralVote, "only the Security Council has permanent members; the " + Body.Name + " tally names " + string.Join(", ", p) + ".", p[0].Value);
            }

            if (t.No is null)
            {
                throw new MalformedRecordException(RuleIds.MalformedRecord, "a " + Body.Name + " tally needs the number of votes against to be decided (majority of those present and voting, Art. 18).", "no");
            }

            return;
        }

        if (TallyPermanentNo is { } permanentNo)
        {
            var seen = new HashSet<CountryCode>();
            foreach (CountryCode code in permanentNo)
            {
                _ = code.Packed;
                if (!IsPermanent(code.Packed))
                {
                    throw new CharterViolationException(RuleIds.VetoByNonPermanentMember, code.Value + " was not a permanent member of the Security Council on " + DateText + "; it cannot be listed among the permanent members voting no.", code.Value);
                }

                if (!seen.Add(code))
                {
                    throw new CharterViolationException(RuleIds.DuplicateBallot, code.Value + " is listed twice among the permanent members voting no.", code.Value);
                }
            }

            if (t.No is int no && permanentNo.Length > no)
            {
                throw new CharterViolationException(RuleIds.CountsExceedMembership, permanentNo.Length.ToString(CultureInfo.InvariantCulture) + " permanent members voted no but the tally has only " + no.ToString(CultureInfo.InvariantCulture) + (no == 1 ? " vote" : " votes") + " against.", "no");
            }
        }
        else if (Question == QuestionKind.Substantive && t.Yes >= CharterFacts.CouncilAffirmativeVotes(Day))
        {
            throw new MalformedRecordException(RuleIds.MalformedRecord, "the draft had " + t.Yes.ToString(CultureInfo.InvariantCulture) + " affirmative votes, so whether it was vetoed depends on which permanent members voted no: give them (an empty list when none did).", "permanentNo");
        }
    }

    private void CheckDeclarations()
    {
        if (Proposal.DeclaredEffect is LegalEffectKind declaredEffect)
        {
            LegalEffectKind actual = Charter.EffectIfAdopted(this).Kind;
            if (Body.Kind == BodyKind.GeneralAssembly && declaredEffect == LegalEffectKind.BindingOnMembers)
            {
                throw new CharterViolationException(RuleIds.GeneralAssemblyResolutionDeclaredBinding, "a General Assembly resolution recommends (Arts. 10-14); only the budget (Art. 17), admission, suspension, expulsion and elections bind, and those inside the Organization. " + Proposal + " is declared binding on Members.", Proposal.ToString());
            }

            if (Body.Kind == BodyKind.GeneralAssembly && declaredEffect == LegalEffectKind.BindingWithinOrganization && actual != declaredEffect)
            {
                throw new CharterViolationException(RuleIds.GeneralAssemblyResolutionDeclaredBinding, Proposal + " is declared binding within the Organization but states no basis that makes it so (Art. 17 budget, admission, suspension, expulsion, elections, procedure).", Proposal.ToString());
            }
        }

        if (Declared is null)
        {
            return;
        }

        foreach (CountryCode code in Declared.VetoedBy)
        {
            _ = code.Packed;
            if (Body.Kind != BodyKind.SecurityCouncil || !IsPermanent(code.Packed))
            {
                throw new CharterViolationException(RuleIds.VetoByNonPermanentMember, code.Value + " was not a permanent member of the Security Council on " + DateText + "; the record cannot say it vetoed " + Proposal + ".", code.Value);
            }

            if (Question == QuestionKind.Procedural)
            {
                throw new CharterViolationException(RuleIds.VetoOnProceduralVote, "the record says " + code.Value + " vetoed a procedural question, where no veto exists (Art. 27(2)).", code.Value);
            }
        }

        Decision decision = Charter.Decide(this);
        bool vetoClaimMatches = Declared.VetoedBy.IsEmpty || SameSet(Declared.VetoedBy, decision.VetoedBy);
        if (decision.Outcome != Declared.Outcome || !vetoClaimMatches)
        {
            throw new CharterViolationException(RuleIds.DeclaredOutcomeContradictsCounts, "the record declares " + Declared + " but the counts give " + decision.Outcome + ": " + Charter.Explain(decision), Declared.ToString());
        }
    }

    private static bool SameSet(ImmutableArray<CountryCode> a, ImmutableArray<CountryCode> b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        foreach (CountryCode c in a)
        {
            if (!b.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsPermanent(int packed)
    {
        foreach (int p in permanentSeats)
        {
            if (p == packed)
            {
                return true;
            }
        }

        return false;
    }
}
