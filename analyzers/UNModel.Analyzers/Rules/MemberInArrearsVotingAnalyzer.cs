using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0014: a Member in arrears under Charter Art. 19, without an exemption, voting in the General Assembly.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MemberInArrearsVotingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.MemberInArrearsVoting,
            title: "Member in arrears voting in the General Assembly",
            messageFormat: "{0} is listed in arrears under Charter Article 19 without an exemption and has no vote in the General Assembly",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A Member whose arrears equal or exceed the contributions due for the preceding two full years has no vote in the General Assembly, unless the Assembly is satisfied that the failure to pay is due to conditions beyond its control (Charter Art. 19).",
            helpLinkUri: RuleIds.HelpLink(RuleIds.MemberInArrearsVoting),
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
                || vote.InArrears.Count == 0)
            {
                return;
            }

            foreach (BallotModel ballot in vote.Ballots)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (ballot.Choice is BallotChoice choice && choice != BallotChoice.Absent && !ballot.IsVeto
                    && VoterCheck.StatusOf(ballot, vote) == VoterStatus.Valid && vote.InArrears.Exists(a => a.Packed == ballot.Packed))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, ballot.StateLocation, VoterCheck.Describe(ballot.Packed)));
                }
            }
        }
    }
}
