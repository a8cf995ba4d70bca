using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using UNModel.Analyzers.Rules;

namespace UNModel.Analyzers.CodeFixes.Rules
{
    /// <summary>UNM0010: rewrites a malformed symbol literal in its canonical form, when the symbol has exactly one (e.g. <c>"s/2025/112"</c> → <c>"S/2025/112"</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MalformedDocumentSymbolFixer))]
    [Shared]
    public sealed class MalformedDocumentSymbolFixer : CodeFixProvider
    {
        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.MalformedDocumentSymbol);

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
                if (!diagnostic.Properties.TryGetValue(MalformedDocumentSymbol.CanonicalKey, out string? canonical) || canonical is null)
                {
                    continue;
                }

                SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
                if (node is ArgumentSyntax argument)
                {
                    node = argument.Expression;
                }

                if (node is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create("Use the canonical symbol '" + canonical + "'", ct => ReplaceAsync(context.Document, literal, canonical, ct), equivalenceKey: nameof(MalformedDocumentSymbolFixer)),
                    diagnostic);
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, LiteralExpressionSyntax literal, string canonical, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            LiteralExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(canonical)).WithTriviaFrom(literal);
            return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
        }
    }
}
