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
}
