using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0011: in <c>Meeting.Create</c>, an amendment voted after the proposal it amends (GA rule 90; SC provisional rule 36).</summary>
    public static class AmendmentVotedAfterProposal
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.AmendmentVotedAfterProposal,
            title: "Amendment voted after its proposal",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "When an amendment is moved, it is voted on before the proposal it amends (rule 90 of the General Assembly's rules of procedure; rule 36 of the Security Council's provisional rules). A meeting whose votes are in another order is not a valid record.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.AmendmentVotedAfterProposal),
            customTags: RuleCategories.CharterTags);
    }
}
