// Shared between the runtime library and the analyzers: the one formatter of rule messages. The runtime puts these
// sentences in its exceptions and the analyzers in their diagnostics, word for word.
using System.Collections.Generic;
using System.Globalization;

namespace UNModel.Core
{
    /// <summary>The sentence of each violation, and the pieces the sentences share (names, dates, bodies).</summary>
    internal static class RuleMessages
    {
        private static readonly string[] MonthNames =
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        };

        /// <summary>The sentence for a violation (no final period; the rule id is not part of it).</summary>
        public static string Format(Violation v)
        {
            switch (v.Kind)
            {
                case ViolationKind.QuestionNotValid:
                    return "the " + BodyName(v.Body) + " does not decide '" + v.Question + "' questions: use " + CharterRules.ValidQuestions(v.Body) + " (" + (v.Body == BodyKind.SecurityCouncil ? "Charter Art. 27" : "Charter Art. 18") + ")";
                case ViolationKind.BodyNotInExistence:
                    return "the " + BodyName(v.Body) + " first met on " + Day(CharterFacts.FirstMeeting(v.Body)) + "; no vote of it can be dated " + Day(v.Day);
                case ViolationKind.UnknownState:
                    return NoMemberWithCode(CountryCodePacking.Unpack(v.State));
                case ViolationKind.ObserverVoting:
                    return CharterFacts.Data.Find(v.State)?.ObserverSentence ?? Describe(v.State) + " is a non-member observer State and has no vote (Charter Art. 18(1))";
                case ViolationKind.NotMemberOnDate:
                    return Describe(v.State) + " was not a Member of the United Nations on " + Day(v.Day) + " and had no vote (Charter Art. 18(1))";
                case ViolationKind.NotOnBody:
                    return Describe(v.State) + " was not a member of the " + BodyName(v.Body) + " on " + Day(v.Day) + " and had no vote there (" + MembershipCitation(v.Body) + ")";
                case ViolationKind.RightsSuspended:
                    return Describe(v.State) + "'s rights of membership in the Human Rights Council were suspended from " + Day((int)v.A) + " (A/RES/60/251, para. 8): it had no vote there"
                        + (v.A == v.Day ? string.Empty : " on " + Day(v.Day));
                case ViolationKind.DuplicateBallot:
                    return Describe(v.State) + " has two ballots in this vote; each member has one vote (Charter Arts. 18(1), 27(1))";
                case ViolationKind.VetoByNonPermanent:
                    return v.Body == BodyKind.SecurityCouncil
                        ? Describe(v.State) + " was not a permanent member of the Security Council on " + Day(v.Day) + " and cannot cast a veto (Charter Arts. 23(1), 27(3)); record its vote as No"
                        : "no veto exists in the " + BodyName(v.Body) + ": only the permanent members of the Security Council cast one (Charter Art. 27(3)); record " + Describe(v.State) + "'s vote as No";
                case ViolationKind.VetoOnProcedural:
                    return (v.Question == QuestionKind.CourtElection
                        ? "no veto exists in the election of the Court: an absolute majority of the Council decides it, without any distinction between permanent and non-permanent members (ICJ Statute Art. 10(2))"
                        : "no veto exists on a procedural question: " + Number(CharterFacts.CouncilAffirmativeVotes(v.Day)) + " affirmative votes of any members decide it (Charter Art. 27(2))")
                        + "; record " + Describe(v.State) + "'s vote as No";
                case ViolationKind.PartyToDisputeVoting:
                    return Describe(v.State) + " is a party to the dispute and shall abstain from voting on a decision under Chapter VI or Article 52(3) (Charter Art. 27(3)); it voted " + v.Choice;
                case ViolationKind.MemberInArrears:
                    return Describe(v.State) + " is in arrears under Charter Art. 19 without an exemption and has no vote in the General Assembly";
                case ViolationKind.PresentExceedsSeats:
                    return Number(v.A) + " members voted but the " + BodyName(v.Body) + " had " + Number(v.B) + " seats on " + Day(v.Day);
                case ViolationKind.TallyExceedsSeats:
                    return "the tally " + v.Text + " adds up to " + Number(v.A) + " but the " + BodyName(v.Body) + " had " + Number(v.B) + " seats on " + Day(v.Day);
                case ViolationKind.PermanentNoOutsideCouncil:
                    return "only the Security Council has permanent members; a " + BodyName(v.Body) + " tally cannot name permanent members voting no (" + v.Text + ")";
                case ViolationKind.TallyNeedsNo:
                    return "a " + BodyName(v.Body) + " tally needs the number of votes against to be decided (a majority of those present and voting, Charter Art. 18)";
                case ViolationKind.PermanentNoNotPermanent:
                    return Describe(v.State) + " was not a permanent member of the Security Council on " + Day(v.Day) + "; it cannot be listed among the permanent members voting no";
                case ViolationKind.PermanentNoListedTwice:
                    return Describe(v.State) + " is listed twice among the permanent members voting no";
                case ViolationKind.PermanentNoExceedsNo:
                    return Number(v.A) + " permanent members voted no but the tally has only " + Number(v.B) + (v.B == 1 ? " vote" : " votes") + " against";
                case ViolationKind.TallyNeedsPermanentNo:
                    return "the draft had " + Number(v.A) + " affirmative votes, so whether it was vetoed depends on which permanent members voted no: give them as permanentNo (an empty list when none did)";
                case ViolationKind.AssemblyDeclaredBindingOnMembers:
                    return "a General Assembly resolution recommends (Charter Arts. 10-14): " + Proposal(v.Text) + " cannot be declared binding on Members; only the budget (Art. 17), admission, suspension, expulsion and elections bind, and those inside the Organization";
                case ViolationKind.AssemblyDeclaredBindingWithoutBasis:
                    return Proposal(v.Text) + " is declared binding within the Organization but states no basis that makes it so (Art. 17 budget, admission, suspension, expulsion, elections, procedure)";
                case ViolationKind.DeclaredVetoByNonPermanent:
                    return Describe(v.State) + " was not a permanent member of the Security Council on " + Day(v.Day) + "; the record cannot say it vetoed " + Proposal(v.Text);
                case ViolationKind.DeclaredVetoOnProcedural:
                    return v.Question == QuestionKind.CourtElection
                        ? "the record says " + Describe(v.State) + " vetoed in the election of the Court, where no veto exists (ICJ Statute Art. 10(2))"
                        : "the record says " + Describe(v.State) + " vetoed a procedural question, where no veto exists (Charter Art. 27(2))";
                case ViolationKind.DeclaredOutcomeContradicts:
                    return (!v.Known
                        ? "the record declares " + v.Text + " but the counts give " + VoteRules.OutcomeText(v.Outcome, v.Vetoers ?? new List<int>())
                        : v.Vetoers is { Count: > 0 } vetoers
                            ? "the record declares " + v.Text + " but the counts give a veto by " + VoteRules.Codes(vetoers)
                            : "the record declares " + v.Text + " but no permanent member's vote vetoed it")
                        + ": " + (v.Text2 ?? string.Empty).TrimEnd('.');
                case ViolationKind.VetoBallotByNeverPermanent:
                    return Describe(v.State) + " is not a permanent member of the Security Council and cannot cast a veto (Charter Arts. 23(1), 27(3)); record its vote as No";
                case ViolationKind.DeclaredVetoByNeverPermanent:
                    return Describe(v.State) + " has never been a permanent member of the Security Council and cannot cast a veto (Charter Arts. 23(1), 27(3)); a record cannot say it vetoed a draft";
                case ViolationKind.CountOutOfRange:
                    return "the '" + v.Text + "' count " + Number(v.A) + " is impossible: counts are between 0 and the body's membership";
                case ViolationKind.NotAnElection:
                    return "the " + BodyName(v.Body) + " does not elect under '" + v.Question + "': "
                        + (v.Body == BodyKind.SecurityCouncil ? "it takes part in elections to the Court only (CourtElection; ICJ Statute Art. 8)" : v.Body == BodyKind.GeneralAssembly ? "use SecurityCouncilElection, HumanRightsCouncilElection or CourtElection" : "UNModel decides elections of the General Assembly and the Security Council only");
                case ViolationKind.ElectionCountOutOfRange:
                    return "'" + v.Text + "' is " + Number(v.A) + " but must be " + v.Text2;
                case ViolationKind.CandidateUnnamed:
                    return "candidate " + Number(v.Index + 1) + " has no name";
                case ViolationKind.CandidateListedTwice:
                    return "'" + v.Text + "' is listed twice among the candidates";
                case ViolationKind.CandidateVotesExceed:
                    return "'" + v.Text + "' has " + Number(v.A) + " votes but " + (v.Known ? "only " + Number(v.B) + " ballot papers were valid" : "the body has only " + Number(v.B) + " members");
                case ViolationKind.CandidateVotesExceedBallots:
                    return "the candidates have " + Number(v.A) + " votes in all but " + Number(v.B) + (v.Known ? " valid ballot papers" : " members") + " name at most " + v.Text + " candidates each";
                case ViolationKind.ElectionNeedsBallotCounts:
                    return "a '" + v.Question + "' round needs its ballot papers, invalid ballots and abstentions: its majority is two-thirds of those present and voting (Charter Art. 18(2))";
                case ViolationKind.MeetingVoteElsewhere:
                    return "the vote on " + Proposal(v.Text) + " is of the " + BodyName(v.Body) + " on " + Day(v.Day) + ", not of this meeting";
                case ViolationKind.CandidateObserver:
                    return Describe(v.State) + " is " + (CharterFacts.Data.Find(v.State)?.ObserverStatus ?? "a non-member observer State")
                        + " and cannot be elected: the Security Council's non-permanent members and the Human Rights Council's members are Members of the United Nations (Charter Art. 23(1); A/RES/60/251, para. 8)";
                case ViolationKind.CandidateNotMember:
                    return Describe(v.State) + " was not a Member of the United Nations on " + Day(v.Day) + " and could not be elected "
                        + (v.Question == QuestionKind.SecurityCouncilElection ? "to the Security Council (Charter Art. 23(1))" : "to the Human Rights Council (A/RES/60/251, para. 8)");
                case ViolationKind.CandidateKindNotElected:
                    return v.Question == QuestionKind.CourtElection
                        ? "'" + v.Text + "' is a State: the judges of the Court are persons (ICJ Statute Art. 2); name the candidate with ElectionCandidate.Person"
                        : "'" + v.Text + "' is a person: a '" + v.Question + "' elects States; name the candidate with ElectionCandidate.Of(state, votes)";
                case ViolationKind.QuestionBeforeBody:
                    return v.Question == QuestionKind.HumanRightsCouncilSuspension
                        ? "the Human Rights Council first met on " + Day(CharterFacts.QuestionPossibleFrom(v.Question)) + " (A/RES/60/251); no member's rights in it could be suspended on " + Day(v.Day)
                        : "the Human Rights Council was created on " + Day(CharterFacts.QuestionPossibleFrom(v.Question)) + " (A/RES/60/251) and first elected on 9 May 2006; no election to it can be dated " + Day(v.Day);
                case ViolationKind.VoteWithoutProposal:
                    return "a vote needs what was put to it: call On(proposal) before Build()";
                case ViolationKind.AmendmentAfterDraft:
                    return "the amendment to " + v.Text2 + " is put to the vote after " + v.Text2 + " itself; amendments are voted on first (GA rule 90, SC provisional rule 36)";
                default:
                    return v.Kind.ToString();
            }
        }

