using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0006: a General Assembly proposal declared binding on Members (Charter Arts. 10-14, 17).</summary>
    public static class GeneralAssemblyResolutionDeclaredBinding
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.GeneralAssemblyResolutionDeclaredBinding,
            title: "General Assembly resolution declared binding",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The General Assembly discusses and recommends (Charter Arts. 10-14). Its decisions bind only inside the Organization: the budget and apportionment (Art. 17), admission, suspension and expulsion of Members, elections and its own procedure.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.GeneralAssemblyResolutionDeclaredBinding),
            customTags: RuleCategories.CharterTags);
    }
}
