using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0012: a kind of question the body does not decide by (e.g. two-thirds in the Security Council; Charter Arts. 18, 27).</summary>
    public static class QuestionKindNotValidForBody
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.QuestionKindNotValidForBody,
            title: "Kind of question not valid for the body",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The Security Council decides procedural and all other matters (Charter Art. 27(2), (3)); the General Assembly and the other bodies decide by a simple or a two-thirds majority of those present and voting (Art. 18(2), (3), 67(2)).",
            helpLinkUri: RuleIds.HelpLink(RuleIds.QuestionKindNotValidForBody),
            customTags: RuleCategories.CharterTags);
    }
}
