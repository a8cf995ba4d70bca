using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class BodyNotInExistenceAnalyzerTests
{
    [Fact]
    public Task A_Human_Rights_Council_vote_before_June_2006_is_reported_once() =>
        AnalyzeAsync(BodyNotInExistence.Rule, Method("""
                    var builder = VoteBuilder.In(Body.HumanRightsCouncil, {|UNM0015:new DateOnly(2005, 3, 1)|}).On(Proposal.Draft("E/CN.4/2005/L.1"));
                    builder.Yes(MemberStates.France);
                    return builder.Build();
            """).Replace("E/CN.4/2005/L.1", "A/HRC/1/L.1"));

    [Fact]
    public Task A_Security_Council_vote_before_its_first_meeting_is_reported() =>
        AnalyzeAsync(BodyNotInExistence.Rule, Method("""
                    return Vote.FromTally(Body.SecurityCouncil, {|UNM0015:new DateOnly(1946, 1, 16)|}, QuestionKind.Procedural, Proposal.Motion("Adopt the agenda"), Tally.From(11, 0, 0));
            """));

    [Fact]
    public Task The_first_meeting_day_is_valid() =>
        AnalyzeAsync(BodyNotInExistence.Rule, Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(1946, 1, 17), QuestionKind.Procedural, Proposal.Motion("Adopt the agenda"), Tally.From(11, 0, 0));
            """));

    [Fact]
    public Task An_election_or_suspension_of_the_Human_Rights_Council_before_it_existed_is_reported() =>
        AnalyzeAsync(BodyNotInExistence.Rule, Method("""
                    var round = ElectionRound.Of(Body.GeneralAssembly, {|UNM0015:new DateOnly(2005, 5, 1)|}, QuestionKind.HumanRightsCouncilElection, 1, [ElectionCandidate.Of(MemberStates.Algeria, 168)]);
                    return Vote.FromTally(Body.GeneralAssembly, {|UNM0015:new DateOnly(2006, 6, 1)|}, QuestionKind.HumanRightsCouncilSuspension, Proposal.Draft("A/60/L.1"), Tally.From(130, 10, 20));
            """));

    [Fact]
    public Task The_first_election_and_a_suspension_once_it_sat_are_valid() =>
        AnalyzeAsync(BodyNotInExistence.Rule, Method("""
                    var round = ElectionRound.Of(Body.GeneralAssembly, new DateOnly(2006, 5, 9), QuestionKind.HumanRightsCouncilElection, 1, [ElectionCandidate.Of(MemberStates.Algeria, 168)]);
                    return Vote.FromTally(Body.GeneralAssembly, new DateOnly(2022, 4, 7), QuestionKind.HumanRightsCouncilSuspension, Proposal.Draft("A/ES-11/L.4"), Tally.From(93, 24, 58));
            """));
}
