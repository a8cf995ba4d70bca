// Shared between the runtime library and the analyzers: one round of balloting in an election, its checks and its result.
using System.Collections.Generic;

namespace UNModel.Core
{
    /// <summary>One round of balloting as counted: the places to fill, the ballot papers and each candidate's votes.</summary>
    internal sealed class ElectionFacts
    {
        public BodyKind Body { get; set; }

        public int Day { get; set; }

        public QuestionKind Question { get; set; }

        /// <summary>The places to fill in this round.</summary>
        public int Places { get; set; }

        /// <summary>Null when the record does not give the counts of the ballot papers (enough for a majority of the members).</summary>
        public int? BallotPapers { get; set; }

        public int Invalid { get; set; }

        /// <summary>Valid ballot papers marked as abstentions: not present and voting (GA rule 86).</summary>
        public int Abstentions { get; set; }

        /// <summary>What <see cref="States"/> holds for a person (a candidate for the Court).</summary>
        public const int Person = -1;

        /// <summary>Each candidate's name (a State's as the catalogue gives it); null where not known (the analyzers).</summary>
        public List<string?> Names { get; } = new List<string?>();

        /// <summary>Each candidate's State (packed code), <see cref="Person"/> for a person, 0 when not known (the analyzers).</summary>
        public List<int> States { get; } = new List<int>();

        public List<int> Votes { get; } = new List<int>();

        public int? Valid => BallotPapers - Invalid;

        public int? PresentAndVoting => Valid - Abstentions;
    }

    /// <summary>What a round gives: the majority required, who obtained it, who fills the places.</summary>
    internal sealed class ElectionDecisionFacts
    {
        public ElectionDecisionFacts(int required, List<int> obtained, List<int> elected, bool overSubscribed)
        {
            Required = required;
            Obtained = obtained;
            Elected = elected;
            OverSubscribed = overSubscribed;
        }

        public int Required { get; }

        /// <summary>The candidates (indices) with at least the required votes, most votes first.</summary>
        public List<int> Obtained { get; }

        /// <summary>The candidates (indices) who fill places in this round, most votes first.</summary>
        public List<int> Elected { get; }

        /// <summary>Election of the Court: more candidates than places obtained the majority, so the round elects no one.</summary>
        public bool OverSubscribed { get; }
    }

    /// <summary>
    /// Elections held by vote among candidates: the non-permanent members of the Security Council and the members of the
    /// Human Rights Council (by the Assembly), the judges of the International Court of Justice (by the Assembly and the
    /// Council at once).
    /// </summary>
    internal static class ElectionRules
    {
        /// <summary>Whether the body elects under that kind of question.</summary>
        public static bool IsElection(BodyKind body, QuestionKind question)
        {
            switch (question)
            {
                case QuestionKind.SecurityCouncilElection:
                case QuestionKind.HumanRightsCouncilElection:
                    return body == BodyKind.GeneralAssembly;
                case QuestionKind.CourtElection:
                    return body == BodyKind.GeneralAssembly || body == BodyKind.SecurityCouncil;
                default:
                    return false;
            }
        }

        /// <summary>
        /// <c>ElectionCandidate.Of(state, votes)</c>: a State no organ elects, whatever the date: an observer State (UNM0008), or a
        /// code of no state (UNM0017). Whether a Member held its seat on the round's date is <see cref="Check"/>'s.
        /// </summary>
        public static Violation? CheckCandidate(int state)
        {
            StateRecord? record = CharterFacts.Data.Find(state);
            return record is null ? new Violation(RuleIds.UnknownCountryCode, ViolationKind.UnknownState, Subject.Call) { State = state }
                : record.IsObserver ? new Violation(RuleIds.ObserverVoting, ViolationKind.CandidateObserver, Subject.Call) { State = state }
                : null;
        }

