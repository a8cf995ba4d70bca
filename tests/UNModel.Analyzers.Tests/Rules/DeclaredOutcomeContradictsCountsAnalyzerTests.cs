using UNModel.Analyzers.CodeFixes.Rules;
using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class DeclaredOutcomeContradictsCountsAnalyzerTests
{
    [Fact]
    public Task Adopted_with_eight_votes_in_the_Security_Council_is_fixed_to_rejected() =>
        FixAsync<DeclaredOutcomeContradictsCountsFixer>(DeclaredOutcomeContradictsCounts.Rule,
            Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        Tally.From(8, 0, 7), [], {|UNM0005:DeclaredOutcome.Adopted|});
            """),
            Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        Tally.From(8, 0, 7), [], DeclaredOutcome.Rejected);
            """));

    [Fact]
    public Task A_vetoed_roll_call_declared_adopted_is_fixed_to_rejected() =>
        FixAsync<DeclaredOutcomeContradictsCountsFixer>(DeclaredOutcomeContradictsCounts.Rule,
            Method("""
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).On(Proposal.Draft("S/2025/112"))
                        .Yes(MemberStates.UnitedStates, MemberStates.France, MemberStates.UnitedKingdom, MemberStates.Slovenia, MemberStates.Denmark,
                             MemberStates.Greece, MemberStates.Panama, MemberStates.RepublicOfKorea, MemberStates.Guyana)
                        .Veto(MemberStates.RussianFederation)
                        .Declared({|UNM0005:DeclaredOutcome.Adopted|})
                        .Build();
            """),
            Method("""
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).On(Proposal.Draft("S/2025/112"))
                        .Yes(MemberStates.UnitedStates, MemberStates.France, MemberStates.UnitedKingdom, MemberStates.Slovenia, MemberStates.Denmark,
                             MemberStates.Greece, MemberStates.Panama, MemberStates.RepublicOfKorea, MemberStates.Guyana)
                        .Veto(MemberStates.RussianFederation)
                        .Declared(DeclaredOutcome.Vetoed(MemberStates.RussianFederation))
                        .Build();
            """));

    [Fact]
    public Task A_veto_claim_naming_the_wrong_state_names_the_vetoers_and_is_fixed_to_the_right_one() =>
        FixAsync<DeclaredOutcomeContradictsCountsFixer>(DeclaredOutcomeContradictsCounts.Rule,
            Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        Tally.From(11, 1, 3), [CountryCode.From("RUS")], {|#0:DeclaredOutcome.Vetoed(MemberStates.China)|});
            """),
            Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        Tally.From(11, 1, 3), [CountryCode.From("RUS")], DeclaredOutcome.Vetoed(MemberStates.RussianFederation));
            """),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(RuleIds.DeclaredOutcomeContradictsCounts, Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("the record declares Rejected (vetoed by CHN) but the counts give a veto by RUS: S/2025/112 not adopted 11-1-3: it had 11 affirmative votes (9 required) but was vetoed by the Russian Federation, a permanent member voting against (Charter Art. 27(3))"));

    [Fact]
    public Task A_veto_claim_on_a_draft_without_the_votes_says_no_veto_was_cast() =>
        AnalyzeAsync(DeclaredOutcomeContradictsCounts.Rule,
            Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        Tally.From(8, 1, 6), [CountryCode.From("RUS")], {|#0:DeclaredOutcome.Vetoed(MemberStates.RussianFederation)|});
            """),
            expected: new Microsoft.CodeAnalysis.Testing.DiagnosticResult(RuleIds.DeclaredOutcomeContradictsCounts, Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage("the record declares Rejected (vetoed by RUS) but no permanent member's vote vetoed it: S/2025/112 not adopted 8-1-6: 8 in favour, 9 required (Charter Art. 27(3)); a permanent member voted against, which is no veto when the draft lacks the votes"));

    [Fact]
    public Task Outcomes_that_match_the_counts_are_valid() =>
        AnalyzeAsync(DeclaredOutcomeContradictsCounts.Rule, Method("""
                    var ga = Vote.FromTally(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.SimpleMajority, Proposal.Draft("A/ES-11/L.10"),
                        Tally.From(93, 18, 65), declared: DeclaredOutcome.Adopted);
                    var sc = Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        Tally.From(11, 1, 3), [CountryCode.From("RUS")], DeclaredOutcome.Vetoed(MemberStates.RussianFederation));
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Procedural, Proposal.Motion("Postpone"),
                        Tally.From(6, 3, 6), declared: DeclaredOutcome.Rejected);
            """));

    [Fact]
    public Task A_two_thirds_question_declared_adopted_short_of_two_thirds_is_reported() =>
        AnalyzeAsync(DeclaredOutcomeContradictsCounts.Rule, Method("""
                    return Vote.FromTally(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.TwoThirds, Proposal.Draft("A/ES-11/L.10"),
                        Tally.From(93, 50, 40), declared: {|UNM0005:DeclaredOutcome.Adopted|});
            """));

    [Fact]
    public Task A_roll_call_with_an_unknown_ballot_is_left_to_the_runtime() =>
        AnalyzeAsync(DeclaredOutcomeContradictsCounts.Rule, Method("""
                    Ballot[] more = Array.Empty<Ballot>();
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        [Ballot.Yes(MemberStates.France), .. more], DeclaredOutcome.Adopted);
            """));
}
