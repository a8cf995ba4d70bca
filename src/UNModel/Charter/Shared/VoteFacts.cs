// Shared between the runtime library and the analyzers: what the Charter's checks need to know of a vote. The runtime
// knows everything; the analyzers fill in what is knowable at compile time and leave the rest unknown.
using System.Collections.Generic;

namespace UNModel.Core
{
    /// <summary>Whether an optional part of a vote was given, and whether it is known.</summary>
    internal enum Presence
    {
        /// <summary>Not given (an omitted optional argument, or null).</summary>
        Absent = 0,

        /// <summary>Given and known.</summary>
        Known = 1,

        /// <summary>Given, but not knowable at compile time.</summary>
        Unknown = 2,
    }

    /// <summary>One ballot: the voter (packed code, 0 when unknown), the choice (null when unknown), and whether it was cast as a veto.</summary>
    internal readonly struct BallotFacts
    {
        public BallotFacts(int state, BallotChoice? choice, bool isVeto)
        {
            State = state;
            Choice = choice;
            IsVeto = isVeto;
        }

        public int State { get; }

        public BallotChoice? Choice { get; }

        public bool IsVeto { get; }
    }

    /// <summary>The counts of a tally; a null count was not recorded.</summary>
    internal sealed class TallyFacts
    {
        public TallyFacts(int yes, int? no, int? abstain)
        {
            Yes = yes;
            No = no;
            Abstain = abstain;
        }

        public int Yes { get; }

        public int? No { get; }

        public int? Abstain { get; }
    }

    /// <summary>What is known of the proposal put to the vote.</summary>
    internal sealed class ProposalFacts
    {
        /// <summary>Draft, amendment or motion; null when unknown.</summary>
        public ProposalKind? Kind { get; set; }

        /// <summary>How the proposal is written in messages (its symbol, "amendment to X", or a motion's title); null when unknown.</summary>
        public string? Text { get; set; }

        /// <summary>The canonical symbol of a draft or amendment, when it has a known one.</summary>
        public string? Symbol { get; set; }

        /// <summary>The canonical symbol of the text an amendment amends, when known.</summary>
        public string? Amends { get; set; }

        /// <summary>The Charter basis; null when unknown.</summary>
        public CharterBasis? Basis { get; set; }

        /// <summary>The operative language; null when unknown.</summary>
        public OperativeLanguage? Language { get; set; }

        /// <summary>Whether an effect is declared (<c>WithDeclaredEffect</c>), and whether it is known.</summary>
        public Presence DeclaredEffectPresence { get; set; }

        /// <summary>The declared effect, when <see cref="DeclaredEffectPresence"/> is <see cref="Presence.Known"/>.</summary>
        public LegalEffectKind DeclaredEffect { get; set; }

        /// <summary>The parties to the dispute (packed codes); null when unknown.</summary>
        public List<int>? PartiesToDispute { get; set; }
    }

    /// <summary>The outcome a record declares.</summary>
    internal sealed class DeclaredFacts
    {
        public DeclaredFacts(VoteOutcome outcome)
        {
            Outcome = outcome;
        }

        public VoteOutcome Outcome { get; }

        /// <summary>The states said to have vetoed (packed, 0 when unknown).</summary>
        public List<int> VetoedBy { get; } = new List<int>();

        /// <summary>Whether every state of <see cref="VetoedBy"/> is there and known.</summary>
        public bool VetoedByComplete { get; set; } = true;
    }

    /// <summary>
    /// A vote as the checks of <see cref="VoteRules"/> see it. A null or <see cref="Presence.Unknown"/> part is unknown and
    /// the checks that need it are skipped; the runtime fills in every part.
    /// </summary>
    internal sealed class VoteFacts
    {
        public BodyKind? Body { get; set; }

        /// <summary>The date as <c>yyyymmdd</c>.</summary>
        public int? Day { get; set; }

        public QuestionKind? Question { get; set; }

        /// <summary>The proposal; null when unknown.</summary>
        public ProposalFacts? Proposal { get; set; }

        /// <summary>A vote known by its tally rather than its ballots.</summary>
        public bool IsTally { get; set; }

        /// <summary>Roll calls: the ballots known, in order.</summary>
        public List<BallotFacts> Ballots { get; } = new List<BallotFacts>();

        /// <summary>Roll calls: whether <see cref="Ballots"/> holds every ballot of the vote.</summary>
        public bool BallotsComplete { get; set; } = true;

        /// <summary>Tallies: the counts; null when unknown.</summary>
        public TallyFacts? Tally { get; set; }

        /// <summary>Security Council tallies: whether the permanent members voting no are given.</summary>
        public Presence PermanentNoPresence { get; set; }

        /// <summary>The permanent members said to have voted no (packed, 0 when unknown).</summary>
        public List<int> PermanentNo { get; } = new List<int>();

        /// <summary>Whether <see cref="PermanentNo"/> holds every element and each is known.</summary>
        public bool PermanentNoComplete { get; set; } = true;

        /// <summary>Whether the record declares an outcome, and whether it is known.</summary>
        public Presence DeclaredPresence { get; set; }

        /// <summary>The declared outcome, when <see cref="DeclaredPresence"/> is <see cref="Presence.Known"/>.</summary>
        public DeclaredFacts? Declared { get; set; }

        /// <summary>General Assembly: the Members in arrears under Art. 19 (packed, 0 when unknown).</summary>
        public List<int> InArrears { get; } = new List<int>();

        /// <summary>Whether <see cref="InArrears"/> holds every Member named and each is known.</summary>
        public bool InArrearsComplete { get; set; } = true;
    }

    /// <summary>One vote of a meeting, as <see cref="VoteRules.CheckMeeting"/> sees it.</summary>
    internal sealed class MeetingVoteFacts
    {
        public BodyKind? Body { get; set; }

        public int? Day { get; set; }

        public ProposalFacts? Proposal { get; set; }
    }
}
