using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0016: a constant tally that lacks what its decision depends on (the permanent members' "no" votes, or the votes against).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MalformedRecordAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.MalformedRecord,
            title: "Tally missing what its decision depends on",
            messageFormat: "{0}",
            category: RuleCategories.Usage,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A Security Council draft that has the affirmative votes is vetoed or not depending on which permanent members voted no, so a tally must list them (an empty list when none did); a General Assembly decision depends on the votes against, so its tally must give them.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.MalformedRecord),
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
            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote || !vote.IsTally
                || vote.Body is not BodyKind body || vote.Date is not int day || vote.Question is not QuestionKind question || vote.Tally is null
                || !CharterRules.IsValidQuestion(body, question) || day < CharterFacts.FirstMeeting(body)
                || !DecisionCalculator.TryReadTally(vote.Tally, out int yes, out int? no, out int? abstain) || yes < 0 || no < 0 || abstain < 0
                || (long)yes + (no ?? 0) + (abstain ?? 0) > CharterFacts.SeatCount(body, day)) // long: constants may be int.MaxValue
            {
                return;
            }

            if (body != BodyKind.SecurityCouncil)
            {
                if (no is null)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, vote.Tally.Syntax.GetLocation(), "A " + VoterCheck.BodyName(body) + " tally needs the number of votes against to be decided (a majority of those present and voting, Charter Article 18)"));
                }

                return;
            }

            int required = CharterFacts.CouncilAffirmativeVotes(day);
            if (question == QuestionKind.Substantive && vote.PermanentNo is null && yes >= required)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, vote.Tally.Syntax.GetLocation(), "The draft had " + yes.ToString(CultureInfo.InvariantCulture) + " affirmative votes, so whether it was vetoed depends on which permanent members voted no: pass them as permanentNo (an empty list when none did)"));
            }
        }
    }
}