        /// <summary>The first thing wrong with a round, in the order a reader of the record would check it; null when none.</summary>
        public static Violation? Check(ElectionFacts e)
        {
            if (!IsElection(e.Body, e.Question))
            {
                return new Violation(RuleIds.QuestionKindNotValidForBody, ViolationKind.NotAnElection, Subject.Question) { Body = e.Body, Question = e.Question };
            }

            if (e.Day < CharterFacts.FirstMeeting(e.Body))
            {
                return new Violation(RuleIds.BodyNotInExistence, ViolationKind.BodyNotInExistence, Subject.Date) { Body = e.Body, Day = e.Day };
            }

            if (e.Day < CharterFacts.QuestionPossibleFrom(e.Question))
            {
                return new Violation(RuleIds.BodyNotInExistence, ViolationKind.QuestionBeforeBody, Subject.Date) { Question = e.Question, Day = e.Day };
            }

            int seats = CharterFacts.SeatCount(e.Body, e.Day);
            if (e.Places < 1 || e.Places > seats)
            {
                return Counts("places", e.Places, "between 1 and the " + RuleMessages.Number(seats) + " members of the " + RuleMessages.BodyName(e.Body) + " on " + RuleMessages.Day(e.Day));
            }

            if (e.BallotPapers is not int papers)
            {
                if (!CharterRules.CountsMembers(CharterRules.RequiredOf(e.Body, e.Question)))
                {
                    return new Violation(RuleIds.MalformedRecord, ViolationKind.ElectionNeedsBallotCounts, Subject.Tally) { Question = e.Question };
                }
            }
            else if (papers < 0 || papers > seats)
            {
                return Counts("ballotPapers", papers, "between 0 and the " + RuleMessages.Number(seats) + " members of the " + RuleMessages.BodyName(e.Body) + " on " + RuleMessages.Day(e.Day));
            }
            else if (e.Invalid < 0 || e.Invalid > papers)
            {
                return Counts("invalid", e.Invalid, "between 0 and the " + RuleMessages.Number(papers) + " ballot papers");
            }
            else if (e.Abstentions < 0 || e.Abstentions > papers - e.Invalid)
            {
                return Counts("abstentions", e.Abstentions, "between 0 and the " + RuleMessages.Number(papers - e.Invalid) + " valid ballots");
            }

            // A candidate's votes are bounded by the valid ballot papers (by the members without the counts); each paper names
            // at most as many candidates as there are places. Abstentions are not a bound: a paper may name fewer candidates.
            int voting = e.Valid ?? seats;
            var names = new HashSet<string>();
            long total = 0;
            for (int i = 0; i < e.Names.Count; i++)
            {
                if (CheckCandidateAt(e, i, names) is { } refused)
                {
                    return refused;
                }

                string? name = e.Names[i];
                int votes = e.Votes[i];
                if (votes < 0 || votes > voting)
                {
                    return new Violation(RuleIds.CountsExceedMembership, ViolationKind.CandidateVotesExceed, Subject.Ballot, i) { Text = name, A = votes, B = voting, Known = e.Valid is not null };
                }

                total += votes;
            }

            long most = (long)voting * e.Places;
            return total > most
                ? new Violation(RuleIds.CountsExceedMembership, ViolationKind.CandidateVotesExceedBallots, Subject.Ballots) { A = total, B = voting, Text = RuleMessages.Number(e.Places), Known = e.Valid is not null }
                : null;
        }

        /// <summary>
        /// Candidate <paramref name="index"/> of a round whose body, date and election are known: named, of the kind the
        /// election takes, eligible on the date, and not listed before (<paramref name="names"/> holds the names before it).
        /// The analyzers call it for each candidate they can read; a name they cannot read is null and passes.
        /// </summary>
        public static Violation? CheckCandidateAt(ElectionFacts e, int index, HashSet<string> names)
        {
            string? name = e.Names[index];
            if (name is null)
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                return new Violation(RuleIds.MalformedRecord, ViolationKind.CandidateUnnamed, Subject.Ballot, index);
            }

            int state = index < e.States.Count ? e.States[index] : 0;
            if (CheckEligible(e, state, index, name) is { } ineligible)
            {
                return ineligible;
            }

            return names.Add(name.Trim()) ? null : new Violation(RuleIds.DuplicateBallot, ViolationKind.CandidateListedTwice, Subject.Ballot, index) { Text = name, State = state > 0 ? state : 0 };
        }

        /// <summary>
        /// A candidate of the kind the election takes: a person for the Court (ICJ Statute Art. 2), a State that is a Member of
        /// the United Nations on the date for the Security Council (Art. 23(1)) and the Human Rights Council (A/RES/60/251,
        /// para. 8). A State not known (0, the analyzers) passes.
        /// </summary>
        private static Violation? CheckEligible(ElectionFacts e, int state, int index, string name)
        {
            bool court = e.Question == QuestionKind.CourtElection;
            if (state == ElectionFacts.Person)
            {
                return court ? null : new Violation(RuleIds.MalformedRecord, ViolationKind.CandidateKindNotElected, Subject.Ballot, index) { Text = name, Question = e.Question };
            }

            if (state == 0)
            {
                return null;
            }

            if (court)
            {
                return new Violation(RuleIds.MalformedRecord, ViolationKind.CandidateKindNotElected, Subject.Ballot, index) { Text = name, Question = e.Question, State = state };
            }

            StateRecord? record = CharterFacts.Data.Find(state);
            if (record is null || record.IsObserver)
            {
                return CheckCandidate(state) is { } refused ? new Violation(refused.RuleId, refused.Kind, Subject.Ballot, index) { State = state, Question = e.Question } : null;
            }

            return record.HoldsSeatOn(e.Day)
                ? null
                : new Violation(RuleIds.ObserverVoting, ViolationKind.CandidateNotMember, Subject.Ballot, index) { State = state, Day = e.Day, Question = e.Question };
        }

