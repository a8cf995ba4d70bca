using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0015: a vote dated before the body's first meeting.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class BodyNotInExistenceAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.BodyNotInExistence,
            title: "Vote dated before the body existed",
            messageFormat: "The {0} first met on {1}; no vote of it can be dated {2}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The principal organs first met in January 1946, after the Charter entered into force on 24 October 1945; the Human Rights Council on 19 June 2006 (A/RES/60/251). No vote of a body predates its first meeting.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.BodyNotInExistence),
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
            // A builder kept in a local is reported once, by the chain that holds VoteBuilder.In(...), not by every statement.
            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote || vote.IsPartial
                || vote.Body is not BodyKind body || vote.Date is not int day || vote.DateOperation is null)
            {
                return;
            }

            int first = CharterFacts.FirstMeeting(body);
            if (day < first)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, vote.DateOperation.Syntax.GetLocation(), VoterCheck.BodyName(body), Knowable.FormatDay(first), Knowable.FormatDay(day)));
            }
        }
    }
}
