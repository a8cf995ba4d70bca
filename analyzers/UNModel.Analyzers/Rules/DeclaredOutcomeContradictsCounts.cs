using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0005: a declared outcome that contradicts constant counts (e.g. "Adopted" with 8 votes in favour in the Security Council).</summary>
    public static class DeclaredOutcomeContradictsCounts
    {
        /// <summary>The diagnostic property holding the computed outcome (<c>Adopted</c> or <c>Rejected</c>) for the code fix.</summary>
        public const string OutcomeKey = "UNModel.Outcome";

        /// <summary>The diagnostic property holding, for a veto the counts give, the catalogue names of the vetoers (<c>RussianFederation</c>), comma-separated.</summary>
        public const string VetoersKey = "UNModel.Vetoers";

        /// <summary>The properties the code fix reads: the computed outcome and, for a veto, its vetoers' catalogue names.</summary>
        internal static ImmutableDictionary<string, string?> FixProperties(Violation violation)
        {
            ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty.Add(OutcomeKey, violation.Outcome.ToString());
            if (violation.Vetoers is not { Count: > 0 } vetoers)
            {
                return properties;
            }

            var names = new string[vetoers.Count];
            for (int i = 0; i < names.Length; i++)
            {
                if (CharterFacts.Data.Find(vetoers[i]) is not { } record)
                {
                    return properties;
                }

                names[i] = record.Identifier;
            }

            return properties.Add(VetoersKey, string.Join(",", names));
        }

        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.DeclaredOutcomeContradictsCounts,
            title: "Declared outcome contradicts the counts",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The outcome of a vote follows from its counts and the rule that governs the question (Charter Arts. 18, 27, 67). A declared outcome that the counts do not give is a mistake in the record.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.DeclaredOutcomeContradictsCounts),
            customTags: RuleCategories.CharterTags);
    }
}
