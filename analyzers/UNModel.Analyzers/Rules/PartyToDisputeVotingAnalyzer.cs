using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0013: a party to a dispute voting on a decision under Chapter VI or Art. 52(3) (Charter Art. 27(3)).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PartyToDisputeVotingAnalyzer : DiagnosticAnalyzer
    {
        /// <summary><c>CharterBasis.ChapterVI | CharterBasis.Article52</c>.</summary>
        private const int ObligatoryAbstentionBases = 1 | 4;

        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.PartyToDisputeVoting,
            title: "Party to a dispute voting",
            messageFormat: "{0} is a party to the dispute and shall abstain from voting on a decision under Chapter VI or Article 52(3) (Charter Article 27(3)); it votes {1}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "In decisions under Chapter VI (pacific settlement of disputes) and under Article 52(3), a party to a dispute shall abstain from voting (Charter Art. 27(3)).",
            helpLinkUri: RuleIds.HelpLink(RuleIds.PartyToDisputeVoting),
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
            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote
                || ProposalModel.Read(vote.Proposal, symbols) is not ProposalModel proposal || proposal.Basis is not int basis
                || (basis & ObligatoryAbstentionBases) == 0 || proposal.PartiesToDispute is not { Count: > 0 } parties)
            {
                return;
            }

            foreach (BallotModel ballot in vote.Ballots)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if ((ballot.Choice == BallotChoice.Yes || ballot.Choice == BallotChoice.No) && parties.Contains(ballot.Packed)
                    && VoterCheck.StatusOf(ballot, vote) == VoterStatus.Valid && !IsVetoReportedElsewhere(ballot, vote))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, ballot.StateLocation, VoterCheck.Describe(ballot.Packed), ballot.Choice == BallotChoice.Yes ? "yes" : "no"));
                }
            }
        }

        /// <summary>A veto that is itself invalid (UNM0001, UNM0007) is what the runtime reports first.</summary>
        private static bool IsVetoReportedElsewhere(BallotModel ballot, VoteModel vote) =>
            ballot.IsVeto && (vote.Body != BodyKind.SecurityCouncil || vote.Date is not int day || !CharterFacts.IsPermanentMember(ballot.Packed, day) || vote.Question == QuestionKind.Procedural);
    }
}
