using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0002: a ballot by a state that is not a member of that body on that date (Charter Art. 23).</summary>
    public static class NotAMemberOfBody
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.NotAMemberOfBody,
            title: "Ballot by a state that is not a member of the body on that date",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Only the members of a body vote in it: in the Security Council, the five permanent members and the members elected for that year.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.NotAMemberOfBody),
            customTags: RuleCategories.CharterTags);
    }
}
