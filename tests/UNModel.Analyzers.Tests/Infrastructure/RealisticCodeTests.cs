using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using UNModel.Analyzers.Tests.Helpers;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>
/// No false positives: the Security Council's meeting of 24 February 2025 (S/PV.9866) written as a user would — a
/// procedural motion, amendments (two vetoed), the draft — is silent for every analyzer, and one mistake in it is reported
/// once, by the right rule.
/// </summary>
public sealed class RealisticCodeTests
{
    private const string Meeting = """
        public static class February24
        {
            public static Meeting SecurityCouncil()
            {
                var date = new DateOnly(2025, 2, 24);
                var s112 = DocumentSymbol.From("S/2025/112");

                Vote motion = VoteBuilder.In(Body.SecurityCouncil, date).Procedural()
                    .On(Proposal.Motion("Postpone the meeting to 25 February (provisional rule 33)", s112))
                    .Yes(MemberStates.China, MemberStates.Denmark, MemberStates.France, MemberStates.UnitedKingdom, MemberStates.Greece, MemberStates.Slovenia)
                    .No(MemberStates.Panama, MemberStates.Somalia, MemberStates.UnitedStates)
                    .Abstain(MemberStates.Algeria, MemberStates.Guyana, MemberStates.RepublicOfKorea, MemberStates.Pakistan, MemberStates.RussianFederation, MemberStates.SierraLeone)
                    .Declared(DeclaredOutcome.Rejected)
                    .Build();

                Vote russian = Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, Proposal.Amendment(null, s112, "Conflict around Ukraine"),
                    [
                        Ballot.Yes(MemberStates.RussianFederation),
                        Ballot.No(MemberStates.Denmark), Ballot.No(MemberStates.France), Ballot.No(MemberStates.UnitedKingdom), Ballot.No(MemberStates.Greece),
                        Ballot.No(MemberStates.RepublicOfKorea), Ballot.No(MemberStates.Panama), Ballot.No(MemberStates.Slovenia),
                        Ballot.Abstain(MemberStates.China), Ballot.Abstain(MemberStates.Algeria), Ballot.Abstain(MemberStates.Guyana), Ballot.Abstain(MemberStates.Pakistan),
                        Ballot.Abstain(MemberStates.SierraLeone), Ballot.Abstain(MemberStates.Somalia), Ballot.Abstain(MemberStates.UnitedStates),
                    ],
                    DeclaredOutcome.Rejected);

                Vote rootCauses = Vote.FromTally(Body.SecurityCouncil, date, QuestionKind.Substantive, Proposal.Amendment(null, s112), Tally.From(4, 6, 5), permanentNo: null, declared: DeclaredOutcome.Rejected);
                Vote invasion = Vote.FromTally(Body.SecurityCouncil, date, QuestionKind.Substantive, Proposal.Amendment(null, s112), Tally.From(6, 1, 8), declared: DeclaredOutcome.Rejected);
                Vote sovereignty = Vote.FromTally(Body.SecurityCouncil, date, QuestionKind.Substantive, Proposal.Amendment(null, s112), Tally.Partial(yes: 9),
                    permanentNo: [CountryCode.From("RUS")], declared: DeclaredOutcome.Vetoed(MemberStates.RussianFederation));
                Vote peace = Vote.FromTally(Body.SecurityCouncil, date, QuestionKind.Substantive, Proposal.Amendment(null, s112), Tally.Partial(yes: 11),
                    permanentNo: [MemberStates.RussianFederation.Code], declared: DeclaredOutcome.Vetoed(MemberStates.RussianFederation));

                var builder = VoteBuilder.In(Body.SecurityCouncil, date).Substantive().On(Proposal.Draft(s112, "Ukraine"));
                builder.Yes(MemberStates.Algeria, MemberStates.China, MemberStates.Guyana, MemberStates.Pakistan, MemberStates.Panama);
                builder.Yes(MemberStates.RepublicOfKorea, MemberStates.RussianFederation, MemberStates.SierraLeone, MemberStates.Somalia, MemberStates.UnitedStates);
                builder.Abstain(MemberStates.Denmark, MemberStates.France, MemberStates.Greece, MemberStates.Slovenia, MemberStates.UnitedKingdom);
                Vote draft = builder.Declared(DeclaredOutcome.Adopted).Build();

                return Meeting.Create(Body.SecurityCouncil, date, DocumentSymbol.From("S/PV.9866"), [motion, russian, rootCauses, invasion, sovereignty, peace, draft]);
            }
        }
        """;

    [Fact]
    public async Task The_meeting_of_24_February_2025_is_silent_for_every_analyzer()
    {
        Assert.Empty(await AnalyzeAsync(Meeting));
    }

    [Theory]
    [InlineData("Ballot.No(MemberStates.Panama)", "Ballot.Veto(MemberStates.Panama)", "UNM0001")]
    [InlineData("Ballot.No(MemberStates.Panama)", "Ballot.No(MemberStates.Germany)", "UNM0002")]
    [InlineData("Ballot.Abstain(MemberStates.Somalia)", "Ballot.Abstain(MemberStates.Slovenia)", "UNM0003")]
    [InlineData("Tally.From(6, 1, 8)", "Tally.From(6, 1, 9)", "UNM0004")]
    [InlineData("Tally.From(4, 6, 5), permanentNo: null, declared: DeclaredOutcome.Rejected", "Tally.From(4, 6, 5), permanentNo: null, declared: DeclaredOutcome.Adopted", "UNM0005")]
    [InlineData(".No(MemberStates.Panama, MemberStates.Somalia, MemberStates.UnitedStates)", ".No(MemberStates.Panama, MemberStates.Somalia).Veto(MemberStates.UnitedStates)", "UNM0007")]
    [InlineData("Ballot.Abstain(MemberStates.Somalia)", "Ballot.Abstain(ObserverStates.StateOfPalestine)", "UNM0008")]
    [InlineData("Tally.Partial(yes: 9),\n            permanentNo: [CountryCode.From(\"RUS\")],", "Tally.Partial(yes: 9),\n            permanentNo: null,", "UNM0016")]
    public async Task One_mistake_is_reported_once_by_its_rule(string valid, string mistake, string ruleId)
    {
        string source = Meeting.Replace(valid, mistake, StringComparison.Ordinal);
        Assert.NotEqual(Meeting, source);
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(source);
        Diagnostic single = Assert.Single(diagnostics);
        Assert.Equal(ruleId, single.Id);
    }

    [Fact]
    public async Task Every_amendment_voted_after_its_draft_is_reported()
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync(Meeting.Replace("[motion, russian,", "[motion, draft, russian,", StringComparison.Ordinal));
        Assert.Equal(5, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal(RuleIds.AmendmentVotedAfterProposal, d.Id));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = Verifier.Compile(Verifier.Usings + source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers(AllAnalyzers.Create()).GetAnalyzerDiagnosticsAsync();
    }
}
