using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class MemberInArrearsVotingAnalyzerTests
{
    [Fact]
    public Task A_Member_in_arrears_voting_in_the_General_Assembly_is_reported() =>
        AnalyzeAsync(MemberInArrearsVoting.Rule, Method("""
                    return VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24)).On(Proposal.Draft("A/ES-11/L.10"))
                        .InArrears(MemberStates.Venezuela)
                        .Yes(MemberStates.Ukraine, {|UNM0014:MemberStates.Venezuela|})
                        .Build();
            """));

    [Fact]
    public Task The_roll_call_form_is_read_too() =>
        AnalyzeAsync(MemberInArrearsVoting.Rule, Method("""
                    return Vote.RollCall(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.SimpleMajority, Proposal.Draft("A/ES-11/L.10"),
                        [Ballot.Yes(MemberStates.Ukraine), Ballot.Abstain({|UNM0014:MemberStates.Venezuela|})], inArrears: [CountryCode.From("VEN")]);
            """));

    [Fact]
    public Task A_Member_in_arrears_that_is_absent_is_valid() =>
        AnalyzeAsync(MemberInArrearsVoting.Rule, Method("""
                    return VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24)).On(Proposal.Draft("A/ES-11/L.10"))
                        .InArrears(MemberStates.Venezuela)
                        .Yes(MemberStates.Ukraine).Absent(MemberStates.Venezuela)
                        .Build();
            """));
}
