using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0013: a party to a dispute voting on a decision under Chapter VI or Art. 52(3) (Charter Art. 27(3)).</summary>
    public static class PartyToDisputeVoting
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.PartyToDisputeVoting,
            title: "Party to a dispute voting",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "In decisions under Chapter VI (pacific settlement of disputes) and under Article 52(3), a party to a dispute shall abstain from voting (Charter Art. 27(3)).",
            helpLinkUri: RuleIds.HelpLink(RuleIds.PartyToDisputeVoting),
            customTags: RuleCategories.CharterTags);
    }
}
