using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0008: an observer State, or a state that was not a Member on that date, voting (Charter Art. 18(1)).</summary>
    public static class ObserverVoting
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.ObserverVoting,
            title: "An observer or a non-member state voting",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Only Members of the United Nations vote (Charter Art. 18(1)). Non-member observer States take part in the General Assembly's work but do not vote: the Holy See (permanent observer since 1964; A/RES/58/314) and the State of Palestine (A/RES/67/19; A/RES/ES-10/23 added rights but no vote).",
            helpLinkUri: RuleIds.HelpLink(RuleIds.ObserverVoting),
            customTags: RuleCategories.CharterTags);
    }
}
