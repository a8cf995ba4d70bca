using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class QuestionKindNotValidForBodyAnalyzerTests
{
    [Fact]
    public Task Two_thirds_in_the_Security_Council_is_reported() =>
        AnalyzeAsync(QuestionKindNotValidForBody.Rule, Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), {|UNM0012:QuestionKind.TwoThirds|}, Proposal.Draft("S/2025/112"), Tally.From(10, 2, 3), []);
            """));

    [Fact]
    public Task A_procedural_question_in_a_General_Assembly_chain_is_reported() =>
        AnalyzeAsync(QuestionKindNotValidForBody.Rule, Method("""
                    return VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24)).{|UNM0012:Procedural()|}.On(Proposal.Draft("A/ES-11/L.10")).Build();
            """));

    [Fact]
    public Task A_Charter_amendment_in_the_Security_Council_is_reported() =>
        AnalyzeAsync(QuestionKindNotValidForBody.Rule, Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), {|UNM0012:QuestionKind.CharterAmendment|}, Proposal.Draft("S/2025/112"), Tally.Partial(yes: 9));
            """));

    [Fact]
    public Task The_elections_and_Charter_amendments_in_the_Assembly_are_valid() =>
        AnalyzeAsync(QuestionKindNotValidForBody.Rule, Method("""
                    var a = Vote.FromTally(Body.GeneralAssembly, new DateOnly(2022, 4, 7), QuestionKind.HumanRightsCouncilSuspension, Proposal.Draft("A/ES-11/L.4"), Tally.From(93, 24, 58));
                    var b = Vote.FromTally(Body.GeneralAssembly, new DateOnly(2023, 11, 9), QuestionKind.CourtElection, Proposal.Motion("election of a member of the Court"), Tally.Partial(yes: 97));
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2011, 12, 13), QuestionKind.CourtElection, Proposal.Motion("election of a member of the Court"), Tally.Partial(yes: 9));
            """));

    [Fact]
    public Task Each_body_with_its_own_kinds_is_valid() =>
        AnalyzeAsync(QuestionKindNotValidForBody.Rule, Method("""
                    var a = VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24)).TwoThirds().On(Proposal.Draft("A/ES-11/L.10")).Build();
                    var b = VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).Procedural().On(Proposal.Motion("Postpone")).Build();
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).On(Proposal.Draft("S/2025/112")).Build();
            """));

    [Fact]
    public Task A_chain_that_may_be_changed_later_is_left_to_the_runtime() =>
        AnalyzeAsync(QuestionKindNotValidForBody.Rule, Method("""
                    var builder = VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).TwoThirds();
                    builder.Substantive();
                    return builder.On(Proposal.Draft("S/2025/112")).Build();
            """));

    [Fact]
    public Task An_election_the_body_does_not_hold_is_reported() =>
        AnalyzeAsync(QuestionKindNotValidForBody.Rule, Method("""
                    return ElectionRound.Of(Body.SecurityCouncil, new DateOnly(2019, 6, 7), {|UNM0012:QuestionKind.SecurityCouncilElection|}, 1, 15, 0, 0, [ElectionCandidate.Of(MemberStates.Estonia, 10)]);
            """));
}
