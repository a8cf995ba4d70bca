// Shared between the runtime library and the analyzers: the one validation of a vote. The runtime calls it with every
// fact known and throws the first violation; the analyzers call it with what is knowable and report every violation.
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace UNModel.Core
{
    /// <summary>
    /// The checks the Charter and the rules of procedure make of a vote, in the order the runtime makes them: the frame
    /// (UNM0012, UNM0015), then each ballot (UNM0017, UNM0008, UNM0002, UNM0003, UNM0001, UNM0007, UNM0013, UNM0014) and
    /// the count of ballots (UNM0004), or the tally (UNM0004, UNM0007, UNM0016, UNM0001, UNM0003), then the declarations
    /// (UNM0006, UNM0001, UNM0007, UNM0005). A check whose facts are unknown is skipped. For each ballot only its first
    /// violation is reported, as the runtime would stop there; the outcome check (UNM0005) runs only when everything before
    /// it is known to pass.
    /// </summary>
    internal static class VoteRules
    {
        /// <summary>The largest count a tally accepts.</summary>
        public const int MaxCount = 1000;

        /// <summary><c>Ballot.Veto(state)</c>: only a state that held a permanent seat can cast a veto at all (UNM0001).</summary>
        [MethodImpl(JitOnce.Options)]
        public static Violation? CheckVetoBallot(int state) =>
            CharterFacts.WasEverPermanentMember(state) ? null : new Violation(RuleIds.VetoByNonPermanentMember, ViolationKind.VetoBallotByNeverPermanent, Subject.Call) { State = state };

        /// <summary>
        /// Every ballot factory: the voter is a state that votes somewhere, a Member present or former (UNM0017 for a code of no
        /// state of the catalogue, UNM0008 for an observer State, which never votes, Charter Art. 18(1)).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public static Violation? CheckVoter(int state)
        {
            StateRecord? record = CharterFacts.Data.Find(state);
            return record is null ? new Violation(RuleIds.UnknownCountryCode, ViolationKind.UnknownState, Subject.Call) { State = state }
                : record.IsObserver ? new Violation(RuleIds.ObserverVoting, ViolationKind.ObserverVoting, Subject.Call) { State = state }
                : null;
        }

        /// <summary><c>DeclaredOutcome.Vetoed(...)</c>: only a state that held a permanent seat can have vetoed (UNM0001); a code of no state is UNM0017.</summary>
        [MethodImpl(JitOnce.Options)]
        public static Violation? CheckDeclaredVeto(int state) =>
            CharterFacts.Data.Find(state) is null ? new Violation(RuleIds.UnknownCountryCode, ViolationKind.UnknownState, Subject.Call) { State = state }
            : CharterFacts.WasEverPermanentMember(state) ? null
            : new Violation(RuleIds.VetoByNonPermanentMember, ViolationKind.DeclaredVetoByNeverPermanent, Subject.Call) { State = state };

        /// <summary><c>VoteBuilder.Build()</c>: a vote says what was put to it (UNM0016), as a vote record must.</summary>
        [MethodImpl(JitOnce.Options)]
        public static Violation? CheckProposalGiven(bool given) =>
            given ? null : new Violation(RuleIds.MalformedRecord, ViolationKind.VoteWithoutProposal, Subject.Call);

        /// <summary><c>Tally.From</c>: a count between 0 and <see cref="MaxCount"/> (UNM0004).</summary>
        [MethodImpl(JitOnce.Options)]
        public static Violation? CheckCount(string field, long count) =>
            count >= 0 && count <= MaxCount ? null : new Violation(RuleIds.CountsExceedMembership, ViolationKind.CountOutOfRange, Subject.Call) { Text = field, A = count };

        /// <summary>Checks a vote; the violations go to <paramref name="found"/>, which may stop the checks at the first.</summary>
        [MethodImpl(JitOnce.Options)]
        public static void Check(VoteFacts vote, ViolationList found)
        {
            if (!CheckFrame(vote, found))
            {
                return;
            }

            bool certain = vote.IsTally ? CheckTally(vote, found) : CheckBallots(vote, found);
            if (found.StopAtFirst && found.Count > 0)
            {
                return;
            }

            CheckDeclarations(vote, found, certain && found.Count == 0);
        }

        /// <summary>The votes of a meeting: of its body and date (UNM0016), and no amendment after its draft (UNM0011).</summary>
        [MethodImpl(JitOnce.Options)]
        public static void CheckMeeting(BodyKind? body, int? day, List<MeetingVoteFacts> votes, ViolationList found)
        {
            var drafted = new HashSet<string>();
            for (int i = 0; i < votes.Count; i++)
            {
                MeetingVoteFacts vote = votes[i];
                if (body is BodyKind b && day is int d && vote.Body is BodyKind vb && vote.Day is int vd && (vb != b || vd != d)
                    && found.Report(new Violation(RuleIds.MalformedRecord, ViolationKind.MeetingVoteElsewhere, Subject.MeetingVote, i) { Text = vote.Proposal?.Text, Body = vb, Day = vd }))
                {
                    return;
                }

                ProposalFacts? p = vote.Proposal;
                if (p?.Kind == ProposalKind.Amendment && p.Amends is string target && drafted.Contains(target)
                    && found.Report(new Violation(RuleIds.AmendmentVotedAfterProposal, ViolationKind.AmendmentAfterDraft, Subject.MeetingVote, i) { Text = p.Text, Text2 = target }))
                {
                    return;
                }

                if (p?.Kind == ProposalKind.Draft && p.Symbol is string symbol)
                {
                    drafted.Add(symbol);
                }
            }
        }

        /// <summary>UNM0012 and UNM0015; false when the vote cannot be checked further (the runtime stops there).</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool CheckFrame(VoteFacts vote, ViolationList found)
        {
            if (vote.Body is BodyKind body && vote.Question is QuestionKind question && !CharterRules.IsValidQuestion(body, question))
            {
                found.Report(new Violation(RuleIds.QuestionKindNotValidForBody, ViolationKind.QuestionNotValid, Subject.Question) { Body = body, Question = question });
                return false;
            }

            if (vote.Body is BodyKind b && vote.Day is int day && day < CharterFacts.FirstMeeting(b))
            {
                found.Report(new Violation(RuleIds.BodyNotInExistence, ViolationKind.BodyNotInExistence, Subject.Date) { Body = b, Day = day });
                return false;
            }

            if (vote.Question is QuestionKind asked && vote.Day is int when && when < CharterFacts.QuestionPossibleFrom(asked))
            {
                found.Report(new Violation(RuleIds.BodyNotInExistence, ViolationKind.QuestionBeforeBody, Subject.Date) { Question = asked, Day = when });
                return false;
            }

            return true;
        }

        /// <summary>Up to this many ballots, duplicates are found by comparing each ballot with those before it.</summary>
        private const int SmallRollCall = 48;

        /// <summary>
        /// Whether a ballot before <paramref name="index"/> was cast by <paramref name="state"/>. The checks before the
        /// duplicate check depend only on the state, so an earlier ballot of the same state reached it too.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private static bool CastBefore(List<BallotFacts> ballots, int index, int state)
        {
            for (int j = 0; j < index; j++)
            {
                if (ballots[j].State == state)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The ballots of a roll call; true when every ballot is known and passes.</summary>
        [MethodImpl(JitOnce.Options)]
        private static bool CheckBallots(VoteFacts vote, ViolationList found)
        {
            bool certain = vote.BallotsComplete && vote.Body is not null && vote.Day is not null && vote.Question is not null;
            bool presentKnown = vote.BallotsComplete;
            // Duplicates: a few ballots are compared with those before them; a roll call of a whole Assembly uses a set.
            HashSet<int>? seen = vote.Ballots.Count > SmallRollCall ? new HashSet<int>() : null;
            int present = 0;
            for (int i = 0; i < vote.Ballots.Count; i++)
            {
                BallotFacts ballot = vote.Ballots[i];
                if (ballot.Choice is BallotChoice counted && counted != BallotChoice.Absent)
                {
                    present++;
                }
                else if (ballot.Choice is null)
                {
                    presentKnown = false;
                    certain = false;
                }

                if (ballot.State == 0)
                {
                    certain = false;
                    continue;
                }

                Violation? violation = CheckBallot(vote, ballot, i, seen, ref certain);
                if (violation is not null)
                {
                    certain = false;
                    if (found.Report(violation))
                    {
                        return false;
                    }
                }
            }

            if (presentKnown && vote.Body is BodyKind body && vote.Day is int day && CharterFacts.SeatCountKnown(body, day) && present > CharterFacts.SeatCount(body, day))
            {
                found.Report(new Violation(RuleIds.CountsExceedMembership, ViolationKind.PresentExceedsSeats, Subject.Ballots) { A = present, B = CharterFacts.SeatCount(body, day), Body = body, Day = day });
                return false;
            }

            return certain;
        }

        /// <summary>The first violation of one ballot, in the runtime's order; <paramref name="certain"/> turns false where a check cannot be made.</summary>
        [MethodImpl(JitOnce.Options)]
        private static Violation? CheckBallot(VoteFacts vote, BallotFacts ballot, int index, HashSet<int>? seen, ref bool certain)
        {
            int state = ballot.State;
            StateRecord? record = CharterFacts.Data.Find(state);
            if (record is null)
            {
                return new Violation(RuleIds.UnknownCountryCode, ViolationKind.UnknownState, Subject.Ballot, index) { State = state };
            }

            if (record.IsObserver)
            {
                return new Violation(RuleIds.ObserverVoting, ViolationKind.ObserverVoting, Subject.Ballot, index) { State = state };
            }

            if (vote.Day is int day && !record.HoldsSeatOn(day))
            {
                return new Violation(RuleIds.ObserverVoting, ViolationKind.NotMemberOnDate, Subject.Ballot, index) { State = state, Day = day };
            }

            if (vote.Body == BodyKind.HumanRightsCouncil && vote.Day is int hd && CharterFacts.HumanRightsSuspendedSince(state, hd) is int since && since != 0)
            {
                return new Violation(RuleIds.NotAMemberOfBody, ViolationKind.RightsSuspended, Subject.Ballot, index) { State = state, Body = BodyKind.HumanRightsCouncil, Day = hd, A = since };
            }

            if (vote.Body is BodyKind body && vote.Day is int d && !CharterFacts.MaySit(body, state, d))
            {
                return new Violation(RuleIds.NotAMemberOfBody, ViolationKind.NotOnBody, Subject.Ballot, index) { State = state, Body = body, Day = d };
            }

            if (seen is null ? CastBefore(vote.Ballots, index, state) : !seen.Add(state))
            {
                return new Violation(RuleIds.DuplicateBallot, ViolationKind.DuplicateBallot, Subject.Ballot, index) { State = state };
            }

            if (ballot.IsVeto)
            {
                if (vote.Body is BodyKind vb && vote.Day is int vd)
                {
                    if (vb != BodyKind.SecurityCouncil || !CharterFacts.IsPermanentMember(state, vd))
                    {
                        return new Violation(RuleIds.VetoByNonPermanentMember, ViolationKind.VetoByNonPermanent, Subject.Ballot, index) { State = state, Body = vb, Day = vd };
                    }

                    if (vote.Question is QuestionKind question && !CharterRules.HasVeto(vb, question))
                    {
                        return new Violation(RuleIds.VetoOnProceduralVote, ViolationKind.VetoOnProcedural, Subject.Ballot, index) { State = state, Day = vd, Question = question };
                    }
                }
            }

            if (ballot.Choice is BallotChoice.Yes or BallotChoice.No)
            {
                // A party to a dispute abstains on decisions under Chapter VI and Art. 52(3) (Art. 27(3)).
                ProposalFacts? p = vote.Proposal;
                if (p?.Basis is not CharterBasis basis)
                {
                    certain = false;
                }
                else if ((basis & (CharterBasis.ChapterVI | CharterBasis.Article52)) != 0)
                {
                    if (p.PartiesToDispute is not List<int> parties)
                    {
                        certain = false;
                    }
                    else if (parties.Contains(state))
                    {
                        return new Violation(RuleIds.PartyToDisputeVoting, ViolationKind.PartyToDisputeVoting, Subject.Ballot, index) { State = state, Choice = ballot.Choice.Value };
                    }
                }
            }

            if (ballot.Choice is BallotChoice choice && choice != BallotChoice.Absent && vote.Body == BodyKind.GeneralAssembly)
            {
                if (vote.InArrears.Contains(state))
                {
                    return new Violation(RuleIds.MemberInArrearsVoting, ViolationKind.MemberInArrears, Subject.Ballot, index) { State = state, Day = vote.Day ?? 0 };
                }

                certain &= vote.InArrearsComplete;
            }

            return null;
        }

        /// <summary>The tally of a vote; true when it is known and passes.</summary>
        [MethodImpl(JitOnce.Options)]
        private static bool CheckTally(VoteFacts vote, ViolationList found)
        {
            TallyFacts? tally = vote.Tally;
            bool certain = tally is not null && vote.Body is not null && vote.Day is not null && vote.Question is not null;
            if (tally is not null && vote.Body is BodyKind body && vote.Day is int day)
            {
                long sum = (long)tally.Yes + (tally.No ?? 0) + (tally.Abstain ?? 0);
                int seats = CharterFacts.SeatCount(body, day);
                bool known = CharterFacts.SeatCountKnown(body, day);
                if (known && sum > seats && found.Report(new Violation(RuleIds.CountsExceedMembership, ViolationKind.TallyExceedsSeats, Subject.Tally) { Text = TallyText(tally), A = sum, B = seats, Body = body, Day = day }))
                {
                    return false;
                }

                certain &= sum <= seats || !known;
            }

            if (vote.Body is BodyKind other && other != BodyKind.SecurityCouncil)
            {
                if (vote.PermanentNoPresence == Presence.Known && vote.PermanentNo.Count > 0)
                {
                    found.Report(new Violation(RuleIds.VetoOnProceduralVote, ViolationKind.PermanentNoOutsideCouncil, Subject.PermanentNoList) { Body = other, Text = Codes(vote.PermanentNo) });
                    return false;
                }

                if (tally is not null && tally.No is null && !(vote.Question is QuestionKind counted && CharterRules.CountsMembers(CharterRules.RequiredOf(other, counted))))
                {
                    found.Report(new Violation(RuleIds.MalformedRecord, ViolationKind.TallyNeedsNo, Subject.Tally) { Body = other });
                    return false;
                }

                return certain && vote.PermanentNoPresence != Presence.Unknown;
            }

            if (vote.Body != BodyKind.SecurityCouncil)
            {
                return false;
            }

            switch (vote.PermanentNoPresence)
            {
                case Presence.Known:
                    var seen = new HashSet<int>();
                    for (int i = 0; i < vote.PermanentNo.Count; i++)
                    {
                        int state = vote.PermanentNo[i];
                        if (state == 0 || vote.Day is not int sitting)
                        {
                            certain = false;
                            continue;
                        }

                        Violation? violation = !CharterFacts.IsPermanentMember(state, sitting)
                            ? new Violation(RuleIds.VetoByNonPermanentMember, ViolationKind.PermanentNoNotPermanent, Subject.PermanentNo, i) { State = state, Day = sitting }
                            : !seen.Add(state) ? new Violation(RuleIds.DuplicateBallot, ViolationKind.PermanentNoListedTwice, Subject.PermanentNo, i) { State = state } : null;
                        if (violation is not null)
                        {
                            certain = false;
                            if (found.Report(violation))
                            {
                                return false;
                            }
                        }
                    }

                    if (vote.PermanentNoComplete && tally?.No is int no && vote.PermanentNo.Count > no)
                    {
                        found.Report(new Violation(RuleIds.CountsExceedMembership, ViolationKind.PermanentNoExceedsNo, Subject.PermanentNoList) { A = vote.PermanentNo.Count, B = no });
                        return false;
                    }

                    return certain && vote.PermanentNoComplete;
                case Presence.Absent:
                    if (vote.Question is QuestionKind asked && CharterRules.HasVeto(BodyKind.SecurityCouncil, asked) && tally is not null && vote.Day is int d && tally.Yes >= CharterFacts.CouncilAffirmativeVotes(d))
                    {
                        found.Report(new Violation(RuleIds.MalformedRecord, ViolationKind.TallyNeedsPermanentNo, Subject.Tally) { A = tally.Yes });
                        return false;
                    }

                    return certain;
                default:
                    return false;
            }
        }

        /// <summary>The declared effect and the declared outcome; the outcome only when <paramref name="certain"/>.</summary>
        [MethodImpl(JitOnce.Options)]
        private static void CheckDeclarations(VoteFacts vote, ViolationList found, bool certain)
        {
            ProposalFacts? p = vote.Proposal;
            if (p is not null && p.DeclaredEffectPresence == Presence.Known && vote.Body == BodyKind.GeneralAssembly)
            {
                if (p.DeclaredEffect == LegalEffectKind.BindingOnMembers)
                {
                    if (found.Report(new Violation(RuleIds.GeneralAssemblyResolutionDeclaredBinding, ViolationKind.AssemblyDeclaredBindingOnMembers, Subject.DeclaredEffect) { Text = p.Text }))
                    {
                        return;
                    }
                }
                else if (p.DeclaredEffect == LegalEffectKind.BindingWithinOrganization && vote.Question is QuestionKind question && p.Kind is ProposalKind kind && p.Basis is CharterBasis basis && p.Language is OperativeLanguage language
                    && CharterRules.KindOf(CharterRules.EffectIfAdopted(BodyKind.GeneralAssembly, question, kind, basis, language)) != LegalEffectKind.BindingWithinOrganization
                    && found.Report(new Violation(RuleIds.GeneralAssemblyResolutionDeclaredBinding, ViolationKind.AssemblyDeclaredBindingWithoutBasis, Subject.DeclaredEffect) { Text = p.Text }))
                {
                    return;
                }
            }

            if (vote.DeclaredPresence != Presence.Known || vote.Declared is not DeclaredFacts declared)
            {
                return;
            }

            for (int i = 0; i < declared.VetoedBy.Count; i++)
            {
                int state = declared.VetoedBy[i];
                if (state == 0 || vote.Body is not BodyKind body || vote.Day is not int day)
                {
                    continue;
                }

                Violation? violation = body != BodyKind.SecurityCouncil || !CharterFacts.IsPermanentMember(state, day)
                    ? new Violation(RuleIds.VetoByNonPermanentMember, ViolationKind.DeclaredVetoByNonPermanent, Subject.DeclaredVeto, i) { State = state, Day = day, Text = p?.Text }
                    : vote.Question is QuestionKind question && !CharterRules.HasVeto(body, question) ? new Violation(RuleIds.VetoOnProceduralVote, ViolationKind.DeclaredVetoOnProcedural, Subject.DeclaredVeto, i) { State = state, Question = question } : null;
                if (violation is not null)
                {
                    certain = false;
                    if (found.Report(violation))
                    {
                        return;
                    }
                }
            }

            if (!certain || !TryDecide(vote, out DecisionFacts decision))
            {
                return;
            }

            bool vetoClaimMatches = declared.VetoedBy.Count == 0 || (declared.VetoedByComplete && SameSet(declared.VetoedBy, decision.VetoedBy));
            VoteOutcome computed = CharterRules.OutcomeOf(decision.Reason);
            if (computed != declared.Outcome || (!vetoClaimMatches && declared.VetoedByComplete))
            {
                found.Report(new Violation(RuleIds.DeclaredOutcomeContradictsCounts, ViolationKind.DeclaredOutcomeContradicts, Subject.Declared)
                {
                    Text = DeclaredText(declared),
                    Text2 = DecisionText.Explain(p?.Text, decision),
                    Outcome = computed,
                    Known = computed == declared.Outcome, // only the vetoers differ
                    Vetoers = decision.VetoedBy,
                });
            }
        }

        /// <summary>Decides a vote whose every count is known (the checks before passed).</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool TryDecide(VoteFacts vote, out DecisionFacts decision)
        {
            decision = null!;
            if (vote.Body is not BodyKind body || vote.Day is not int day || vote.Question is not QuestionKind question)
            {
                return false;
            }

            int yes;
            int? no, abstain;
            var permanentNo = new List<int>();
            if (vote.IsTally)
            {
                if (vote.Tally is not TallyFacts tally)
                {
                    return false;
                }

                yes = tally.Yes;
                no = tally.No;
                abstain = tally.Abstain;
                if (body == BodyKind.SecurityCouncil && vote.PermanentNoPresence == Presence.Known)
                {
                    permanentNo.AddRange(vote.PermanentNo);
                }
            }
            else
            {
                int y = 0, n = 0, a = 0;
                foreach (BallotFacts ballot in vote.Ballots)
                {
                    switch (ballot.Choice)
                    {
                        case BallotChoice.Yes:
                            y++;
                            break;
                        case BallotChoice.No:
                            n++;
                            if (body == BodyKind.SecurityCouncil && CharterFacts.IsPermanentMember(ballot.State, day))
                            {
                                permanentNo.Add(ballot.State);
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

            DecisionReason reason = CharterRules.Decide(body, question, yes, no ?? 0, permanentNo.Count, day, out int required);
            int permanentNoCount = permanentNo.Count;
            decision = new DecisionFacts(body, question, reason, yes, no, abstain, required, reason == DecisionReason.Vetoed ? permanentNo : new List<int>(), CharterFacts.SeatCount(body, day))
            {
                Day = day,
                VotersUnchecked = !vote.IsTally && !CharterFacts.KnowsMembers(body, day),
                PermanentNo = !vote.IsTally || vote.PermanentNoPresence == Presence.Known ? permanentNoCount : null,
            };
            return true;
        }

        /// <summary>E.g. "Rejected (vetoed by RUS, CHN)", as <c>DeclaredOutcome.ToString()</c> writes it.</summary>
        [MethodImpl(JitOnce.Options)]
        public static string DeclaredText(DeclaredFacts declared) => OutcomeText(declared.Outcome, declared.VetoedBy);

        /// <summary>E.g. "Rejected (vetoed by RUS, CHN)"; "Adopted".</summary>
        [MethodImpl(JitOnce.Options)]
        public static string OutcomeText(VoteOutcome outcome, List<int> vetoedBy) =>
            outcome + (vetoedBy.Count == 0 ? string.Empty : " (vetoed by " + Codes(vetoedBy) + ")");

        /// <summary>E.g. "9-?-?", as <c>Tally.ToString()</c> writes it.</summary>
        [MethodImpl(JitOnce.Options)]
        public static string TallyText(TallyFacts tally) => RuleMessages.Number(tally.Yes) + "-" + (tally.No is int n ? RuleMessages.Number(n) : "?") + "-" + (tally.Abstain is int a ? RuleMessages.Number(a) : "?");

        /// <summary>"RUS, CHN": the codes, "?" for an unknown one.</summary>
        [MethodImpl(JitOnce.Options)]
        public static string Codes(List<int> states)
        {
            var codes = new List<string>(states.Count);
            foreach (int state in states)
            {
                codes.Add(state == 0 ? "?" : CountryCodePacking.Unpack(state));
            }

            return string.Join(", ", codes);
        }

        [MethodImpl(JitOnce.Options)]
        private static bool SameSet(List<int> a, List<int> b)
        {
            var set = new HashSet<int>(a);
            return set.SetEquals(b);
        }
    }
}
