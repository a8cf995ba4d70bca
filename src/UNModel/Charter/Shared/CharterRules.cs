using System.Runtime.CompilerServices;

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

        /// <summary>The Assembly's election of non-permanent members of the Security Council (Art. 23(1)).</summary>
        SecurityCouncilElection,

        /// <summary>The Assembly's election of members of the Human Rights Council (A/RES/60/251, para. 7).</summary>
        HumanRightsCouncilElection,

        /// <summary>An election of a member of the International Court of Justice, by the Assembly and the Council (ICJ Statute Arts. 8-12).</summary>
        CourtElection,

        /// <summary>The suspension of a member's rights of membership in the Human Rights Council (A/RES/60/251, para. 8).</summary>
        HumanRightsCouncilSuspension,

        /// <summary>An amendment to the Charter, in force when ratified (Art. 108).</summary>
        CharterAmendment,
    }

    /// <summary>The voting arithmetic of Charter Arts. 18, 27 and 67 and the rules of procedure, on counts alone.</summary>
    internal static class CharterRules
    {
        /// <summary>
        /// Whether the body decides questions of that kind: the Security Council substantive and procedural questions and its
        /// part of the election of the Court; the General Assembly every kind but the Council's; ECOSOC and the Human Rights
        /// Council simple and two-thirds majorities.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsValidQuestion(BodyKind body, QuestionKind question)
        {
            switch (body)
            {
                case BodyKind.SecurityCouncil:
                    return question == QuestionKind.Substantive || question == QuestionKind.Procedural || question == QuestionKind.CourtElection;
                case BodyKind.GeneralAssembly:
                    return question >= QuestionKind.SimpleMajority && question <= QuestionKind.CharterAmendment;
                default:
                    return question == QuestionKind.SimpleMajority || question == QuestionKind.TwoThirds;
            }
        }

        /// <summary>The kinds of question the body decides, for messages ("use Substantive, Procedural or CourtElection").</summary>
        [MethodImpl(JitOnce.Options)]
        public static string ValidQuestions(BodyKind body)
        {
            var names = new System.Collections.Generic.List<string>();
            for (QuestionKind q = QuestionKind.Substantive; q <= QuestionKind.CharterAmendment; q++)
            {
                if (IsValidQuestion(body, q))
                {
                    names.Add(q.ToString());
                }
            }

            return names.Count == 1 ? names[0] : string.Join(", ", names.GetRange(0, names.Count - 1)) + " or " + names[names.Count - 1];
        }

        /// <summary>How the votes required by a question the body decides are counted.</summary>
        [MethodImpl(JitOnce.Options)]
        public static RequiredMajority RequiredOf(BodyKind body, QuestionKind question)
        {
            switch (question)
            {
                case QuestionKind.Substantive: return RequiredMajority.AffirmativeVotesWithPermanentConcurrence;
                case QuestionKind.Procedural: return RequiredMajority.AffirmativeVotesOfAnyMembers;
                case QuestionKind.TwoThirds:
                case QuestionKind.SecurityCouncilElection:
                case QuestionKind.HumanRightsCouncilSuspension: return RequiredMajority.TwoThirdsOfPresentAndVoting;
                case QuestionKind.HumanRightsCouncilElection:
                case QuestionKind.CourtElection: return RequiredMajority.MajorityOfMembers;
                case QuestionKind.CharterAmendment: return RequiredMajority.TwoThirdsOfMembers;
                default: return body == BodyKind.SecurityCouncil ? RequiredMajority.AffirmativeVotesWithPermanentConcurrence : RequiredMajority.MajorityOfPresentAndVoting;
            }
        }

        /// <summary>Whether the majority counts the body's members rather than those present and voting (votes against then do not matter).</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool CountsMembers(RequiredMajority majority) => majority == RequiredMajority.MajorityOfMembers || majority == RequiredMajority.TwoThirdsOfMembers;

        /// <summary>Whether a permanent member's vote against is a veto on the question (Charter Art. 27(3) only).</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool HasVeto(BodyKind body, QuestionKind question) =>
            body == BodyKind.SecurityCouncil && RequiredOf(body, question) == RequiredMajority.AffirmativeVotesWithPermanentConcurrence;

        /// <summary>
        /// The number of "yes" votes the rule requires given those present and voting (Art. 18(2), 18(3), 27, 67(2), 108; GA
        /// rule 86: abstentions and absentees are not present and voting), or given the body's seats on the date when the
        /// majority counts members.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static int RequiredYes(BodyKind body, QuestionKind question, int yes, int no, int date)
        {
            long required = RequiredYesExact(body, question, yes, no, date);
            return required > int.MaxValue ? int.MaxValue : (int)required;
        }

        /// <summary>
        /// <see cref="RequiredYes"/> without overflow for any counts (the analyzers decide constants such as
        /// <c>int.MaxValue</c>; the build checks arithmetic overflow).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private static long RequiredYesExact(BodyKind body, QuestionKind question, int yes, int no, int date)
        {
            long presentAndVoting = (long)yes + no;
            switch (RequiredOf(body, question))
            {
                case RequiredMajority.AffirmativeVotesWithPermanentConcurrence:
                case RequiredMajority.AffirmativeVotesOfAnyMembers:
                    return CharterFacts.CouncilAffirmativeVotes(date);
                case RequiredMajority.MajorityOfMembers:
                    return (CharterFacts.SeatCount(body, date) / 2) + 1;
                case RequiredMajority.TwoThirdsOfMembers:
                    return ((2L * CharterFacts.SeatCount(body, date)) + 2) / 3;
                case RequiredMajority.TwoThirdsOfPresentAndVoting:
                    // yes >= 2/3 (yes + no), i.e. 3 yes >= 2 (yes + no); at least one vote in favour.
                    long required = ((2 * presentAndVoting) + 2) / 3;
                    return required < 1 ? 1 : required;
                default:
                    // More in favour than against; an equally divided vote is rejected (GA rules 95, 133).
                    return (presentAndVoting / 2) + 1;
            }
        }

        /// <summary>
        /// Decides on counts. <paramref name="permanentNo"/> is the number of permanent members that voted "no" (Security Council only).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static DecisionReason Decide(BodyKind body, QuestionKind question, int yes, int no, int permanentNo, int date, out int required)
        {
            long exact = RequiredYesExact(body, question, yes, no, date);
            required = exact > int.MaxValue ? int.MaxValue : (int)exact;
            RequiredMajority majority = RequiredOf(body, question);
            if (majority == RequiredMajority.MajorityOfPresentAndVoting && yes == no)
            {
                return DecisionReason.EquallyDivided;
            }

            if (yes < exact)
            {
                // A permanent member's "no" on a draft without the votes is not a veto.
                return DecisionReason.InsufficientVotes;
            }

            if (majority == RequiredMajority.AffirmativeVotesWithPermanentConcurrence && permanentNo > 0)
            {
                return DecisionReason.Vetoed;
            }

            return DecisionReason.MajorityReached;
        }

        /// <summary>
        /// Why a text of that kind, basis and language would have its legal effect if adopted by the body on that kind of
        /// question: an amendment is incorporated into its draft; an election, a suspension from the Human Rights Council
        /// and an amendment to the Charter have the effect their own instrument gives; otherwise the body, basis and language decide.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static LegalEffectGround EffectIfAdopted(BodyKind body, QuestionKind question, ProposalKind kind, CharterBasis basis, OperativeLanguage language)
        {
            const CharterBasis internalBases = CharterBasis.Article17Budget | CharterBasis.Admission | CharterBasis.SuspensionOrExpulsion | CharterBasis.Election | CharterBasis.InternalProcedure;
            if (kind == ProposalKind.Amendment)
            {
                return LegalEffectGround.AmendmentIncorporated;
            }

            switch (question)
            {
                case QuestionKind.SecurityCouncilElection: return LegalEffectGround.SecurityCouncilElection;
                case QuestionKind.HumanRightsCouncilElection: return LegalEffectGround.HumanRightsCouncilElection;
                case QuestionKind.CourtElection: return LegalEffectGround.CourtElection;
                case QuestionKind.HumanRightsCouncilSuspension: return LegalEffectGround.HumanRightsCouncilSuspension;
                case QuestionKind.CharterAmendment: return LegalEffectGround.CharterAmendment;
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
        [MethodImpl(JitOnce.Options)]
        public static LegalEffectKind KindOf(LegalEffectGround ground)
        {
            switch (ground)
            {
                case LegalEffectGround.AmendmentIncorporated: return LegalEffectKind.AmendsDraft;
                case LegalEffectGround.ProceduralDecision:
                case LegalEffectGround.InternalMatter:
                case LegalEffectGround.SecurityCouncilElection:
                case LegalEffectGround.HumanRightsCouncilElection:
                case LegalEffectGround.CourtElection:
                case LegalEffectGround.HumanRightsCouncilSuspension: return LegalEffectKind.BindingWithinOrganization;
                case LegalEffectGround.CharterAmendment: return LegalEffectKind.SubjectToRatification;
                case LegalEffectGround.CouncilChapterVIIDecision:
                case LegalEffectGround.CouncilArticle25Decision: return LegalEffectKind.BindingOnMembers;
                default: return LegalEffectKind.Recommendation;
            }
        }

        /// <summary>The outcome a reason leads to.</summary>
        [MethodImpl(JitOnce.Options)]
        public static VoteOutcome OutcomeOf(DecisionReason reason) => reason == DecisionReason.MajorityReached ? VoteOutcome.Adopted : VoteOutcome.Rejected;

        /// <summary>The article or rule that governs the question, for explanations and diagnostics.</summary>
        [MethodImpl(JitOnce.Options)]
        public static string Citation(BodyKind body, QuestionKind question)
        {
            switch (question)
            {
                case QuestionKind.SecurityCouncilElection: return "Charter Arts. 18(2), 23(1), GA rule 83";
                case QuestionKind.HumanRightsCouncilElection: return "A/RES/60/251 para. 7";
                case QuestionKind.HumanRightsCouncilSuspension: return "A/RES/60/251 para. 8";
                case QuestionKind.CourtElection: return body == BodyKind.SecurityCouncil ? "ICJ Statute Arts. 10(1), 10(2)" : "ICJ Statute Art. 10(1)";
                case QuestionKind.CharterAmendment: return "Charter Art. 108";
            }

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
