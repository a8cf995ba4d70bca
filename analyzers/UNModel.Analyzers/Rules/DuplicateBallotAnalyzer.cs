using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0003: two ballots for one state in one vote (Charter Arts. 18(1), 27(1)).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DuplicateBallotAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.DuplicateBallot,
            title: "Two ballots for one state in one vote",
            messageFormat: "{0} appears twice in {1}; each member has one vote (Charter Articles 18(1) and 27(1))",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Each member of a body has one vote. A state listed twice in one roll call, or twice among the permanent members voting no, makes the vote invalid.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.DuplicateBallot),
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
            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote)
            {
                return;
            }

            var seen = new HashSet<int>();
            foreach (BallotModel ballot in vote.Ballots)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                VoterStatus status = VoterCheck.StatusOf(ballot, vote);
                if (ballot.Packed == 0 || (status != VoterStatus.Valid && status != VoterStatus.Unknown))
                {
                    // Another rule reports that voter first, as the runtime would.
                    continue;
                }

                if (!seen.Add(ballot.Packed))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, ballot.StateLocation, VoterCheck.Describe(ballot.Packed), "this vote"));
                }
            }

            if (vote.IsTally && vote.PermanentNo is { } permanentNo && Knowable.TryGetElements(permanentNo, out List<IOperation> codes, out _))
            {
                var listed = new HashSet<int>();
                foreach (IOperation code in codes)
                {
                    int packed = Knowable.TryGetCode(code, symbols);
                    if (packed != 0 && !listed.Add(packed))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rule, code.Syntax.GetLocation(), VoterCheck.Describe(packed), "the permanent members voting no"));
                    }
                }
            }
        }
    }
}
