using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0002: a ballot by a state that is not a member of that body on that date (Charter Art. 23).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class NotAMemberOfBodyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.NotAMemberOfBody,
            title: "Ballot by a state that is not a member of the body on that date",
            messageFormat: "{0} was not a member of the {1} on {2} and has no vote there (Charter Articles 23 and 27(1))",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Only the members of a body vote in it: in the Security Council, the five permanent members and the members elected for that year.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.NotAMemberOfBody),
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
            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote || vote.Body is not BodyKind body || vote.Date is not int day)
            {
                return;
            }

            foreach (BallotModel ballot in vote.Ballots)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (VoterCheck.StatusOf(ballot, vote) == VoterStatus.NotOnBody)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, ballot.StateLocation, VoterCheck.Describe(ballot.Packed), VoterCheck.BodyName(body), Knowable.FormatDay(day)));
                }
            }
        }
    }
}
