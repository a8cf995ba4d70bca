namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>The names of the UNModel types and methods the analyzers recognise, in one place.</summary>
    internal static class KnownMembers
    {
        /// <summary>The namespace of every recognised type.</summary>
        public const string Namespace = "UNModel";

        public const string Vote = "Vote";
        public const string VoteBuilder = "VoteBuilder";
        public const string Ballot = "Ballot";
        public const string Tally = "Tally";
        public const string CountryCode = "CountryCode";
        public const string MemberStates = "MemberStates";
        public const string DocumentSymbol = "DocumentSymbol";
        public const string Proposal = "Proposal";
        public const string Meeting = "Meeting";
        public const string DeclaredOutcome = "DeclaredOutcome";
        public const string ElectionCandidate = "ElectionCandidate";
        public const string ElectionRound = "ElectionRound";
        public const string Person = "Person";
        public const string SecurityCouncilBody = "SecurityCouncilBody";

        // Vote
        public const string RollCall = "RollCall";
        public const string FromTally = "FromTally";

        // VoteBuilder (and Ballot's ballot factories)
        public const string In = "In";
        public const string On = "On";
        public const string Question = "Question";
        public const string Substantive = "Substantive";
        public const string Procedural = "Procedural";
        public const string SimpleMajority = "SimpleMajority";
        public const string TwoThirds = "TwoThirds";
        public const string Yes = "Yes";
        public const string No = "No";
        public const string Abstain = "Abstain";
        public const string Absent = "Absent";
        public const string Veto = "Veto";
        public const string Ballots = "Ballots";
        public const string InArrears = "InArrears";
        public const string Declared = "Declared";
        public const string Build = "Build";

        // Ballot, Tally, CountryCode, MemberStates, DocumentSymbol, Proposal, DeclaredOutcome, Meeting, Body
        public const string Of = "Of";
        public const string From = "From";
        public const string Partial = "Partial";
        public const string Get = "Get";
        public const string Parse = "Parse";
        public const string Draft = "Draft";
        public const string Amendment = "Amendment";
        public const string Motion = "Motion";
        public const string WithBasis = "WithBasis";
        public const string WithLanguage = "WithLanguage";
        public const string WithDeclaredEffect = "WithDeclaredEffect";
        public const string WithPartiesToDispute = "WithPartiesToDispute";
        public const string Vetoed = "Vetoed";
        public const string Create = "Create";
        public const string Code = "Code";

        // SecurityCouncilBody: the calls that make a block worth reading for UNM0018.
        public const string IsPermanentMember = "IsPermanentMember";
        public const string PermanentMembersOn = "PermanentMembersOn";

        // Parameters read by name.
        public const string BodyParameter = "body";
        public const string DateParameter = "date";
        public const string QuestionParameter = "question";
        public const string ProposalParameter = "proposal";
        public const string BallotsParameter = "ballots";
        public const string TallyParameter = "tally";
        public const string PermanentNoParameter = "permanentNo";
        public const string DeclaredParameter = "declared";
        public const string InArrearsParameter = "inArrears";
        public const string VotesParameter = "votes";
        public const string CandidatesParameter = "candidates";
        public const string SymbolParameter = "symbol";
        public const string AmendsParameter = "amends";
        public const string TitleParameter = "title";
        public const string YesParameter = "yes";
        public const string NoParameter = "no";
        public const string AbstainParameter = "abstain";
    }
}
