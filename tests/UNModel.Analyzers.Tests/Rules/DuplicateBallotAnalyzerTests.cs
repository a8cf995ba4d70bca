using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class DuplicateBallotAnalyzerTests
{
    [Fact]
    public Task A_second_ballot_in_a_collection_expression_is_reported() =>
        AnalyzeAsync(DuplicateBallot.Rule, Method("""
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        [Ballot.Yes(MemberStates.France), Ballot.Abstain({|UNM0003:MemberStates.France|})]);
            """));

    [Fact]
    public Task A_second_ballot_across_builder_calls_is_reported() =>
        AnalyzeAsync(DuplicateBallot.Rule, Method("""
                    return VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24)).On(Proposal.Draft("A/ES-11/L.10"))
                        .Yes(MemberStates.Ukraine, MemberStates.Germany)
                        .No({|UNM0003:MemberStates.Ukraine|})
                        .Build();
            """));

    [Fact]
    public Task A_ballots_array_held_in_a_local_is_read() =>
        AnalyzeAsync(DuplicateBallot.Rule, Method("""
                    Ballot[] ballots = [Ballot.Yes(MemberStates.France), Ballot.No({|UNM0003:MemberStates.France|})];
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"), ballots);
            """));

    [Fact]
    public Task A_list_that_is_changed_after_creation_is_not_trusted() =>
        AnalyzeAsync(DuplicateBallot.Rule, Method("""
                    var ballots = new List<Ballot> { Ballot.Yes(MemberStates.France), Ballot.No(MemberStates.France) };
                    ballots.RemoveAt(0);
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"), ballots);
            """));

    [Fact]
    public Task A_duplicate_inside_one_statement_on_a_builder_local_is_reported() =>
        AnalyzeAsync(DuplicateBallot.Rule, Method("""
                    var builder = VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).On(Proposal.Draft("S/2025/112"));
                    builder.Yes(MemberStates.France).No({|UNM0003:MemberStates.France|});
                    return builder.Build();
            """));

    [Fact]
    public Task Distinct_states_are_valid() =>
        AnalyzeAsync(DuplicateBallot.Rule, Method("""
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        [Ballot.Yes(MemberStates.France), Ballot.No(MemberStates.RussianFederation), Ballot.Abstain(MemberStates.China)]);
            """));

    [Fact]
    public Task A_permanent_member_listed_twice_among_the_no_votes_is_reported() =>
        AnalyzeAsync(DuplicateBallot.Rule, Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        Tally.From(10, 2, 3), [CountryCode.From("RUS"), {|UNM0003:MemberStates.RussianFederation.Code|}]);
            """));

    [Fact]
    public Task A_candidate_listed_twice_is_reported_at_its_second_place() =>
        AnalyzeAsync(DuplicateBallot.Rule, Method("""
                    return ElectionRound.Of(Body.GeneralAssembly, new DateOnly(2023, 10, 10), QuestionKind.HumanRightsCouncilElection, 2,
                        [ElectionCandidate.Of(MemberStates.Albania, 123), ElectionCandidate.Of(MemberStates.Bulgaria, 160), {|UNM0003:ElectionCandidate.Of(MemberStates.Albania, 1)|}]);
            """));
}
