using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0003: two ballots for one state in one vote (Charter Arts. 18(1), 27(1)).</summary>
    public static class DuplicateBallot
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.DuplicateBallot,
            title: "Two ballots for one state in one vote",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Each member of a body has one vote. A state listed twice in one roll call, or twice among the permanent members voting no, makes the vote invalid.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.DuplicateBallot),
            customTags: RuleCategories.CharterTags);
    }
}
