using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Analyzers.Infrastructure.Domain;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0010: a constant United Nations document symbol that does not parse.</summary>
    public static class MalformedDocumentSymbol
    {
        /// <summary>The diagnostic property holding the canonical form, when there is exactly one.</summary>
        public const string CanonicalKey = "UNModel.Canonical";

        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.MalformedDocumentSymbol,
            title: "Malformed United Nations document symbol",
            messageFormat: "{0}",
            category: RuleCategories.Usage,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Document symbols are parsed when the program runs (DocumentSymbol.From, DocumentSymbol.Parse, Proposal.Draft). A constant that does not parse throws; the canonical form is e.g. A/RES/ES-11/7, A/ES-11/L.10, S/RES/2774 (2025) or S/2025/112.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.MalformedDocumentSymbol),
            customTags: RuleCategories.UsageTags);

        /// <summary>A constant symbol given to <c>DocumentSymbol.From</c>/<c>Parse</c> or <c>Proposal.Draft</c> that does not parse.</summary>
        [MethodImpl(JitOnce.Options)]
        internal static void Check(OperationAnalysisContext context, IInvocationOperation invocation, DomainReader reader)
        {
            if (invocation.Arguments.Length == 0)
            {
                return;
            }

            IArgumentOperation argument = invocation.Arguments[0];
            if (argument.Parameter?.Type.SpecialType != SpecialType.System_String || !reader.Flow.TryGetString(argument.Value, out string text)
                || reader.CanonicalSymbol(text) is not null)
            {
                return;
            }

            string? canonical = DocumentSymbolGrammar.Normalize(text);
            ImmutableDictionary<string, string?> properties = canonical is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(CanonicalKey, canonical);
            context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), properties, RuleMessages.MalformedSymbol(text, canonical)));
        }
    }
}
