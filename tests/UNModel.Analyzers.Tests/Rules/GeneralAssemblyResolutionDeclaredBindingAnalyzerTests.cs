using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class GeneralAssemblyResolutionDeclaredBindingAnalyzerTests
{
    [Fact]
    public Task A_General_Assembly_draft_declared_binding_on_Members_is_reported() =>
        AnalyzeAsync(GeneralAssemblyResolutionDeclaredBinding.Rule, Method("""
                    return VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24))
                        .On(Proposal.Draft("A/ES-11/L.10").{|UNM0006:WithDeclaredEffect(LegalEffectKind.BindingOnMembers)|})
                        .Yes(MemberStates.Ukraine)
                        .Build();
            """));

    [Fact]
    public Task A_proposal_held_in_a_local_is_read() =>
        AnalyzeAsync(GeneralAssemblyResolutionDeclaredBinding.Rule, Method("""
                    var draft = Proposal.Draft("A/ES-11/L.10").{|UNM0006:WithDeclaredEffect(LegalEffectKind.BindingOnMembers)|}.WithBasis(CharterBasis.None);
                    return Vote.FromTally(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.SimpleMajority, draft, Tally.From(93, 18, 65));
            """));

    [Fact]
    public Task A_Security_Council_decision_may_bind_and_a_recommendation_is_valid() =>
        AnalyzeAsync(GeneralAssemblyResolutionDeclaredBinding.Rule, Method("""
                    var sc = VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24))
                        .On(Proposal.Draft("S/2025/112").WithBasis(CharterBasis.ChapterVII).WithDeclaredEffect(LegalEffectKind.BindingOnMembers)).Build();
                    return VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24))
                        .On(Proposal.Draft("A/ES-11/L.10").WithDeclaredEffect(LegalEffectKind.Recommendation)).Build();
            """));
}
