using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0015: a vote dated before the body's first meeting.</summary>
    public static class BodyNotInExistence
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.BodyNotInExistence,
            title: "Vote dated before the body existed",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The principal organs first met in January 1946, after the Charter entered into force on 24 October 1945; the Human Rights Council on 19 June 2006 (A/RES/60/251). No vote of a body predates its first meeting.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.BodyNotInExistence),
            customTags: RuleCategories.CharterTags);
    }
}
