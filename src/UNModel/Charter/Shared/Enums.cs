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

        /// <summary>
        /// General Assembly, election of the non-permanent members of the Security Council: two-thirds of the members present
        /// and voting (Charter Arts. 18(2), 23(1); GA rule 83).
        /// </summary>
        SecurityCouncilElection = 5,

        /// <summary>
        /// General Assembly, election of the members of the Human Rights Council: a majority of the members of the Assembly,
        /// however many vote (A/RES/60/251, para. 7): 97 of 193.
        /// </summary>
        HumanRightsCouncilElection = 6,

        /// <summary>
        /// General Assembly, suspension of a member of the Human Rights Council: two-thirds of the members present and voting
        /// (A/RES/60/251, para. 8).
        /// </summary>
        HumanRightsCouncilSuspension = 7,

        /// <summary>
        /// Election of the members of the International Court of Justice, held in the General Assembly and the Security Council
        /// at once: in each, a majority of its members (Statute of the Court, Arts. 8, 10(1)); in the Council "without any
        /// distinction between permanent and non-permanent members", so no veto (Art. 10(2)): 8 of 15.
        /// </summary>
        CourtElection = 8,

        /// <summary>
        /// General Assembly, adoption of an amendment to the Charter: two-thirds of the members of the Assembly, however many
        /// vote (Charter Art. 108): 129 of 193.
        /// </summary>
        CharterAmendment = 9,
    }

    /// <summary>How the votes required by a question are counted.</summary>
#if UNMODEL_ANALYZERS
    internal
#else
    public
#endif
    enum RequiredMajority
    {
        /// <summary>More votes in favour than against, of the members present and voting (Charter Arts. 18(3), 67(2); GA rule 85).</summary>
        MajorityOfPresentAndVoting = 1,

        /// <summary>Two-thirds of the members present and voting (Charter Art. 18(2); GA rule 83).</summary>
        TwoThirdsOfPresentAndVoting = 2,

        /// <summary>
        /// Security Council: nine affirmative votes (seven before 1966) including the concurring votes of the permanent
        /// members, so a permanent member's vote against is a veto (Charter Art. 27(3)).
        /// </summary>
        AffirmativeVotesWithPermanentConcurrence = 3,

        /// <summary>Security Council: nine affirmative votes (seven before 1966) of any members, no veto (Charter Art. 27(2)).</summary>
        AffirmativeVotesOfAnyMembers = 4,

        /// <summary>More than half of the members of the body, present or not; abstentions and absences count as votes not given.</summary>
        MajorityOfMembers = 5,

        /// <summary>Two-thirds of the members of the body, present or not.</summary>
        TwoThirdsOfMembers = 6,
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

    /// <summary>What is put to the vote.</summary>
#if UNMODEL_ANALYZERS
    internal
#else
    public
#endif
    enum ProposalKind
    {
        /// <summary>A draft resolution or decision.</summary>
        Draft = 1,

        /// <summary>An amendment to a draft; voted before the draft (GA rule 90; SC provisional rule 36).</summary>
        Amendment = 2,

        /// <summary>A procedural motion (e.g. to adjourn or postpone a meeting).</summary>
        Motion = 3,
    }

    /// <summary>The Charter basis a text states or rests on; it decides the legal effect of the adopted text.</summary>
    [System.Flags]
#if UNMODEL_ANALYZERS
    internal
#else
    public
#endif
    enum CharterBasis
    {
        /// <summary>No stated basis: for the General Assembly, its powers to discuss and recommend (Arts. 10-14).</summary>
        None = 0,

        /// <summary>Chapter VI: pacific settlement of disputes; the Security Council recommends (Arts. 33-38).</summary>
        ChapterVI = 1,

        /// <summary>Chapter VII: action with respect to threats to the peace; decisions bind Members (Arts. 25, 39-42, 48).</summary>
        ChapterVII = 2,

        /// <summary>Art. 52(3): pacific settlement through regional arrangements.</summary>
        Article52 = 4,

        /// <summary>Art. 17: the budget and apportionment of expenses, binding on Members.</summary>
        Article17Budget = 8,

        /// <summary>Art. 4: admission of a new Member.</summary>
        Admission = 16,

        /// <summary>Arts. 5-6: suspension or expulsion of a Member.</summary>
        SuspensionOrExpulsion = 32,

        /// <summary>Elections to organs (Arts. 23, 61, 86, 97; ICJ Statute Arts. 4-12).</summary>
        Election = 64,

        /// <summary>The body's own organisation and procedure (Arts. 21, 22, 29, 30).</summary>
        InternalProcedure = 128,
    }

    /// <summary>How the operative paragraphs speak; the ICJ's test for a binding Council decision (Namibia, 1971, para. 114).</summary>
#if UNMODEL_ANALYZERS
    internal
#else
    public
#endif
    enum OperativeLanguage
    {
        /// <summary>Recommends, calls upon, urges, implores: exhortation, not decision.</summary>
        Hortatory = 1,

        /// <summary>Decides or demands.</summary>
        Decides = 2,
    }

    /// <summary>What an adopted text is in law.</summary>
#if UNMODEL_ANALYZERS
    internal
#else
    public
#endif
    enum LegalEffectKind
    {
        /// <summary>Not adopted: no effect.</summary>
        None = 0,

        /// <summary>A recommendation: General Assembly resolutions in general (Arts. 10-14), Security Council texts under Chapter VI or in exhortatory language.</summary>
        Recommendation = 1,

        /// <summary>Binding on the Members: Security Council decisions (Art. 25; Chapter VII, Art. 48).</summary>
        BindingOnMembers = 2,

        /// <summary>Binding inside the Organization: the budget (Art. 17), admission, suspension, expulsion, elections, the body's own procedure.</summary>
        BindingWithinOrganization = 3,

        /// <summary>An adopted amendment: it changes the draft, whose own vote decides the effect.</summary>
        AmendsDraft = 4,

        /// <summary>Adopted but not yet in force: an amendment to the Charter binds all Members once ratified by two thirds of them, including every permanent member of the Security Council (Art. 108).</summary>
        SubjectToRatification = 5,
    }
}
