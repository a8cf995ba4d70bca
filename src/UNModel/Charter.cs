using System;
using System.Collections.Generic;
using System.Collections.Immutable;
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
                switch (ballot.ChoiceUnchecked)
                {
                    case BallotChoice.Yes:
                        y++;
                        break;
                    case BallotChoice.No:
                        n++;
                        int packed = ballot.PackedUnchecked;
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
        return new Decision(vote, reason, yes, no, abstain, required, mask);
    }

    /// <summary>
    /// Decides a round of balloting in an election: the majority required (two-thirds of those present and voting, or a
    /// majority of the body's members), who obtained it, and who fills the places.
    /// </summary>
    /// <param name="round">A round (valid by construction).</param>
    /// <returns>The result, with its explanation.</returns>
    public static ElectionResult Elect(ElectionRound round)
    {
        Preconditions.CheckNotNull(round, nameof(round));
        ElectionDecisionFacts d = ElectionRules.Decide(round.Facts);
        return new ElectionResult(round, d.Required, Pick(round, d.Obtained), Pick(round, d.Elected), d.OverSubscribed, ElectionRules.Explain(round.Facts, d));

        static ImmutableArray<ElectionCandidate> Pick(ElectionRound round, List<int> indices)
        {
            var builder = ImmutableArray.CreateBuilder<ElectionCandidate>(indices.Count);
            foreach (int i in indices)
            {
                builder.Add(round.Candidates[i]);
            }

            return builder.MoveToImmutable();
        }
    }

    /// <summary>The sentence that explains a decision, citing the article or rule.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The explanation.</returns>
    public static string Explain(Decision decision)
    {
        Vote vote = decision.Vote ?? throw new UninitializedValueObjectException(nameof(Decision));
        var vetoedBy = new List<int>();
        foreach (CountryCode code in decision.VetoedBy)
        {
            vetoedBy.Add(code.Packed);
        }

        var facts = new DecisionFacts(vote.Body.Kind, vote.Question, decision.Reason, decision.Yes, decision.No, decision.Abstain, decision.Required, vetoedBy, vote.Seats)
        {
            Day = vote.Day,
            VotersUnchecked = vote.IsRollCall && !CharterFacts.KnowsMembers(vote.Body.Kind, vote.Day),
            PermanentNo = vote.IsRollCall || vote.TallyPermanentNo is not null ? decision.PermanentNoCount : null,
        };
        return DecisionText.Explain(vote.Proposal.ToString(), facts);
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
        LegalEffectGround ground = CharterRules.EffectIfAdopted(vote.Body.Kind, vote.Question, p.Kind, p.Basis, p.Language);
        string explanation = ground switch
        {
            LegalEffectGround.AmendmentIncorporated => "The amendment is incorporated into " + p.Amends + "; the vote on the draft as amended decides its effect.",
            LegalEffectGround.ProceduralDecision => "A procedural decision binds the " + vote.Body.Name + " in the conduct of its own business (Arts. 21, 30).",
            LegalEffectGround.CouncilChapterVIIDecision => what + " is a decision under Chapter VII: Members are bound to accept and carry it out (Arts. 25, 48).",
            LegalEffectGround.CouncilArticle25Decision => what + " decides: under Art. 25 Members are bound by Council decisions whatever the Chapter, judged by their terms (ICJ, Namibia advisory opinion, 1971, para. 114).",
            LegalEffectGround.CouncilAdmissionOrElection => what + " is the Council's recommendation or vote in an election or admission that the General Assembly completes (Arts. 4(2), 97; ICJ Statute Art. 8).",
            LegalEffectGround.CouncilRecommendation => what + " " + ((p.Basis & CharterBasis.ChapterVI) != 0 ? "is a recommendation under Chapter VI (Arts. 36-38)" : "exhorts rather than decides and invokes no Chapter VII power") + ": it does not bind Members under Art. 25 (ICJ, Namibia, 1971, para. 114).",
            LegalEffectGround.InternalMatter => what + " binds inside the Organization: " + InternalBasisText(p.Basis) + ".",
            LegalEffectGround.SecurityCouncilElection => what + " elects to the Security Council: the General Assembly elects its non-permanent members (Charter Art. 23(1)), and the election binds inside the Organization.",
            LegalEffectGround.HumanRightsCouncilElection => what + " elects to the Human Rights Council: the General Assembly elects its members (A/RES/60/251, para. 7), and the election binds inside the Organization.",
            LegalEffectGround.CourtElection => what + " is a vote in the election of the International Court of Justice: a candidate with an absolute majority in both the General Assembly and the Security Council is elected (ICJ Statute Arts. 8-12), which binds inside the Organization.",
            LegalEffectGround.HumanRightsCouncilSuspension => what + " suspends the rights of membership in the Human Rights Council of a member that commits gross and systematic violations of human rights (A/RES/60/251, para. 8): binding inside the Organization, not a suspension from the United Nations (Charter Art. 5).",
            LegalEffectGround.CharterAmendment => what + " amends the Charter: it comes into force for all Members when ratified by two thirds of the Members of the United Nations, including all the permanent members of the Security Council (Charter Art. 108).",
            _ => vote.Body.Kind == BodyKind.GeneralAssembly
                ? what + " is a recommendation of the General Assembly (Arts. 10-14): politically weighty, not binding on Members."
                : what + " is a recommendation of the " + vote.Body.Name + (vote.Body.Kind == BodyKind.EconomicAndSocialCouncil ? " (Art. 62)." : " (A/RES/60/251, para. 5)."),
        };
        return new LegalEffect(CharterRules.KindOf(ground), explanation);
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
}
