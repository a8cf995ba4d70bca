using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0001: a veto attributed to a state that is not a permanent member of the Security Council (Charter Arts. 23(1), 27(3)).</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VetoByNonPermanentMemberAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property that tells the code fix to turn the <c>Veto</c> call into <c>No</c>.</summary>
        public const string VetoToNoKey = "UNModel.VetoToNo";

        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.VetoByNonPermanentMember,
            title: "Veto by a state that is not a permanent member of the Security Council",
            messageFormat: "{0} is not a permanent member of the Security Council{1} and cannot cast a veto (Charter Articles 23(1) and 27(3)); {2}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Only the five permanent members of the Security Council can veto a substantive decision. A 'no' by any other state is an ordinary vote against.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.VetoByNonPermanentMember),
            customTags: RuleCategories.CharterTags);

        private static readonly ImmutableDictionary<string, string?> FixProperties = ImmutableDictionary<string, string?>.Empty.Add(VetoToNoKey, "No");

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

            // Ballot.Veto(state) and builder.Veto(state) throw for a state that never held a permanent seat, whatever the vote.
            if ((UNModelSymbols.Is(method, symbols.Ballot, "Veto") || UNModelSymbols.Is(method, symbols.VoteBuilder, "Veto")) && invocation.Arguments.Length == 1)
            {
                StateRecord? state = Knowable.TryGetState(invocation.Arguments[0].Value, symbols);
                if (state is not null && !CharterFacts.WasEverPermanentMember(state.Packed))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, Knowable.NameToEnd(invocation), FixProperties, state.Name, string.Empty, "record its vote as No"));
                }

                return;
            }

            if (UNModelSymbols.Is(method, symbols.DeclaredOutcome, "Vetoed") && invocation.Arguments.Length == 1 && invocation.Arguments[0].Parameter is { IsParams: true }
                && Knowable.TryGetParams(invocation, out List<IOperation> states, out _))
            {
                foreach (IOperation value in states)
                {
                    StateRecord? state = Knowable.TryGetState(value, symbols);
                    if (state is not null && !CharterFacts.WasEverPermanentMember(state.Packed))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), state.Name, string.Empty, "a record cannot say it vetoed a draft"));
                    }
                }

                return;
            }

            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote || vote.Body is not BodyKind body || vote.Date is not int day)
            {
                return;
            }

            string onDate = " on " + Knowable.FormatDay(day);
            foreach (BallotModel ballot in vote.Ballots)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (ballot.IsVeto && VoterCheck.StatusOf(ballot, vote) == VoterStatus.Valid && !IsPermanent(body, ballot.Packed, day))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, ballot.CallLocation, FixProperties, VoterCheck.NameOf(ballot.Packed), onDate, "record its vote as No"));
                }
            }

            if (vote.IsTally && body == BodyKind.SecurityCouncil && vote.PermanentNo is { } permanentNo && Knowable.TryGetElements(permanentNo, out List<IOperation> codes, out _))
            {
                foreach (IOperation code in codes)
                {
                    int packed = Knowable.TryGetCode(code, symbols);
                    if (packed != 0 && CharterFacts.Data.Find(packed) is not null && !CharterFacts.IsPermanentMember(packed, day))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rule, code.Syntax.GetLocation(), VoterCheck.NameOf(packed), onDate, "it cannot be listed among the permanent members voting no"));
                    }
                }
            }

            if (DeclaredModel.Read(vote.Declared, symbols) is { } declared)
            {
                foreach ((int packed, Location location, bool asState) in declared.VetoedBy)
                {
                    // A state that never held a permanent seat is reported where DeclaredOutcome.Vetoed(...) is written.
                    bool reportedAlready = asState && !CharterFacts.WasEverPermanentMember(packed);
                    if (packed != 0 && !reportedAlready && CharterFacts.Data.Find(packed) is not null && !IsPermanent(body, packed, day))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rule, location, VoterCheck.NameOf(packed), onDate, "the record cannot say it vetoed the draft"));
                    }
                }
            }
        }

        private static bool IsPermanent(BodyKind body, int packed, int day) => body == BodyKind.SecurityCouncil && CharterFacts.IsPermanentMember(packed, day);
    }
}
