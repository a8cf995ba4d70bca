// Shared between the runtime library and the analyzers: a decision and the sentence that explains it, so that
// Charter.Explain and the message of UNM0005 say the same.
using System.Collections.Generic;

namespace UNModel.Core
{
    /// <summary>A decision on counts: what <c>Charter.Decide</c> computes, without the vote object.</summary>
    internal sealed class DecisionFacts
    {
        public DecisionFacts(BodyKind body, QuestionKind question, DecisionReason reason, int yes, int? no, int? abstain, int required, List<int> vetoedBy, int seats)
        {
            Seats = seats;
            Body = body;
            Question = question;
            Reason = reason;
            Yes = yes;
            No = no;
            Abstain = abstain;
            Required = required;
            VetoedBy = vetoedBy;
            VetoedBy.Sort(); // the order of the permanent seats, as Decision.VetoedBy gives them
        }

        public BodyKind Body { get; }

        public QuestionKind Question { get; }

        public DecisionReason Reason { get; }

        public int Yes { get; }

        public int? No { get; }

        public int? Abstain { get; }

        public int Required { get; }

        /// <summary>The body's seats on the date of the vote (what a majority of the members counts).</summary>
        public int Seats { get; }

        /// <summary>The date of the vote (<c>yyyymmdd</c>); 0 when not given.</summary>
        public int Day { get; set; }

        /// <summary>A roll call of a body whose members on that date the catalogue does not know: its ballots were checked against UN membership only.</summary>
        public bool VotersUnchecked { get; set; }

        /// <summary>How many permanent members voted no; null when the record does not say (a Council tally without them).</summary>
        public int? PermanentNo { get; set; }

        /// <summary>The permanent members whose "no" vetoed the proposal (packed, ascending).</summary>
        public List<int> VetoedBy { get; }
    }

    /// <summary>The explanation of a decision, citing the article or rule that governs it.</summary>
    internal static class DecisionText
    {
        /// <summary>E.g. "S/2025/112 adopted 10-0-5: 10 affirmative votes (9 required) and no permanent member voted against (Charter Art. 27(3))."</summary>
        /// <param name="proposal">The proposal as it is written (<c>Proposal.ToString()</c>); null when unknown.</param>
        /// <param name="d">The decision.</param>
        public static string Explain(string? proposal, DecisionFacts d) => ExplainCounts(proposal, d) + Unknowns(d);

        /// <summary>What the data does not know about the vote's date, in words: who sat on the body, how many Members there were.</summary>
        private static string Unknowns(DecisionFacts d)
        {
            string on = d.Day == 0 ? string.Empty : " on " + RuleMessages.Day(d.Day);
            int horizon = CharterFacts.MembersKnownThrough(d.Body);
            string ends = horizon == 0 ? string.Empty : " (its data ends on " + RuleMessages.Day(horizon) + ")";
            string text = !d.VotersUnchecked || d.Body == BodyKind.GeneralAssembly ? string.Empty
                : d.Body == BodyKind.SecurityCouncil
                    ? " UNModel's data does not say who held the Security Council's elected seats" + on + ends + ": the ballots were checked against membership of the United Nations and the permanent members only."
                    : " UNModel's data does not say who sat on the " + RuleMessages.BodyName(d.Body) + on + ends + ": the ballots were checked against membership of the United Nations only.";
            if (d.Body == BodyKind.GeneralAssembly && d.Day != 0 && !CharterFacts.SeatCountKnown(d.Body, d.Day))
            {
                text += " UNModel's data lists the Members of the United Nations to " + RuleMessages.Day(CharterFacts.MembersKnownThrough(BodyKind.GeneralAssembly))
                    + ": the " + RuleMessages.Number(d.Seats) + " Members of that day are counted.";
            }

            return text;
        }

        private static string ExplainCounts(string? proposal, DecisionFacts d)
        {
            string what = proposal ?? "the proposal";
            string counts = RuleMessages.Number(d.Yes) + "-" + Count(d.No) + "-" + Count(d.Abstain);
            string rule = CharterRules.Citation(d.Body, d.Question);
            string yes = RuleMessages.Number(d.Yes);
            string required = RuleMessages.Number(d.Required);
            switch (d.Reason)
            {
                case DecisionReason.MajorityReached:
                    switch (CharterRules.RequiredOf(d.Body, d.Question))
                    {
                        case RequiredMajority.AffirmativeVotesWithPermanentConcurrence:
                            return what + " adopted " + counts + ": " + yes + " affirmative votes (" + required + " required) and no permanent member voted against (" + rule + ").";
                        case RequiredMajority.AffirmativeVotesOfAnyMembers:
                            return what + " adopted " + counts + ": " + yes + " affirmative votes of any members (" + required + " required; no veto) (" + rule + ").";
                        case RequiredMajority.MajorityOfMembers:
                        case RequiredMajority.TwoThirdsOfMembers:
                            return what + " adopted " + counts + ": " + yes + " in favour, " + required + " required: " + Members(d) + " (" + rule + ").";
                        default:
                            return what + " adopted " + counts + ": " + yes + " in favour of " + Count(d.No is int no ? d.Yes + no : null) + " present and voting, " + required + " required (" + rule + ").";
                    }

                case DecisionReason.InsufficientVotes:
                    RequiredMajority majority = CharterRules.RequiredOf(d.Body, d.Question);
                    return what + " not adopted " + counts + ": " + yes + " in favour, " + required + " required"
                        + (CharterRules.CountsMembers(majority) ? ": " + Members(d) : string.Empty) + " (" + rule + ")"
                        + (majority == RequiredMajority.AffirmativeVotesWithPermanentConcurrence && d.PermanentNo > 0
                            ? (d.PermanentNo == 1 ? "; a permanent member voted against, which is no veto when the draft lacks the votes." : "; permanent members voted against, which is no veto when the draft lacks the votes.")
                            : ".");
                case DecisionReason.Vetoed:
                    var names = new List<string>(d.VetoedBy.Count);
                    foreach (int state in d.VetoedBy)
                    {
                        names.Add(RuleMessages.NameOf(state));
                    }

                    return what + " not adopted " + counts + ": it had " + yes + " affirmative votes (" + required + " required) but was vetoed by " + string.Join(", ", names) + ", a permanent member voting against (" + rule + ").";
                default:
                    return what + " rejected " + counts + ": the vote was equally divided (" + EquallyDividedRule(d.Body) + ").";
            }
        }

        private static string Count(int? value) => value is int v ? RuleMessages.Number(v) : "?";

        /// <summary>The rule that rejects an equally divided vote: the Assembly's own, the one the Human Rights Council applies as a subsidiary organ (A/RES/60/251 para. 11), ECOSOC's practice.</summary>
        private static string EquallyDividedRule(BodyKind body)
        {
            switch (body)
            {
                case BodyKind.GeneralAssembly: return "GA rule 95";
                case BodyKind.HumanRightsCouncil: return "GA rule 133; A/RES/60/251 para. 11";
                default: return "the Council's rules of procedure; Repertory of Practice, Art. 67, paras. 25-27";
            }
        }

        /// <summary>E.g. "a majority of the 193 members of the General Assembly, however many vote".</summary>
        private static string Members(DecisionFacts d) =>
            (CharterRules.RequiredOf(d.Body, d.Question) == RequiredMajority.TwoThirdsOfMembers ? "two-thirds" : "a majority")
            + " of the " + RuleMessages.Number(d.Seats) + " members of the " + RuleMessages.BodyName(d.Body) + ", however many vote";
    }
}
