using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class PartyToDisputeVotingAnalyzerTests
{
    [Fact]
    public Task A_party_voting_on_a_Chapter_VI_draft_is_reported() =>
        AnalyzeAsync(PartyToDisputeVoting.Rule, Method("""
                    var draft = Proposal.Draft("S/2025/200").WithBasis(CharterBasis.ChapterVI).WithPartiesToDispute([CountryCode.From("PAK")]);
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 5, 1)).On(draft)
                        .Yes(MemberStates.France, {|UNM0013:MemberStates.Pakistan|})
                        .Build();
            """));

    [Fact]
    public Task Abstaining_or_a_Chapter_VII_draft_is_valid() =>
        AnalyzeAsync(PartyToDisputeVoting.Rule, Method("""
                    var six = Proposal.Draft("S/2025/200").WithBasis(CharterBasis.ChapterVI).WithPartiesToDispute([CountryCode.From("PAK")]);
                    var seven = Proposal.Draft("S/2025/201").WithBasis(CharterBasis.ChapterVII).WithPartiesToDispute([CountryCode.From("PAK")]);
                    var a = VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 5, 1)).On(six).Yes(MemberStates.France).Abstain(MemberStates.Pakistan).Build();
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 5, 1)).On(seven).No(MemberStates.Pakistan).Build();
            """));
}
