using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0004: constant counts larger than the body's membership on that date, or negative.</summary>
    public static class CountsExceedMembership
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.CountsExceedMembership,
            title: "Counts larger than the body",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A body cannot cast more votes than it has seats: 11, then 15, in the Security Council (Charter Art. 23), the number of Members in the General Assembly (Art. 9, 18(1)).",
            helpLinkUri: RuleIds.HelpLink(RuleIds.CountsExceedMembership),
            customTags: RuleCategories.CharterTags);
    }
}
