using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0001: a veto attributed to a state that is not a permanent member of the Security Council (Charter Arts. 23(1), 27(3)).</summary>
    public static class VetoByNonPermanentMember
    {
        /// <summary>The diagnostic property that tells the code fix to turn the <c>Veto</c> call into <c>No</c>.</summary>
        public const string VetoToNoKey = "UNModel.VetoToNo";

        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.VetoByNonPermanentMember,
            title: "Veto by a state that is not a permanent member of the Security Council",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Only the five permanent members of the Security Council can veto a substantive decision. A 'no' by any other state is an ordinary vote against.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.VetoByNonPermanentMember),
            customTags: RuleCategories.CharterTags);
    }
}
