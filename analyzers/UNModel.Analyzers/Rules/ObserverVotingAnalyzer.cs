using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0008: an observer State, or a state that was not a Member on that date, voting (Charter Art. 18(1)).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ObserverVotingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.ObserverVoting,
            title: "An observer or a non-member state voting",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Only Members of the United Nations vote (Charter Art. 18(1)). Non-member observer States take part in the General Assembly's work but do not vote: the Holy See (permanent observer since 1964; A/RES/58/314) and the State of Palestine (A/RES/67/19; A/RES/ES-10/23 added rights but no vote).",
            helpLinkUri: RuleIds.HelpLink(RuleIds.ObserverVoting),
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
            IMethodSymbol method = invocation.TargetMethod;

            // A ballot by an observer is invalid in every vote: report it where it is written. (Veto is UNM0001's.)
            if (UNModelSymbols.Same(method.ContainingType, symbols.Ballot) && invocation.Instance is null && method.Name != "Veto")
            {
                BallotModel? ballot = VoteModel.ReadBallot(invocation, symbols);
                if (ballot is not null && CharterFacts.Data.Find(ballot.Packed) is { IsObserver: true })
                {
                    Report(context, ballot.StateLocation, ballot.Packed);
                }

                return;
            }

            if (UNModelSymbols.Same(method.ContainingType, symbols.VoteBuilder) && VoteModel.ChoiceOf(method.Name) is not null && method.Name != "Veto")
            {
                if (Knowable.TryGetParams(invocation, out List<IOperation> states, out _))
                {
                    foreach (IOperation state in states)
                    {
                        if (Knowable.TryGetState(state, symbols) is { IsObserver: true } observer)
                        {
                            Report(context, state.Syntax.GetLocation(), observer.Packed);
                        }
                    }
                }

                return;
            }

            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote || vote.Date is not int day)
            {
                return;
            }

            foreach (BallotModel ballot in vote.Ballots)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (VoterCheck.StatusOf(ballot, vote) == VoterStatus.NotMemberOnDate)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, ballot.StateLocation, VoterCheck.Describe(ballot.Packed) + " was not a Member of the United Nations on " + Knowable.FormatDay(day) + " and has no vote (Charter Article 18(1))"));
                }
            }
        }

        private static void Report(OperationAnalysisContext context, Location location, int packed) =>
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, CharterFacts.Data.Find(packed)!.ObserverSentence));
    }
}
