// Shared between the runtime library (public) and the analyzers (internal).
namespace UNModel
{
    /// <summary>The principal organs and subsidiary bodies whose votes UNModel decides.</summary>
#if UNMODEL_ANALYZERS
    internal
#else
    public
#endif
    enum BodyKind
    {
        /// <summary>The General Assembly: every Member of the United Nations (Charter Art. 9).</summary>
        GeneralAssembly = 1,

        /// <summary>The Security Council: five permanent and elected members (Charter Art. 23).</summary>
        SecurityCouncil = 2,

        /// <summary>The Economic and Social Council: 54 members since 1973 (Charter Art. 61).</summary>
        EconomicAndSocialCouncil = 3,

        /// <summary>The Human Rights Council: 47 members elected by the General Assembly (A/RES/60/251).</summary>
        HumanRightsCouncil = 4,
    }

    /// <summary>What kind of question is put to the vote, which fixes the majority required.</summary>
#if UNMODEL_ANALYZERS
    internal
#else
    public
#endif
    enum QuestionKind
    {
        /// <summary>Security Council, "all other matters": nine affirmative votes including the concurring votes of the permanent members (Charter Art. 27(3)).</summary>
        Substantive = 1,

        /// <summary>Security Council, procedural matters: nine affirmative votes of any members, no veto (Charter Art. 27(2)).</summary>
        Procedural = 2,

        /// <summary>A majority of the members present and voting (Charter Art. 18(3), 67(2); GA rule 85).</summary>
        SimpleMajority = 3,

        /// <summary>Two-thirds of the members present and voting: "important questions" (Charter Art. 18(2); GA rule 83).</summary>
        TwoThirds = 4,
    }

    /// <summary>How one state voted.</summary>
#if UNMODEL_ANALYZERS
    internal
#else
    public
#endif
    enum BallotChoice
    {
        /// <summary>In favour.</summary>
        Yes = 1,

        /// <summary>Against. From a permanent member on a substantive Security Council question, a "no" is a veto when the draft otherwise has the votes.</summary>
        No = 2,

        /// <summary>Abstaining: present but not voting (GA rule 86); never a veto (Security Council practice since 1946, confirmed by the ICJ in its 1971 Namibia opinion).</summary>
        Abstain = 3,

        /// <summary>Absent or not participating: not present and voting.</summary>
        Absent = 4,
    }

    /// <summary>Whether a proposal was adopted.</summary>
#if UNMODEL_ANALYZERS
    internal
#else
    public
#endif
    enum VoteOutcome
    {
        /// <summary>The proposal was adopted.</summary>
        Adopted = 1,

        /// <summary>The proposal was not adopted.</summary>
        Rejected = 2,
    }

    /// <summary>Why a vote ended as it did.</summary>
#if UNMODEL_ANALYZERS
    internal
#else
    public
#endif
    enum DecisionReason
    {
        /// <summary>The required majority was reached and no permanent member voted against a substantive draft.</summary>
        MajorityReached = 1,

        /// <summary>Fewer affirmative votes than the rule requires; a permanent member's "no" in that case is not a veto.</summary>
        InsufficientVotes = 2,

        /// <summary>The draft had the affirmative votes but a permanent member voted against it (Charter Art. 27(3)).</summary>
        Vetoed = 3,

        /// <summary>As many votes against as in favour: the proposal is regarded as rejected (GA rules 95 and 133).</summary>
        EquallyDivided = 4,
    }
}
