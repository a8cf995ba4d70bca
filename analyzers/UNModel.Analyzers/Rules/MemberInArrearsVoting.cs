using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0014: a Member in arrears under Charter Art. 19, without an exemption, voting in the General Assembly.</summary>
    public static class MemberInArrearsVoting
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.MemberInArrearsVoting,
            title: "Member in arrears voting in the General Assembly",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A Member whose arrears equal or exceed the contributions due for the preceding two full years has no vote in the General Assembly, unless the Assembly is satisfied that the failure to pay is due to conditions beyond its control (Charter Art. 19).",
            helpLinkUri: RuleIds.HelpLink(RuleIds.MemberInArrearsVoting),
            customTags: RuleCategories.CharterTags);
    }
}
