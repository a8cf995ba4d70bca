using System;
using System.Globalization;
using System.Text;
using UNModel.Core;

namespace UNModel;

/// <summary>
/// The rules engine: decides a vote as the Charter and the rules of procedure do, explains why, and says what the
/// adopted text is in law. The arithmetic lives in one shared source that the analyzers compile too.
/// </summary>
public static class Charter
{
    /// <summary>Decides a vote. Allocation-free.</summary>
    /// <param name="vote">A vote (valid by construction).</param>
    /// <returns>The decision.</returns>
    public static Decision Decide(Vote vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        BodyKind body = vote.Body.Kind;
        int yes, required;
        int? no, abstain;
        byte mask = 0;
        if (vote.Tally is Tally tally)
        {
            yes = tally.Yes;
            no = tally.No;
            abstain = tally.Abstain;
            if (vote.TallyPermanentNo is { } permanentNo)
            {
                mask = MaskOf(vote, permanentNo.AsSpan());
            }
        }
        else
        {
            int y = 0, n = 0, a = 0;
            ReadOnlySpan<int> seats = vote.PermanentSeats;
            foreach (Ballot ballot in vote.Ballots.AsSpan())
            {
                switch (ballot.Choice)
                {
                    case BallotChoice.Yes:
                        y++;
                        break;
                    case BallotChoice.No:
                        n++;
                        int packed = ballot.Packed;
                        for (int i = 0; i < seats.Length; i++)
                        {
                            if (seats[i] == packed)
                            {
                                mask |= (byte)(1 << i);
                            }
                        }

                        break;
                    case BallotChoice.Abstain:
                        a++;
                        break;
                }
            }

            yes = y;
            no = n;
            abstain = a;
        }

        int permanentNoCount = System.Numerics.BitOperations.PopCount(mask);
        DecisionReason reason = CharterRules.Decide(body, vote.Question, yes, no ?? 0, permanentNoCount, vote.Day, out required);
        if (reason != DecisionReason.Vetoed)
        {
            mask = 0;
        }

        return new Decision(vote, reason, yes, no, abstain, required, mask);
    }

    /// <summary>The sentence that explains a decision, citing the article or rule.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The explanation.</returns>
    public static string Explain(Decision decision)
    {
        Vote vote = decision.Vote ?? throw new UninitializedValueObjectException(nameof(Decision));
        string what = vote.Proposal.ToString();
        string counts = decision.Yes.ToString(CultureInfo.InvariantCulture) + "-" + Count(decision.No) + "-" + Count(decision.Abstain);
        string rule = CharterRules.Citation(vote.Body.Kind, vote.Question);
        string required = decision.Required.ToString(CultureInfo.InvariantCulture);
        switch (decision.Reason)
        {
            case DecisionReason.MajorityReached:
                return vote.Body.Kind == BodyKind.SecurityCouncil
                    ? what + " adopted " + counts + ": " + decision.Yes.ToString(CultureInfo.InvariantCulture) + " affirmative votes (" + required + " required) and no permanent member voted against (" + rule + ")."
                    : what + " adopted " + counts + ": " + decision.Yes.ToString(CultureInfo.InvariantCulture) + " in favour of " + Count(decision.PresentAndVoting) + " present and voting, " + required + " required (" + rule + ").";
            case DecisionReason.InsufficientVotes:
                return what + " not adopted " + counts + ": " + decision.Yes.ToString(CultureInfo.InvariantCulture) + " in favour, " + required + " required (" + rule + ")"
                    + (vote.Body.Kind == BodyKind.SecurityCouncil && vote.Question == QuestionKind.Substantive ? "; a permanent member's vote against is no veto when the draft lacks the votes." : ".");
            case DecisionReason.Vetoed:
                var names = new StringBuilder();
                foreach (CountryCode code in decision.VetoedBy)
                {
                    names.Append(names.Length == 0 ? string.Empty : ", ").Append(NameOf(code));
                }

                return what + " not adopted " + counts + ": it had " + decision.Yes.ToString(CultureInfo.InvariantCulture) + " affirmative votes (" + required + " required) but was vetoed by " + names + ", a permanent member voting against (" + rule + ").";
            case DecisionReason.EquallyDivided:
                return what + " rejected " + counts + ": the vote was equally divided (" + (vote.Body.Kind == BodyKind.GeneralAssembly ? "GA rule 95" : "GA rule 133") + ").";
            default:
                throw new InvalidOperationException("Unknown reason " + decision.Reason + ".");
        }
    }

    /// <summary>What an adopted text is in law, with the article that makes it so.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The legal effect; <see cref="LegalEffectKind.None"/> for a rejected proposal.</returns>
    public static LegalEffect LegalEffectOf(Decision decision)
    {
        Vote vote = decision.Vote ?? throw new UninitializedValueObjectException(nameof(Decision));
        if (decision.Outcome != VoteOutcome.Adopted)
        {
            return new LegalEffect(LegalEffectKind.None, vote.Proposal + " was not adopted and has no legal effect.");
        }

        return EffectIfAdopted(vote);
    }

