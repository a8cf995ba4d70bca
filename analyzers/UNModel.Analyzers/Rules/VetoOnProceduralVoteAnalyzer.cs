using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0007: a veto on a procedural vote of the Security Council (Charter Art. 27(2)), or permanent members' "no" votes outside the Council.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class VetoOnProceduralVoteAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.VetoOnProceduralVote,
            title: "Veto on a procedural vote",
            messageFormat: "{0}",
            category: RuleCategories.Charter,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Procedural questions in the Security Council are decided by nine affirmative votes of any members: no veto exists there (Charter Art. 27(2)). Only the Security Council has permanent members.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.VetoOnProceduralVote),
            customTags: RuleCategories.CharterTags);

        private static readonly ImmutableDictionary<string, string?> FixProperties = ImmutableDictionary<string, string?>.Empty.Add(VetoByNonPermanentMemberAnalyzer.VetoToNoKey, "No");

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
            if (!VoteModel.IsEntry(invocation, symbols) || VoteModel.Read(invocation, symbols) is not VoteModel vote || vote.Body is not BodyKind body)
            {
                return;
            }

            if (vote.IsTally && body != BodyKind.SecurityCouncil && vote.PermanentNo is { } permanentNo
                && Knowable.TryGetElements(permanentNo, out List<IOperation> codes, out _) && codes.Count > 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, permanentNo.Syntax.GetLocation(), "only the Security Council has permanent members; a " + VoterCheck.BodyName(body) + " tally cannot name permanent members voting no"));
                return;
            }

            if (body != BodyKind.SecurityCouncil || vote.Question != QuestionKind.Procedural || vote.Date is not int day)
            {
                return;
            }

            foreach (BallotModel ballot in vote.Ballots)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                if (ballot.IsVeto && VoterCheck.StatusOf(ballot, vote) == VoterStatus.Valid && CharterFacts.IsPermanentMember(ballot.Packed, day))
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, ballot.CallLocation, FixProperties, "no veto exists on a procedural question: nine affirmative votes of any members decide it (Charter Art. 27(2)); record " + VoterCheck.NameOf(ballot.Packed) + "'s vote as No"));
                }
            }

            if (DeclaredModel.Read(vote.Declared, symbols) is { } declared)
            {
                foreach ((int packed, Location location, _) in declared.VetoedBy)
                {
                    if (packed != 0 && CharterFacts.IsPermanentMember(packed, day))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rule, location, "the record says " + VoterCheck.NameOf(packed) + " vetoed a procedural question, where no veto exists (Charter Art. 27(2))"));
                    }
                }
            }
        }
    }
}