        /// <summary>What a runtime exception names as its subject (a code, a field), as the JSON reader locates it.</summary>
        public static string? SubjectOf(Violation v)
        {
            switch (v.Kind)
            {
                case ViolationKind.QuestionNotValid:
                    return v.Question.ToString();
                case ViolationKind.BodyNotInExistence:
                case ViolationKind.QuestionBeforeBody:
                    return IsoDay(v.Day);
                case ViolationKind.PresentExceedsSeats:
                    return null;
                case ViolationKind.TallyExceedsSeats:
                case ViolationKind.TallyNeedsNo:
                    return v.Kind == ViolationKind.TallyNeedsNo ? "no" : "tally";
                case ViolationKind.PermanentNoExceedsNo:
                    return "no";
                case ViolationKind.TallyNeedsPermanentNo:
                    return "permanentNo";
                case ViolationKind.PermanentNoOutsideCouncil:
                    return v.Text?.Split(',')[0];
                case ViolationKind.AssemblyDeclaredBindingOnMembers:
                case ViolationKind.AssemblyDeclaredBindingWithoutBasis:
                case ViolationKind.MeetingVoteElsewhere:
                case ViolationKind.AmendmentAfterDraft:
                    return v.Text;
                case ViolationKind.DeclaredOutcomeContradicts:
                    return v.Text;
                case ViolationKind.CandidateKindNotElected:
                case ViolationKind.CountOutOfRange:
                case ViolationKind.ElectionCountOutOfRange:
                case ViolationKind.CandidateListedTwice:
                case ViolationKind.CandidateVotesExceed:
                    return v.Text;
                case ViolationKind.NotAnElection:
                    return v.Question.ToString();
                case ViolationKind.CandidateUnnamed:
                    return "candidates";
                case ViolationKind.CandidateVotesExceedBallots:
                    return "candidates";
                case ViolationKind.ElectionNeedsBallotCounts:
                    return "ballotPapers";
                case ViolationKind.VoteWithoutProposal:
                    return "proposal";
                default:
                    return v.State == 0 ? null : CountryCodePacking.Unpack(v.State);
            }
        }

