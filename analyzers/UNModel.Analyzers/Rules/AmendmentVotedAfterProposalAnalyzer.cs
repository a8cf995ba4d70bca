using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0011: in <c>Meeting.Create</c>, an amendment voted after the proposal it amends (GA rule 90; SC provisional rule 36).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AmendmentVotedAfterProposalAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.AmendmentVotedAfterProposal,
            title: "Amendment voted after its proposal",
            messageFormat: "The amendment to {0} is put to the vote after {0} itself; amendments are voted on first (GA rule 90, SC provisional rule 36)",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "When an amendment is moved, it is voted on before the proposal it amends (rule 90 of the General Assembly's rules of procedure; rule 36 of the Security Council's provisional rules). A meeting whose votes are in another order is not a valid record.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.AmendmentVotedAfterProposal),
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
            if (!UNModelSymbols.Is(invocation.TargetMethod, symbols.Meeting, "Create") || Knowable.Argument(invocation, "votes") is not { } votes
                || !Knowable.TryGetElements(votes, out List<IOperation> elements, out _))
            {
                return;
            }

            var drafted = new HashSet<string>();
            foreach (IOperation element in elements)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (VoteModel.ReadVoteExpression(element, symbols) is not VoteModel vote || ProposalModel.Read(vote.Proposal, symbols) is not ProposalModel proposal)
                {
                    continue;
                }

                if (proposal.Kind == "Amendment" && proposal.Amends is { } target && drafted.Contains(target))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, element.Syntax.GetLocation(), target));
                }

                if (proposal.Kind == "Draft" && proposal.Symbol is { } symbol)
                {
                    drafted.Add(symbol);
                }
            }
        }
    }
}
