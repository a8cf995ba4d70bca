using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0007: a veto on a procedural vote of the Security Council (Charter Art. 27(2)), or permanent members' "no" votes outside the Council.</summary>
    public static class VetoOnProceduralVote
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.VetoOnProceduralVote,
            title: "Veto on a procedural vote",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Procedural questions in the Security Council are decided by nine affirmative votes of any members: no veto exists there (Charter Art. 27(2)). Only the Security Council has permanent members.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.VetoOnProceduralVote),
            customTags: RuleCategories.CharterTags);
    }
}