        /// <summary>The factory to use instead of <c>default</c> or <c>new</c>, by type name (UNM0009, at run time and compile time).</summary>
        public static string FactoryOf(string typeName)
        {
            switch (typeName)
            {
                case "CountryCode": return "CountryCode.From(\"USA\") or a catalogue member's Code";
                case "SessionNumber": return "SessionNumber.From(\"ES-11\"), SessionNumber.Regular(79), SessionNumber.Special(27) or SessionNumber.EmergencySpecial(11)";
                case "DocumentSymbol": return "DocumentSymbol.From(\"S/2025/112\")";
                case "Tally": return "Tally.From(yes, no, abstain) or Tally.Partial(yes)";
                case "Ballot": return "Ballot.Yes(state), Ballot.No(state), Ballot.Abstain(state), Ballot.Absent(state) or Ballot.Veto(state)";
                case "Decision": return "Charter.Decide(vote)";
                default: return typeName + ".From(...)";
            }
        }

        /// <summary>UNM0009 at run time: "this CountryCode was never initialized (default or new); create it with …".</summary>
        public static string Uninitialized(string typeName) =>
            "this " + typeName + " was never initialized (default or new); create it with " + FactoryOf(typeName);

        /// <summary>UNM0017 for a code that CountryCode accepts but no Member has.</summary>
        public static string NoMemberWithCode(string code) => "'" + code + "' is the code of no Member of the United Nations, present or former";