        /// <summary>Decides a round that passed <see cref="Check"/>.</summary>
        public static ElectionDecisionFacts Decide(ElectionFacts e)
        {
            // Two-thirds of those present and voting (GA rule 83) or a majority of the members (A/RES/60/251; ICJ Statute Art. 10).
            int required = CharterRules.RequiredYes(e.Body, e.Question, e.PresentAndVoting ?? 0, 0, e.Day);
            var obtained = new List<int>();
            for (int i = 0; i < e.Votes.Count; i++)
            {
                if (e.Votes[i] >= required && e.Votes[i] > 0)
                {
                    obtained.Add(i);
                }
            }

            obtained.Sort((a, b) => e.Votes[b] != e.Votes[a] ? e.Votes[b].CompareTo(e.Votes[a]) : a.CompareTo(b));
            if (obtained.Count <= e.Places)
            {
                return new ElectionDecisionFacts(required, obtained, new List<int>(obtained), overSubscribed: false);
            }

            if (e.Question == QuestionKind.CourtElection)
            {
                // More candidates than places with an absolute majority: the round is void and all stand again.
                return new ElectionDecisionFacts(required, obtained, new List<int>(), overSubscribed: true);
            }

            // Those with the majority and the most votes fill the places (GA rule 94); a tie for the last place is left to a further ballot.
            int last = e.Votes[obtained[e.Places - 1]];
            var elected = new List<int>();
            foreach (int i in obtained)
            {
                if (elected.Count < e.Places && (e.Votes[i] > last || e.Votes[obtained[e.Places]] < last))
                {
                    elected.Add(i);
                }
            }

            return new ElectionDecisionFacts(required, obtained, elected, overSubscribed: false);
        }

        /// <summary>The sentence that explains a round, citing the rule of its majority.</summary>
        public static string Explain(ElectionFacts e, ElectionDecisionFacts d)
        {
            string rule = CharterRules.Citation(e.Body, e.Question);
            RequiredMajority majority = CharterRules.RequiredOf(e.Body, e.Question);
            string counted = CharterRules.CountsMembers(majority)
                ? "a majority of the " + RuleMessages.Number(CharterFacts.SeatCount(e.Body, e.Day)) + " members of the " + RuleMessages.BodyName(e.Body) + ", however many vote"
                : "two-thirds of the " + RuleMessages.Number(e.PresentAndVoting ?? 0) + " present and voting";
            string head = (e.BallotPapers is int papers ? RuleMessages.Number(papers) + " ballot papers, " + RuleMessages.Number(e.Invalid) + " invalid, " + RuleMessages.Number(e.Abstentions) + " abstentions; " : string.Empty)
                + RuleMessages.Number(d.Required) + " required: " + counted + " (" + rule + "). ";
            string votes = VotesText(e, AllByVotes(e));
            if (d.OverSubscribed)
            {
                return head + Plural(d.Obtained.Count, "candidate") + " obtained the absolute majority for " + Plural(e.Places, "place")
                    + " (" + VotesText(e, d.Obtained) + "): the round elects no one and a new ballot is held on all candidates.";
            }

            if (d.Obtained.Count == 0)
            {
                return head + "No candidate obtained the required majority (" + votes + "): " + Remain(e.Places) + ".";
            }

            if (e.Question == QuestionKind.CourtElection)
            {
                return head + "With the absolute majority in the " + RuleMessages.BodyName(e.Body) + ": " + VotesText(e, d.Elected)
                    + "; a candidate is elected with the absolute majority in both the General Assembly and the Security Council (ICJ Statute Art. 10(1))"
                    + Others(e, d.Elected) + ".";
            }

            int remaining = e.Places - d.Elected.Count;
            return head + "Elected: " + (d.Elected.Count == 0 ? "no one" : VotesText(e, d.Elected))
                + (remaining > 0 ? "; " + Remain(remaining) : string.Empty) + Others(e, d.Elected) + ".";
        }

        private static List<int> AllByVotes(ElectionFacts e)
        {
            var all = new List<int>(e.Votes.Count);
            for (int i = 0; i < e.Votes.Count; i++)
            {
                all.Add(i);
            }

            all.Sort((a, b) => e.Votes[b] != e.Votes[a] ? e.Votes[b].CompareTo(e.Votes[a]) : a.CompareTo(b));
            return all;
        }

        private static string VotesText(ElectionFacts e, List<int> indices)
        {
            var parts = new List<string>(indices.Count);
            foreach (int i in indices)
            {
                parts.Add((e.Names[i] ?? "?").Trim() + " " + RuleMessages.Number(e.Votes[i]));
            }

            return parts.Count == 0 ? "no votes for any candidate" : string.Join(", ", parts);
        }

        /// <summary>"; other candidates: Denmark 114, Italy 114", or nothing when every candidate is among <paramref name="shown"/>.</summary>
        private static string Others(ElectionFacts e, List<int> shown)
        {
            var others = new List<int>();
            foreach (int i in AllByVotes(e))
            {
                if (!shown.Contains(i))
                {
                    others.Add(i);
                }
            }

            return others.Count == 0 ? string.Empty : " (other candidates: " + VotesText(e, others) + ")";
        }

        private static string Remain(int places) => Plural(places, "place") + (places == 1 ? " remains" : " remain") + " to be filled by a further ballot";

        private static string Plural(int n, string noun) => RuleMessages.Number(n) + " " + noun + (n == 1 ? string.Empty : "s");

        private static Violation Counts(string field, int value, string range) =>
            new Violation(RuleIds.CountsExceedMembership, ViolationKind.ElectionCountOutOfRange, Subject.Tally) { Text = field, A = value, Text2 = range };
    }
}
