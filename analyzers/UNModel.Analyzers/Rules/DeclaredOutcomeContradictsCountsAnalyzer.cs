using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0005: a declared outcome that contradicts constant counts (e.g. "Adopted" with 8 votes in favour in the Security Council).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DeclaredOutcomeContradictsCountsAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property holding the computed outcome (<c>Adopted</c> or <c>Rejected</c>) for the code fix.</summary>
        public const string OutcomeKey = "UNModel.Outcome";

        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.DeclaredOutcomeContradictsCounts,
            title: "Declared outcome contradicts the counts",
            messageFormat: "The record declares {0} but the counts give {1}: {2}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The outcome of a vote follows from its counts and the rule that governs the question (Charter Arts. 18, 27, 67). A declared outcome that the counts do not give is a mistake in the record.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.DeclaredOutcomeContradictsCounts),
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
            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote
                || DeclaredModel.Read(vote.Declared, symbols) is not DeclaredModel declared
                || !DecisionCalculator.TryDecide(vote, symbols, out DecisionReason reason, out int yes, out int required, out List<int> vetoedBy))
            {
                return;
            }

            VoteOutcome computed = CharterRules.OutcomeOf(reason);
            bool vetoClaimMatches = declared.VetoedBy.Count == 0 || (declared.VetoedByComplete && SameSet(declared.VetoedBy, vetoedBy));
            if (computed == declared.Outcome && (vetoClaimMatches || !declared.VetoedByComplete))
            {
                return;
            }

            string because = reason switch
            {
                DecisionReason.MajorityReached => Text(yes) + " in favour reach the " + Text(required) + " required",
                DecisionReason.InsufficientVotes => Text(yes) + " in favour, " + Text(required) + " required",
                DecisionReason.Vetoed => "vetoed by " + string.Join(", ", vetoedBy.ConvertAll(VoterCheck.NameOf)),
                _ => "the vote is equally divided",
            };
            because += " (" + CharterRules.Citation(vote.Body!.Value, vote.Question!.Value) + ")";
            string declaredText = declared.Outcome.ToString() + (declared.VetoedBy.Count == 0 ? string.Empty : " (vetoed by " + string.Join(", ", declared.VetoedBy.ConvertAll(v => VoterCheck.NameOf(v.Packed))) + ")");
            string computedText = computed.ToString() + (reason == DecisionReason.Vetoed ? " (vetoed)" : string.Empty);

            // The fix replaces the declaration in place; through a local it would rewrite the wrong expression.
            ImmutableDictionary<string, string?> properties = Knowable.Unwrap(vote.Declared!) is ILocalReferenceOperation
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(OutcomeKey, computed.ToString());
            context.ReportDiagnostic(Diagnostic.Create(Rule, vote.Declared!.Syntax.GetLocation(), properties, declaredText, computedText, because));
        }

        private static bool SameSet(List<(int Packed, Location Location, bool AsState)> declared, List<int> computed)
        {
            var a = new HashSet<int>();
            foreach ((int packed, _, _) in declared)
            {
                a.Add(packed);
            }

            return a.SetEquals(computed);
        }

        private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
