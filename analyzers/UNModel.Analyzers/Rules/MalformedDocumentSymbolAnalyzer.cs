using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0010: a constant United Nations document symbol that does not parse.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class MalformedDocumentSymbolAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property holding the canonical form, when there is exactly one.</summary>
        public const string CanonicalKey = "UNModel.Canonical";

        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.MalformedDocumentSymbol,
            title: "Malformed United Nations document symbol",
            messageFormat: "'{0}' is not a United Nations document symbol{1}",
            category: RuleCategories.Usage,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Document symbols are parsed when the program runs (DocumentSymbol.From, DocumentSymbol.Parse, Proposal.Draft). A constant that does not parse throws; the canonical form is e.g. A/RES/ES-11/7, A/ES-11/L.10, S/RES/2774 (2025) or S/2025/112.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.MalformedDocumentSymbol),
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
            IMethodSymbol method = invocation.TargetMethod;
            bool parses = UNModelSymbols.Is(method, symbols.DocumentSymbol, "From") || UNModelSymbols.Is(method, symbols.DocumentSymbol, "Parse")
                || UNModelSymbols.Is(method, symbols.Proposal, "Draft");
            if (!parses || invocation.Arguments.Length == 0)
            {
                return;
            }

            IArgumentOperation argument = invocation.Arguments[0];
            if (argument.Parameter?.Type.SpecialType != SpecialType.System_String || !Knowable.TryGetString(argument.Value, out string text))
            {
                return;
            }

            if (DocumentSymbolGrammar.TryParse(text.AsSpan(), out _))
            {
                return;
            }

            string? canonical = DocumentSymbolGrammar.Normalize(text);
            ImmutableDictionary<string, string?> properties = canonical is null
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(CanonicalKey, canonical);
            string hint = canonical is null ? " (expected e.g. A/RES/ES-11/7, A/ES-11/L.10, S/RES/2774 (2025), S/2025/112)" : "; did you mean '" + canonical + "'?";
            context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), properties, text, hint));
        }
    }
}