        /// <summary>
        /// UNM0010, at run time and compile time alike: "'s/res/2774(2025)' is not a United Nations document symbol; did
        /// you mean 'S/RES/2774 (2025)'?" when the text has a canonical form; else what is wrong when its shape tells
        /// (<see cref="DocumentSymbolGrammar.Hint"/>: "'s/res/2334' is not a United Nations document symbol: write the
        /// series in capitals (S/RES/), and a Security Council resolution symbol ends with its year of adoption in
        /// parentheses: S/RES/2334 (yyyy)"); else examples.
        /// </summary>
        public static string MalformedSymbol(string text, string? canonical)
        {
            string shown = text.Length <= 80 ? text : text.Substring(0, 79) + "…";
            string start = "'" + shown + "' is not a United Nations document symbol";
            if (canonical is not null)
            {
                return start + "; did you mean '" + canonical + "'?";
            }

            string? hint = DocumentSymbolGrammar.Hint(text);
            return hint is null ? start + " (expected e.g. A/RES/ES-11/7, A/ES-11/L.10, S/RES/2774 (2025), S/2025/112)" : start + ": " + hint;
        }

        /// <summary>"Slovenia (SVN)", or the code when the catalogue has no state of that code.</summary>
        public static string Describe(int state) => CharterFacts.Data.Find(state) is { } record ? record.Name + " (" + record.Alpha3 + ")" : CountryCodePacking.Unpack(state);

        /// <summary>The state's name as the United Nations writes it in running text ("the Russian Federation"), or its code.</summary>
        public static string NameOf(int state) => CharterFacts.Data.Find(state)?.NameInText ?? CountryCodePacking.Unpack(state);

        /// <summary>The body's name: "Security Council".</summary>
        public static string BodyName(BodyKind body)
        {
            switch (body)
            {
                case BodyKind.GeneralAssembly: return "General Assembly";
                case BodyKind.SecurityCouncil: return "Security Council";
                case BodyKind.EconomicAndSocialCouncil: return "Economic and Social Council";
                case BodyKind.HumanRightsCouncil: return "Human Rights Council";
                default: return "body";
            }
        }

        /// <summary>"24 February 2025".</summary>
        public static string Day(int day) =>
            Number(day % 100) + " " + MonthNames[(day / 100 % 100) - 1] + " " + Number(day / 10000);

        /// <summary>"2025-02-24".</summary>
        public static string IsoDay(int day) =>
            (day / 10000).ToString("0000", CultureInfo.InvariantCulture) + "-" + (day / 100 % 100).ToString("00", CultureInfo.InvariantCulture) + "-" + (day % 100).ToString("00", CultureInfo.InvariantCulture);

        /// <summary>A whole number, culture-invariant.</summary>
        public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Proposal(string? text) => text ?? "the proposal";

        /// <summary>Where the membership of each body is set.</summary>
        private static string MembershipCitation(BodyKind body)
        {
            switch (body)
            {
                case BodyKind.SecurityCouncil: return "Charter Arts. 23, 27(1)";
                case BodyKind.EconomicAndSocialCouncil: return "Charter Arts. 61, 67(1)";
                case BodyKind.HumanRightsCouncil: return "A/RES/60/251, para. 7";
                default: return "Charter Arts. 9, 18(1)";
            }
        }
    }
}
