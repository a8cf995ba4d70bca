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
    /// <summary>UNM0004: constant counts larger than the body's membership on that date, or negative.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class CountsExceedMembershipAnalyzer : DiagnosticAnalyzer
    {
        private const int MaxCount = DecisionCalculator.MaxCount;

        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.CountsExceedMembership,
            title: "Counts larger than the body",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A body cannot cast more votes than it has seats: 11, then 15, in the Security Council (Charter Art. 23), the number of Members in the General Assembly (Art. 9, 18(1)).",
            helpLinkUri: RuleIds.HelpLink(RuleIds.CountsExceedMembership),
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
            IMethodSymbol method = invocation.TargetMethod;
            if (UNModelSymbols.Is(method, symbols.Tally, "From") || UNModelSymbols.Is(method, symbols.Tally, "Partial"))
            {
                foreach (IArgumentOperation argument in invocation.Arguments)
                {
                    if (argument.ArgumentKind != ArgumentKind.DefaultValue && Knowable.TryGetInt(argument.Value, out int count) && (count < 0 || count > MaxCount))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rule, argument.Value.Syntax.GetLocation(), "the '" + argument.Parameter?.Name + "' count " + Text(count) + " is impossible: counts are between 0 and the body's membership"));
                    }
                }

                return;
            }

            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote || !vote.IsTally
                || vote.Body is not BodyKind body || vote.Date is not int day || day < CharterFacts.FirstMeeting(body) || vote.Tally is null
                || !DecisionCalculator.TryReadTally(vote.Tally, out int yes, out int? no, out int? abstain) || yes < 0 || no < 0 || abstain < 0)
            {
                return;
            }

            int seats = CharterFacts.SeatCount(body, day);
            long sum = (long)yes + (no ?? 0) + (abstain ?? 0); // constants may be as large as int.MaxValue: no overflow
            if (sum > seats)
            {
                string tally = Text(yes) + "-" + (no is int n ? Text(n) : "?") + "-" + (abstain is int a ? Text(a) : "?");
                context.ReportDiagnostic(Diagnostic.Create(Rule, vote.Tally.Syntax.GetLocation(), "the tally " + tally + " adds up to " + Text(sum) + " but the " + VoterCheck.BodyName(body) + " had " + Text(seats) + " seats on " + Knowable.FormatDay(day)));
                return;
            }

            if (body == BodyKind.SecurityCouncil && no is int against && vote.PermanentNo is { } permanentNo
                && Knowable.TryGetElements(permanentNo, out List<IOperation> codes, out _) && codes.Count > against)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, permanentNo.Syntax.GetLocation(), Text(codes.Count) + " permanent members voted no but the tally has only " + Text(against) + " votes against"));
            }
        }

        private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
