using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0006: a General Assembly proposal declared binding on Members (Charter Arts. 10-14, 17).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class GeneralAssemblyResolutionDeclaredBindingAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The value of <c>LegalEffectKind.BindingOnMembers</c>.</summary>
        private const int BindingOnMembers = 2;

        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.GeneralAssemblyResolutionDeclaredBinding,
            title: "General Assembly resolution declared binding",
            messageFormat: "A General Assembly resolution recommends (Charter Articles 10 to 14): {0} cannot be declared binding on Members; only the budget (Article 17), admission, suspension, expulsion and elections bind, and those inside the Organization",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The General Assembly discusses and recommends (Charter Arts. 10-14). Its decisions bind only inside the Organization: the budget and apportionment (Art. 17), admission, suspension and expulsion of Members, elections and its own procedure.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.GeneralAssemblyResolutionDeclaredBinding),
            customTags: RuleCategories.CharterTags);

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
            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote || vote.Body != BodyKind.GeneralAssembly
                || ProposalModel.Read(vote.Proposal, symbols) is not ProposalModel proposal || proposal.DeclaredEffect != BindingOnMembers || proposal.DeclaredEffectCall is null)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, Knowable.NameToEnd(proposal.DeclaredEffectCall), proposal.Symbol ?? "the proposal"));
        }
    }
}
