using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Analyzers.Infrastructure.Domain;
using UNModel.Analyzers.Infrastructure.Flow;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0017: a constant country code that CountryCode refuses (country-codes.csv), or that no Member has.</summary>
    public static class UnknownCountryCode
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.UnknownCountryCode,
            title: "Unknown country code",
            messageFormat: "{0}",
            category: RuleCategories.Usage,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "States are identified by ISO 3166-1 alpha-3 codes in use, and former Member seats by their former codes (SUN, YUG, CSK, DDR, YMD, SCG; ZAN). CountryCode.From throws for anything else, naming the replacement of a withdrawn code, and MemberStates.Get throws for a code no Member has.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.UnknownCountryCode),
            customTags: RuleCategories.UsageTags);

        /// <summary><c>CountryCode.From</c> or <c>CountryCode.Parse</c> with a constant code <c>CountryCode</c> refuses (the runtime's sentence).</summary>
        [MethodImpl(JitOnce.Options)]
        internal static void CheckFrom(OperationAnalysisContext context, IInvocationOperation invocation, ConstantFlow flow)
        {
            if (invocation.Arguments.Length >= 1 && invocation.Arguments[0].Value is { } argument && flow.TryGetString(argument, out string text)
                && !CharterFacts.Codes.IsAccepted(CountryCodePacking.Pack(text)))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Syntax.GetLocation(), CharterFacts.Codes.WhyNotAccepted(text)));
            }
        }

        /// <summary><c>MemberStates.Get</c> with a code no Member has.</summary>
        [MethodImpl(JitOnce.Options)]
        internal static void CheckGet(OperationAnalysisContext context, IInvocationOperation invocation, DomainReader reader)
        {
            if (invocation.Arguments.Length == 1 && invocation.Arguments[0].Value is { } argument && reader.TryGetCode(argument) is int packed && packed != 0
                && CharterFacts.Data.Find(packed) is not { IsObserver: false })
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Syntax.GetLocation(), RuleMessages.NoMemberWithCode(CountryCodePacking.Unpack(packed))));
            }
        }
    }
}
