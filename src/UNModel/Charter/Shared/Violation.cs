// Shared between the runtime library and the analyzers: one broken rule, as the checks of VoteRules find it.
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace UNModel.Core
{
    /// <summary>What a violation is about: the runtime names it in its exception, the analyzers map it to a place in the code.</summary>
    internal enum Subject
    {
        /// <summary>The kind of question.</summary>
        Question,

        /// <summary>The date.</summary>
        Date,

        /// <summary>Ballot <see cref="Violation.Index"/> of a roll call.</summary>
        Ballot,

        /// <summary>The ballots as a whole.</summary>
        Ballots,

        /// <summary>The tally.</summary>
        Tally,

        /// <summary>Element <see cref="Violation.Index"/> of the permanent members voting no.</summary>
        PermanentNo,

        /// <summary>The list of the permanent members voting no as a whole.</summary>
        PermanentNoList,

        /// <summary>The proposal's declared effect.</summary>
        DeclaredEffect,

        /// <summary>The declared outcome.</summary>
        Declared,

        /// <summary>Element <see cref="Violation.Index"/> of the states a declared outcome says vetoed.</summary>
        DeclaredVeto,

        /// <summary>Vote <see cref="Violation.Index"/> of a meeting.</summary>
        MeetingVote,

        /// <summary>The call that creates a value (<c>Ballot.Veto</c>, <c>Tally.From</c>).</summary>
        Call,
    }

    /// <summary>Each kind of violation, with the sentence <see cref="RuleMessages"/> writes for it.</summary>
    internal enum ViolationKind
    {
        QuestionNotValid,
        BodyNotInExistence,
        UnknownState,
        ObserverVoting,
        NotMemberOnDate,
        NotOnBody,
        DuplicateBallot,
        VetoByNonPermanent,
        VetoOnProcedural,
        PartyToDisputeVoting,
        MemberInArrears,
        PresentExceedsSeats,
        TallyExceedsSeats,
        PermanentNoOutsideCouncil,
        TallyNeedsNo,
        PermanentNoNotPermanent,
        PermanentNoListedTwice,
        PermanentNoExceedsNo,
        TallyNeedsPermanentNo,
        AssemblyDeclaredBindingOnMembers,
        AssemblyDeclaredBindingWithoutBasis,
        DeclaredVetoByNonPermanent,
        DeclaredVetoOnProcedural,
        DeclaredOutcomeContradicts,
        VetoBallotByNeverPermanent,
        DeclaredVetoByNeverPermanent,
        CountOutOfRange,
        MeetingVoteElsewhere,
        AmendmentAfterDraft,
        NotAnElection,
        ElectionCountOutOfRange,
        CandidateUnnamed,
        CandidateListedTwice,
        CandidateVotesExceed,
        CandidateVotesExceedBallots,
        ElectionNeedsBallotCounts,
        RightsSuspended,
        VoteWithoutProposal,
        CandidateObserver,
        CandidateNotMember,
        CandidateKindNotElected,
        QuestionBeforeBody,
    }

    /// <summary>
    /// One broken rule: its id, its kind, its subject, and the values its sentence needs. <see cref="RuleMessages.Format"/>
    /// writes the sentence, the same at run time and at compile time.
    /// </summary>
    internal sealed class Violation
    {
        [MethodImpl(JitOnce.Options)]
        public Violation(string ruleId, ViolationKind kind, Subject subject, int index = 0)
        {
            RuleId = ruleId;
            Kind = kind;
            Subject = subject;
            Index = index;
        }

        public string RuleId { get; }

        public ViolationKind Kind { get; }

        public Subject Subject { get; }

        /// <summary>The ballot, element or meeting vote the violation is about.</summary>
        public int Index { get; }

        public BodyKind Body { get; set; }

        /// <summary>The date as <c>yyyymmdd</c>.</summary>
        public int Day { get; set; }

        /// <summary>The state at fault (packed).</summary>
        public int State { get; set; }

        public QuestionKind Question { get; set; }

        public BallotChoice Choice { get; set; }

        /// <summary>A first number (a count, the sum of a tally).</summary>
        public long A { get; set; }

        /// <summary>A second number (seats, votes against).</summary>
        public long B { get; set; }

        /// <summary>A first text (the proposal, a tally, a field).</summary>
        public string? Text { get; set; }

        /// <summary>A second text (the computed outcome's explanation).</summary>
        public string? Text2 { get; set; }

        /// <summary>UNM0005: the outcome the counts give (the code fix writes it).</summary>
        public VoteOutcome Outcome { get; set; }

        /// <summary>Whether <see cref="B"/> is a count the record gives (rather than a bound such as the body's seats); UNM0005: whether the outcome agrees and only the vetoers differ.</summary>
        public bool Known { get; set; }

        /// <summary>UNM0005: the permanent members whose "no" the counts make a veto (packed; empty when none).</summary>
        public List<int>? Vetoers { get; set; }
    }

    /// <summary>The violations found, in the runtime's order; the runtime stops at the first.</summary>
    internal sealed class ViolationList : List<Violation>
    {
        [MethodImpl(JitOnce.Options)]
        public ViolationList(bool stopAtFirst)
        {
            StopAtFirst = stopAtFirst;
        }

        /// <summary>Whether the checks stop at the first violation (the runtime throws it).</summary>
        public bool StopAtFirst { get; }

        /// <summary>Adds a violation; true when the checks must stop.</summary>
        [MethodImpl(JitOnce.Options)]
        public bool Report(Violation violation)
        {
            Add(violation);
            return StopAtFirst;
        }
    }
}
