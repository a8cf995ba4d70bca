using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class MalformedRecordAnalyzerTests
{
    [Fact]
    public Task A_Council_tally_with_the_votes_but_no_permanent_members_list_is_reported() =>
        AnalyzeAsync(MalformedRecord.Rule, Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"), {|UNM0016:Tally.From(12, 1, 2)|});
            """));

    [Fact]
    public Task A_General_Assembly_tally_without_votes_against_is_reported() =>
        AnalyzeAsync(MalformedRecord.Rule, Method("""
                    return Vote.FromTally(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.SimpleMajority, Proposal.Draft("A/ES-11/L.10"), {|UNM0016:Tally.Partial(93)|});
            """));

    [Fact]
    public Task Tallies_with_what_the_decision_needs_are_valid() =>
        AnalyzeAsync(MalformedRecord.Rule, Method("""
                    var a = Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"), Tally.From(12, 1, 2), []);
                    var b = Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"), Tally.From(8, 1, 6));
                    var c = Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Procedural, Proposal.Motion("Postpone"), Tally.Partial(6));
                    return Vote.FromTally(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.SimpleMajority, Proposal.Draft("A/ES-11/L.10"), Tally.Partial(93, 18));
            """));

    [Fact]
    public Task A_builder_built_without_a_proposal_is_reported_at_Build() =>
        AnalyzeAsync(MalformedRecord.Rule, Method("""
                    var a = VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).Yes(MemberStates.France).{|UNM0016:Build()|};
                    var builder = VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24));
                    builder.Yes(MemberStates.France);
                    return builder.{|UNM0016:Build()|};
            """));

    [Fact]
    public Task A_builder_given_its_proposal_in_any_statement_is_valid() =>
        AnalyzeAsync(MalformedRecord.Rule, Method("""
                    var a = VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).Yes(MemberStates.France).On(Proposal.Draft("S/2025/112")).Build();
                    var builder = VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24));
                    builder.On(Proposal.Draft("A/ES-11/L.10"));
                    builder.Yes(MemberStates.France);
                    return builder.Build();
            """));

    [Fact]
    public Task A_person_in_an_election_of_States_and_a_State_in_an_election_of_the_Court_are_reported() =>
        AnalyzeAsync(MalformedRecord.Rule, Method("""
                    var hrc = ElectionRound.Of(Body.GeneralAssembly, new DateOnly(2023, 10, 10), QuestionKind.HumanRightsCouncilElection, 1, [{|UNM0016:ElectionCandidate.Person("Albania", 123)|}]);
                    return ElectionRound.Of(Body.SecurityCouncil, new DateOnly(2011, 12, 13), QuestionKind.CourtElection, 1, [{|UNM0016:ElectionCandidate.Of(MemberStates.Uganda, 9)|}]);
            """));

    [Fact]
    public Task A_person_standing_for_the_Court_is_valid() =>
        AnalyzeAsync(MalformedRecord.Rule, Method("""
                    return ElectionRound.Of(Body.SecurityCouncil, new DateOnly(2011, 12, 13), QuestionKind.CourtElection, 1, [ElectionCandidate.Person("Julia Sebutinde", 9)]);
            """));
}