    internal static LegalEffect EffectIfAdopted(Vote vote)
    {
        Proposal p = vote.Proposal;
        string what = p.ToString();
        if (p.Kind == ProposalKind.Amendment)
        {
            return new LegalEffect(LegalEffectKind.AmendsDraft, "The amendment is incorporated into " + p.Amends + "; the vote on the draft as amended decides its effect.");
        }

        if (p.Kind == ProposalKind.Motion)
        {
            return new LegalEffect(LegalEffectKind.BindingWithinOrganization, "A procedural decision binds the " + vote.Body.Name + " in the conduct of its own business (Arts. 21, 30).");
        }

        const CharterBasis internalBases = CharterBasis.Article17Budget | CharterBasis.Admission | CharterBasis.SuspensionOrExpulsion | CharterBasis.Election | CharterBasis.InternalProcedure;
        switch (vote.Body.Kind)
        {
            case BodyKind.SecurityCouncil:
                if ((p.Basis & CharterBasis.ChapterVII) != 0 && p.Language == OperativeLanguage.Decides)
                {
                    return new LegalEffect(LegalEffectKind.BindingOnMembers, what + " is a decision under Chapter VII: Members are bound to accept and carry it out (Arts. 25, 48).");
                }

                if (p.Language == OperativeLanguage.Decides && (p.Basis & (CharterBasis.ChapterVI | CharterBasis.Article52)) == 0)
                {
                    return new LegalEffect(LegalEffectKind.BindingOnMembers, what + " decides: under Art. 25 Members are bound by Council decisions whatever the Chapter, judged by their terms (ICJ, Namibia advisory opinion, 1971, para. 114).");
                }

                if ((p.Basis & (CharterBasis.Admission | CharterBasis.Election)) != 0)
                {
                    return new LegalEffect(LegalEffectKind.Recommendation, what + " is the Council's recommendation or vote in an election or admission that the General Assembly completes (Arts. 4(2), 97; ICJ Statute Art. 8).");
                }

                return new LegalEffect(LegalEffectKind.Recommendation, what + " " + ((p.Basis & CharterBasis.ChapterVI) != 0 ? "is a recommendation under Chapter VI (Arts. 36-38)" : "exhorts rather than decides and invokes no Chapter VII power") + ": it does not bind Members under Art. 25 (ICJ, Namibia, 1971, para. 114).");
            case BodyKind.GeneralAssembly:
                if ((p.Basis & internalBases) != 0)
                {
                    return new LegalEffect(LegalEffectKind.BindingWithinOrganization, what + " binds inside the Organization: " + InternalBasisText(p.Basis) + ".");
                }

                return new LegalEffect(LegalEffectKind.Recommendation, what + " is a recommendation of the General Assembly (Arts. 10-14): politically weighty, not binding on Members.");
            default:
                if ((p.Basis & internalBases) != 0)
                {
                    return new LegalEffect(LegalEffectKind.BindingWithinOrganization, what + " binds inside the Organization: " + InternalBasisText(p.Basis) + ".");
                }

                return new LegalEffect(LegalEffectKind.Recommendation, what + " is a recommendation of the " + vote.Body.Name + (vote.Body.Kind == BodyKind.EconomicAndSocialCouncil ? " (Art. 62)." : " (A/RES/60/251, para. 5)."));
        }
    }

    private static string InternalBasisText(CharterBasis basis)
    {
        if ((basis & CharterBasis.Article17Budget) != 0)
        {
            return "the budget and the apportionment of expenses (Art. 17)";
        }

        if ((basis & CharterBasis.Admission) != 0)
        {
            return "admission of a Member on the Council's recommendation (Art. 4(2))";
        }

        if ((basis & CharterBasis.SuspensionOrExpulsion) != 0)
        {
            return "suspension or expulsion of a Member (Arts. 5, 6)";
        }

        if ((basis & CharterBasis.Election) != 0)
        {
            return "an election to an organ (Arts. 23, 61, 97)";
        }

        return "the body's own organization and procedure (Arts. 21, 22)";
    }

    private static byte MaskOf(Vote vote, ReadOnlySpan<CountryCode> codes)
    {
        byte mask = 0;
        ReadOnlySpan<int> seats = vote.PermanentSeats;
        foreach (CountryCode code in codes)
        {
            for (int i = 0; i < seats.Length; i++)
            {
                if (seats[i] == code.Packed)
                {
                    mask |= (byte)(1 << i);
                }
            }
        }

        return mask;
    }

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";

    private static string NameOf(CountryCode code) => MemberStates.TryGetState(code, out State? s) ? s.Name : code.Value;
}
