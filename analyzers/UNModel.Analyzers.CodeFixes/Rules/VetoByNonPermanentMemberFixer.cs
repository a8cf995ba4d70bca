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
    /// <summary>
    /// UNM0001 and UNM0007: records a veto that cannot be one as the "no" it is: <c>Ballot.Veto(s)</c> becomes
    /// <c>Ballot.No(s)</c> and <c>builder.Veto(s)</c> becomes <c>builder.No(s)</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(VetoByNonPermanentMemberFixer))]
    [Shared]
    public sealed class VetoByNonPermanentMemberFixer : CodeFixProvider
    {
        private const string Title = "Record the vote as No";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(RuleIds.VetoByNonPermanentMember, RuleIds.VetoOnProceduralVote);

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
                if (!diagnostic.Properties.ContainsKey(VetoByNonPermanentMember.VetoToNoKey))
                {
                    continue;
                }

                SimpleNameSyntax? name = FindVetoName(root, diagnostic);
                if (name is null)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(Title, ct => ReplaceAsync(context.Document, name, ct), equivalenceKey: nameof(VetoByNonPermanentMemberFixer)),
                    diagnostic);
            }
        }

        private static SimpleNameSyntax? FindVetoName(SyntaxNode root, Diagnostic diagnostic)
        {
            SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
            for (SyntaxNode? current = node; current is not null; current = current.Parent)
            {
                if (current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } && access.Name.Identifier.ValueText == "Veto")
                {
                    return access.Name;
                }
            }

            return null;
        }

        private static async Task<Document> ReplaceAsync(Document document, SimpleNameSyntax name, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            SimpleNameSyntax replacement = name.WithIdentifier(SyntaxFactory.Identifier("No").WithTriviaFrom(name.Identifier));
            return document.WithSyntaxRoot(root.ReplaceNode(name, replacement));
        }
    }
}
