// Shared between the runtime library (public) and the analyzers (internal): one list of rule ids.
// Never renumber; append new ids at the end.
namespace UNModel
{
    /// <summary>
    /// The identifiers of UNModel's rules. The runtime puts them on every <c>UNModelException</c>
    /// it throws, and the analyzers report the same ids at compile time.
    /// </summary>
#if UNMODEL_ANALYZERS
    internal
#else
    public
#endif
    static class RuleIds
    {
        /// <summary>The address of a rule's documentation page, <c>docs/rules/{ruleId}.md</c>.</summary>
        /// <param name="ruleId">A rule id such as <c>UNM0001</c>.</param>
        /// <returns>The link used as the diagnostics' help link and in exception messages.</returns>
        public static string HelpLink(string ruleId) => "https://github.com/unmodel/unmodel/blob/main/docs/rules/" + ruleId + ".md";

        /// <summary>UNM0001: a veto attributed to a state that is not a permanent member of the Security Council (Charter Art. 23, 27(3)).</summary>
        public const string VetoByNonPermanentMember = "UNM0001";

        /// <summary>UNM0002: a ballot by a state that is not a member of that body on that date.</summary>
        public const string NotAMemberOfBody = "UNM0002";

        /// <summary>UNM0003: two ballots for one state in one vote.</summary>
        public const string DuplicateBallot = "UNM0003";

        /// <summary>UNM0004: counts larger than the body's membership, or negative counts.</summary>
        public const string CountsExceedMembership = "UNM0004";

        /// <summary>UNM0005: a declared outcome that contradicts the counts.</summary>
        public const string DeclaredOutcomeContradictsCounts = "UNM0005";

        /// <summary>UNM0006: a General Assembly resolution declared binding without a basis that makes it binding (Charter Arts. 10-14, 17).</summary>
        public const string GeneralAssemblyResolutionDeclaredBinding = "UNM0006";

        /// <summary>UNM0007: a veto on a procedural vote of the Security Council (Charter Art. 27(2)), or outside the Security Council.</summary>
        public const string VetoOnProceduralVote = "UNM0007";

        /// <summary>UNM0008: an observer or a non-member state voting.</summary>
        public const string ObserverVoting = "UNM0008";

        /// <summary>UNM0009: a value object used without being created through its factory (<c>default</c> or <c>new</c>).</summary>
        public const string UninitializedValueObject = "UNM0009";

        /// <summary>UNM0010: a malformed United Nations document symbol.</summary>
        public const string MalformedDocumentSymbol = "UNM0010";

        /// <summary>UNM0011: an amendment voted after the proposal it amends (GA rule 90; SC provisional rule 36).</summary>
        public const string AmendmentVotedAfterProposal = "UNM0011";

        /// <summary>UNM0012: a kind of question that the body does not decide by (e.g. "two-thirds" in the Security Council).</summary>
        public const string QuestionKindNotValidForBody = "UNM0012";

        /// <summary>UNM0013: a party to a dispute voting on a decision under Chapter VI or Art. 52(3) (Charter Art. 27(3)).</summary>
        public const string PartyToDisputeVoting = "UNM0013";

        /// <summary>UNM0014: a member in arrears voting in the General Assembly without an exemption (Charter Art. 19).</summary>
        public const string MemberInArrearsVoting = "UNM0014";

        /// <summary>UNM0015: a vote dated when the body did not exist (before its first meeting).</summary>
        public const string BodyNotInExistence = "UNM0015";

        /// <summary>UNM0016: a record that is malformed as data (unknown field, wrong type, missing value).</summary>
        public const string MalformedRecord = "UNM0016";

        /// <summary>UNM0017: an unknown country code.</summary>
        public const string UnknownCountryCode = "UNM0017";

        /// <summary>UNM0018 (warning): a permanent member's abstention or absence treated as a veto (Charter Art. 27(3) practice since 1946).</summary>
        public const string AbstentionTreatedAsVeto = "UNM0018";

        /// <summary>UNM0019 (warning): the five permanent members written out by hand where vetoes are decided; who holds a permanent seat depends on the date (Charter Art. 23(1)).</summary>
        public const string HandWrittenPermanentMembers = "UNM0019";
    }
}
