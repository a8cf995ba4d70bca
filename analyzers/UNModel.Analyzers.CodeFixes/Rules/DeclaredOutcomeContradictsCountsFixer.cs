using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using UNModel.Analyzers.Rules;

namespace UNModel.Analyzers.CodeFixes.Rules
{
    /// <summary>UNM0005: replaces a declared outcome that contradicts the counts with the computed one (<c>DeclaredOutcome.Adopted</c> or <c>.Rejected</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclaredOutcomeContradictsCountsFixer))]
    [Shared]
    public sealed class DeclaredOutcomeContradictsCountsFixer : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.DeclaredOutcomeContradictsCounts);

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return;
            }

            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(DeclaredOutcomeContradictsCounts.OutcomeKey, out string? outcome) || (outcome != "Adopted" && outcome != "Rejected"))
                {
                    continue;
                }

                SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node is ArgumentSyntax argument)
                {
                    node = argument.Expression;
                }

                if (node is not ExpressionSyntax expression)
                {
                    continue;
                }

                diagnostic.Properties.TryGetValue(DeclaredOutcomeContradictsCounts.VetoersKey, out string? vetoers);
                string title = "Declare the outcome the counts give: " + (vetoers is null ? outcome : "Vetoed(" + vetoers.Replace(",", ", ") + ")");
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => ReplaceAsync(context.Document, expression, outcome!, vetoers, ct), equivalenceKey: nameof(DeclaredOutcomeContradictsCountsFixer)),
                    diagnostic);
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax expression, string outcome, string? vetoers, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            ExpressionSyntax replacement = vetoers is not null ? Vetoed(expression, vetoers) : expression switch
            {
                // DeclaredOutcome.Adopted -> DeclaredOutcome.Rejected, keeping how the type is written.
                MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(outcome)),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.WithName(SyntaxFactory.IdentifierName(outcome)),
                _ => SyntaxFactory.ParseExpression("global::UNModel.DeclaredOutcome." + outcome).WithAdditionalAnnotations(Simplifier.Annotation),
            };
            return document.WithSyntaxRoot(root.ReplaceNode(expression, replacement.WithTriviaFrom(expression)));
        }

        /// <summary><c>DeclaredOutcome.Vetoed(MemberStates.RussianFederation)</c>, with the type written as it was.</summary>
        private static ExpressionSyntax Vetoed(ExpressionSyntax expression, string vetoers)
        {
            string type = expression switch
            {
                MemberAccessExpressionSyntax access => access.Expression.ToString(),
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Expression.ToString(),
                _ => "global::UNModel.DeclaredOutcome",
            };
            string[] names = vetoers.Split(',');
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = "global::UNModel.MemberStates." + names[i];
            }

            ExpressionSyntax vetoed = SyntaxFactory.ParseExpression(type + ".Vetoed(" + string.Join(", ", names) + ")");
            return vetoed.ReplaceNodes(vetoed.DescendantNodesAndSelf().OfType<MemberAccessExpressionSyntax>(), (_, access) => access.WithAdditionalAnnotations(Simplifier.Annotation));
        }
    }
}
