using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0017: a constant country code that CountryCode refuses (country-codes.csv), or that no Member has.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UnknownCountryCodeAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.UnknownCountryCode,
            title: "Unknown country code",
            messageFormat: "{0}",
            category: RuleCategories.Usage,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "States are identified by ISO 3166-1 alpha-3 codes in use, and former Member seats by their former codes (SUN, YUG, CSK, DDR, YMD, SCG; ZAN). CountryCode.From throws for anything else, naming the replacement of a withdrawn code, and MemberStates.Get throws for a code no Member has.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.UnknownCountryCode),
            customTags: RuleCategories.UsageTags);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            UNModelInvocations.Register(context, Analyze);
        }

        private static void Analyze(OperationAnalysisContext context, IInvocationOperation invocation, UNModelSymbols symbols)
        {
            if (invocation.Arguments.Length != 1)
            {
                return;
            }

            IOperation argument = invocation.Arguments[0].Value;
            if (UNModelSymbols.Is(invocation.TargetMethod, symbols.CountryCode, "From") && Knowable.TryGetString(argument, out string text) && !CharterFacts.Codes.IsAccepted(CountryCodePacking.Pack(text)))
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Syntax.GetLocation(), CharterFacts.Codes.WhyNotAccepted(text)));
                return;
            }

            if (UNModelSymbols.Is(invocation.TargetMethod, symbols.MemberStates, "Get"))
            {
                int packed = Knowable.TryGetCode(argument, symbols);
                if (packed != 0 && CharterFacts.Data.Find(packed) is not { IsObserver: false })
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Syntax.GetLocation(), "'" + CountryCodePacking.Unpack(packed) + "' is the code of no Member of the United Nations, present or former"));
                }
            }
        }
    }
}
