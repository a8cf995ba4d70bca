using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0016: a constant tally that lacks what its decision depends on (the permanent members' "no" votes, or the votes against).</summary>
    public static class MalformedRecord
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.MalformedRecord,
            title: "Tally missing what its decision depends on",
            messageFormat: "{0}",
            category: RuleCategories.Usage,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A Security Council draft that has the affirmative votes is vetoed or not depending on which permanent members voted no, so a tally must list them (an empty list when none did); a General Assembly decision depends on the votes against, so its tally must give them.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.MalformedRecord),
            customTags: RuleCategories.UsageTags);
    }
}
