// Shared between the runtime library and the analyzers: the arithmetic of the Charter's voting rules.
namespace UNModel.Core
{
    /// <summary>Why an adopted text has the legal effect it has; <see cref="CharterRules.KindOf"/> gives the effect.</summary>
    internal enum LegalEffectGround
    {
        /// <summary>An adopted amendment is incorporated into its draft.</summary>
        AmendmentIncorporated,

        /// <summary>A procedural decision binds the body in its own business (Arts. 21, 30).</summary>
        ProceduralDecision,

        /// <summary>A Council decision under Chapter VII (Arts. 25, 48).</summary>
        CouncilChapterVIIDecision,

        /// <summary>A Council decision outside Chapter VI binds under Art. 25 by its terms (Namibia, 1971, para. 114).</summary>
        CouncilArticle25Decision,

        /// <summary>The Council's part in an admission or election, completed by the Assembly (Arts. 4(2), 97).</summary>
        CouncilAdmissionOrElection,

        /// <summary>A Council recommendation (Chapter VI, or exhortatory language).</summary>
        CouncilRecommendation,

        /// <summary>Binding inside the Organization: budget, admission, suspension, expulsion, elections, procedure.</summary>
        InternalMatter,

        /// <summary>A recommendation of the General Assembly, ECOSOC or the Human Rights Council.</summary>
        Recommendation,
    }

    /// <summary>The voting arithmetic of Charter Arts. 18, 27 and 67 and the rules of procedure, on counts alone.</summary>
    internal static class CharterRules
    {
        /// <summary>Whether the body decides questions of that kind (Security Council: substantive/procedural; others: simple/two-thirds).</summary>
        public static bool IsValidQuestion(BodyKind body, QuestionKind question)
        {
            if (body == BodyKind.SecurityCouncil)
            {
                return question == QuestionKind.Substantive || question == QuestionKind.Procedural;
            }

            return question == QuestionKind.SimpleMajority || question == QuestionKind.TwoThirds;
        }

        /// <summary>
        /// The number of "yes" votes the rule requires given those present and voting (Art. 18(2), 18(3), 27, 67(2); GA rule 86:
        /// abstentions and absentees are not present and voting).
        /// </summary>
        public static int RequiredYes(BodyKind body, QuestionKind question, int yes, int no, int date)
        {
            long required = RequiredYesExact(body, question, yes, no, date);
            return required > int.MaxValue ? int.MaxValue : (int)required;
        }

        /// <summary>
        /// <see cref="RequiredYes"/> without overflow for any counts (the analyzers decide constants such as
        /// <c>int.MaxValue</c>; the build checks arithmetic overflow).
        /// </summary>
        private static long RequiredYesExact(BodyKind body, QuestionKind question, int yes, int no, int date)
        {
            if (body == BodyKind.SecurityCouncil)
            {
                return CharterFacts.CouncilAffirmativeVotes(date);
            }

            long presentAndVoting = (long)yes + no;
            if (question == QuestionKind.TwoThirds)
            {
                // yes >= 2/3 (yes + no), i.e. 3 yes >= 2 (yes + no); at least one vote in favour.
                long required = ((2 * presentAndVoting) + 2) / 3;
                return required < 1 ? 1 : required;
            }

            // More in favour than against; an equally divided vote is rejected (GA rules 95, 133).
            return (presentAndVoting / 2) + 1;
        }

        /// <summary>
        /// Decides on counts. <paramref name="permanentNo"/> is the number of permanent members that voted "no" (Security Council only).
        /// </summary>
        public static DecisionReason Decide(BodyKind body, QuestionKind question, int yes, int no, int permanentNo, int date, out int required)
        {
            long exact = RequiredYesExact(body, question, yes, no, date);
            required = exact > int.MaxValue ? int.MaxValue : (int)exact;
            if (body != BodyKind.SecurityCouncil && question == QuestionKind.SimpleMajority && yes == no)
            {
                return DecisionReason.EquallyDivided;
            }

            if (yes < exact)
            {
                // A permanent member's "no" on a draft without the votes is not a veto.
                return DecisionReason.InsufficientVotes;
            }

            if (body == BodyKind.SecurityCouncil && question == QuestionKind.Substantive && permanentNo > 0)
            {
                return DecisionReason.Vetoed;
            }

            return DecisionReason.MajorityReached;
        }

        /// <summary>Why a text of that kind, basis and language would have its legal effect if adopted by the body.</summary>
        public static LegalEffectGround EffectIfAdopted(BodyKind body, ProposalKind kind, CharterBasis basis, OperativeLanguage language)
        {
            const CharterBasis internalBases = CharterBasis.Article17Budget | CharterBasis.Admission | CharterBasis.SuspensionOrExpulsion | CharterBasis.Election | CharterBasis.InternalProcedure;
            if (kind == ProposalKind.Amendment)
            {
                return LegalEffectGround.AmendmentIncorporated;
            }

            if (kind == ProposalKind.Motion)
            {
                return LegalEffectGround.ProceduralDecision;
            }

            if (body == BodyKind.SecurityCouncil)
            {
                if ((basis & CharterBasis.ChapterVII) != 0 && language == OperativeLanguage.Decides)
                {
                    return LegalEffectGround.CouncilChapterVIIDecision;
                }

                if (language == OperativeLanguage.Decides && (basis & (CharterBasis.ChapterVI | CharterBasis.Article52)) == 0)
                {
                    return LegalEffectGround.CouncilArticle25Decision;
                }

                return (basis & (CharterBasis.Admission | CharterBasis.Election)) != 0 ? LegalEffectGround.CouncilAdmissionOrElection : LegalEffectGround.CouncilRecommendation;
            }

            return (basis & internalBases) != 0 ? LegalEffectGround.InternalMatter : LegalEffectGround.Recommendation;
        }

        /// <summary>The legal effect a ground gives.</summary>
        public static LegalEffectKind KindOf(LegalEffectGround ground)
        {
            switch (ground)
            {
                case LegalEffectGround.AmendmentIncorporated: return LegalEffectKind.AmendsDraft;
                case LegalEffectGround.ProceduralDecision:
                case LegalEffectGround.InternalMatter: return LegalEffectKind.BindingWithinOrganization;
                case LegalEffectGround.CouncilChapterVIIDecision:
                case LegalEffectGround.CouncilArticle25Decision: return LegalEffectKind.BindingOnMembers;
                default: return LegalEffectKind.Recommendation;
            }
        }

        /// <summary>The outcome a reason leads to.</summary>
        public static VoteOutcome OutcomeOf(DecisionReason reason) => reason == DecisionReason.MajorityReached ? VoteOutcome.Adopted : VoteOutcome.Rejected;

        /// <summary>The article or rule that governs the question, for explanations and diagnostics.</summary>
        public static string Citation(BodyKind body, QuestionKind question)
        {
            switch (body)
            {
                case BodyKind.SecurityCouncil:
                    return question == QuestionKind.Procedural ? "Charter Art. 27(2)" : "Charter Art. 27(3)";
                case BodyKind.GeneralAssembly:
                    return question == QuestionKind.TwoThirds ? "Charter Art. 18(2), GA rule 83" : "Charter Art. 18(3), GA rule 85";
                case BodyKind.EconomicAndSocialCouncil:
                    return "Charter Art. 67(2)";
                case BodyKind.HumanRightsCouncil:
                    return question == QuestionKind.TwoThirds ? "A/RES/60/251 para. 11, GA rule 83" : "A/RES/60/251 para. 11, GA rule 125";
                default:
                    return "Charter";
            }
        }
    }
}
