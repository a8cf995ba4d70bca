using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0012: a kind of question the body does not decide by (e.g. two-thirds in the Security Council; Charter Arts. 18, 27).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class QuestionKindNotValidForBodyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.QuestionKindNotValidForBody,
            title: "Kind of question not valid for the body",
            messageFormat: "The {0} does not decide '{1}' questions: use {2}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The Security Council decides procedural and all other matters (Charter Art. 27(2), (3)); the General Assembly and the other bodies decide by a simple or a two-thirds majority of those present and voting (Art. 18(2), (3), 67(2)).",
            helpLinkUri: RuleIds.HelpLink(RuleIds.QuestionKindNotValidForBody),
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
            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote || vote.Body is not BodyKind body
                || vote.Question is not QuestionKind question || CharterRules.IsValidQuestion(body, question))
            {
                return;
            }

            Location? location = vote.QuestionOperation?.Syntax.GetLocation() ?? (vote.ExplicitQuestionCall is { } call ? Knowable.NameToEnd(call) : null);
            if (location is null)
            {
                return;
            }

            string use = body == BodyKind.SecurityCouncil ? "Substantive or Procedural (Charter Article 27)" : "SimpleMajority or TwoThirds (Charter Article 18)";
            context.ReportDiagnostic(Diagnostic.Create(Rule, location, VoterCheck.BodyName(body), question.ToString(), use));
        }
    }
}
