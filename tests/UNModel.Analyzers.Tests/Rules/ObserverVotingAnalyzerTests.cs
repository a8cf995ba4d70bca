using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class ObserverVotingAnalyzerTests
{
    [Fact]
    public Task An_observers_ballot_is_reported_wherever_it_is_written() =>
        AnalyzeAsync(ObserverVoting.Rule, Method("""
                    Ballot b = Ballot.Yes({|UNM0008:ObserverStates.HolySee|});
                    return Ballot.Abstain({|UNM0008:ObserverStates.StateOfPalestine|});
            """));

    [Fact]
    public Task An_observer_in_a_builder_call_is_reported() =>
        AnalyzeAsync(ObserverVoting.Rule, Method("""
                    return VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24)).On(Proposal.Draft("A/ES-11/L.10"))
                        .Yes(MemberStates.Ukraine, {|UNM0008:ObserverStates.StateOfPalestine|})
                        .Build();
            """));

    [Fact]
    public Task An_observer_by_code_is_reported() =>
        AnalyzeAsync(ObserverVoting.Rule, Method("""
                    return Ballot.Of({|UNM0008:CountryCode.From("VAT")|}, BallotChoice.No);
            """));

    [Fact]
    public Task A_state_before_its_admission_is_reported() =>
        AnalyzeAsync(ObserverVoting.Rule, Method("""
                    return VoteBuilder.In(Body.GeneralAssembly, new DateOnly(1960, 12, 14)).On(Proposal.Draft("A/L.323"))
                        .Yes(MemberStates.France, {|UNM0008:MemberStates.Germany|})
                        .Build();
            """));

    [Fact]
    public Task A_veto_by_the_Russian_Federation_in_1980_is_reported_as_a_non_member_as_the_runtime_does() =>
        AnalyzeAsync(ObserverVoting.Rule, Method("""
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(1980, 3, 1), QuestionKind.Substantive, Proposal.Draft("S/13000"),
                        [Ballot.Veto({|UNM0008:MemberStates.RussianFederation|})]);
            """));

    [Fact]
    public Task Members_on_the_date_are_valid() =>
        AnalyzeAsync(ObserverVoting.Rule, Method("""
                    return VoteBuilder.In(Body.GeneralAssembly, new DateOnly(1975, 12, 14)).On(Proposal.Draft("A/L.323"))
                        .Yes(MemberStates.France, MemberStates.Germany)
                        .Build();
            """));

    [Fact]
    public Task An_observer_or_a_former_Member_standing_for_election_is_reported() =>
        AnalyzeAsync(ObserverVoting.Rule, Method("""
                    var holySee = ElectionCandidate.Of({|UNM0008:ObserverStates.HolySee|}, 150);
                    return ElectionRound.Of(Body.GeneralAssembly, new DateOnly(2023, 10, 10), QuestionKind.HumanRightsCouncilElection, 2,
                        [ElectionCandidate.Of(MemberStates.Albania, 123), {|UNM0008:ElectionCandidate.Of(MemberStates.UnionOfSovietSocialistRepublics, 83)|}]);
            """));

    [Fact]
    public Task Members_standing_for_election_on_the_date_are_valid() =>
        AnalyzeAsync(ObserverVoting.Rule, Method("""
                    return ElectionRound.Of(Body.GeneralAssembly, new DateOnly(2023, 10, 10), QuestionKind.HumanRightsCouncilElection, 2,
                        [ElectionCandidate.Of(MemberStates.Albania, 123), ElectionCandidate.Of(MemberStates.Bulgaria, 160), ElectionCandidate.Of(MemberStates.RussianFederation, 83)]);
            """));
}
