using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using UNModel.Analyzers.Infrastructure;
using UNModel.Analyzers.Rules;

namespace UNModel.Analyzers
{
    /// <summary>
    /// Every UNModel rule, in one pass. One registration per compilation, and only when UNModel is referenced and some
    /// file names it (<see cref="SourceMentions"/>); UNModel's symbols are resolved at its first use. Each call to a UNModel method is looked at once (calls to anything else are
    /// skipped by name), each vote is read once and checked by
    /// the runtime's own checks (<c>VoteRules</c>), and each violation is reported under its rule's descriptor. The rules'
    /// ids, descriptors and pages are per rule (<c>Rules/</c>, <c>docs/rules/</c>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class UNModelAnalyzer : DiagnosticAnalyzer
    {
        private static readonly ImmutableArray<DiagnosticDescriptor> Descriptors = ImmutableArray.Create(
            VetoByNonPermanentMember.Rule,
            NotAMemberOfBody.Rule,
            DuplicateBallot.Rule,
            CountsExceedMembership.Rule,
            DeclaredOutcomeContradictsCounts.Rule,
            GeneralAssemblyResolutionDeclaredBinding.Rule,
            VetoOnProceduralVote.Rule,
            ObserverVoting.Rule,
            UninitializedValueObject.Rule,
            MalformedDocumentSymbol.Rule,
            AmendmentVotedAfterProposal.Rule,
            QuestionKindNotValidForBody.Rule,
            PartyToDisputeVoting.Rule,
            MemberInArrearsVoting.Rule,
            BodyNotInExistence.Rule,
            MalformedRecord.Rule,
            UnknownCountryCode.Rule,
            AbstentionTreatedAsVeto.Rule,
            HandWrittenPermanentMembers.Rule);

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors;

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (!UNModelSymbols.MayReference(start.Compilation))
                {
                    return;
                }

                Mention named = SourceMentions.Find(start.Compilation, start.CancellationToken);

                // Every call and value the rules read is written where some file names the UNModel namespace in code; where
                // none does, UNModel's types are reached only through values of other assemblies, which no rule reads, so the
                // calls and values of ordinary code cost nothing. The symbols are resolved at the first UNModel call or value
                // object the code has (from that symbol's own assembly), once per compilation; calls to anything else are
                // skipped by name.
                if ((named & Mention.UNModel) != 0)
                {
                    var analysis = new CompilationAnalysis.Slot(Descriptors);
                    start.RegisterOperationAction(analysis.OnInvocation, OperationKind.Invocation);
                    start.RegisterOperationAction(analysis.OnValue, OperationKind.DefaultValue, OperationKind.ObjectCreation);
                }

                // UNM0019 reads the syntax of lists and chains first, and needs none of UNModel's symbols. It reports only in
                // code that decides vetoes, which names them: a compilation whose text never does is not given its actions,
                // so the comparisons and initializers of ordinary code cost nothing.
                if ((named & Mention.Vetoes) != 0)
                {
                    start.RegisterOperationAction(HandWrittenPermanentMembers.Analyze, HandWrittenPermanentMembers.Kinds);
                }
            });
        }
    }
}
