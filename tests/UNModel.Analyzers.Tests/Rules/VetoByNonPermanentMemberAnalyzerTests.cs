using UNModel.Analyzers.CodeFixes.Rules;
using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class VetoByNonPermanentMemberAnalyzerTests
{
    [Fact]
    public Task Ballot_veto_by_an_elected_member_is_reported_and_fixed_to_no() =>
        FixAsync<VetoByNonPermanentMemberFixer>(VetoByNonPermanentMember.Rule,
            Method("        return Ballot.{|UNM0001:Veto(MemberStates.Slovenia)|};"),
            Method("        return Ballot.No(MemberStates.Slovenia);"));

    [Fact]
    public Task Builder_veto_by_an_elected_member_is_reported_and_fixed_to_no() =>
        FixAsync<VetoByNonPermanentMemberFixer>(VetoByNonPermanentMember.Rule,
            Method("""
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24))
                        .On(Proposal.Draft("S/2025/112"))
                        .Yes(MemberStates.UnitedStates)
                        .{|UNM0001:Veto(MemberStates.Slovenia)|}
                        .{|UNM0001:Veto(MemberStates.Denmark)|}
                        .Build();
            """),
            Method("""
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24))
                        .On(Proposal.Draft("S/2025/112"))
                        .Yes(MemberStates.UnitedStates)
                        .No(MemberStates.Slovenia)
                        .No(MemberStates.Denmark)
                        .Build();
            """));

    // The states read are kept in a map that grows past 32 of them: the same states are told apart before and after.
    [Fact]
    public Task States_read_after_forty_others_are_still_told_apart() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Method("""
                    Ballot before = Ballot.{|UNM0001:Veto(MemberStates.Germany)|};
                    Ballot permanent = Ballot.Veto(MemberStates.France);
                    Ballot[] others =
                    [
                        Ballot.Yes(MemberStates.Afghanistan), Ballot.Yes(MemberStates.Albania),
                        Ballot.Yes(MemberStates.Algeria), Ballot.Yes(MemberStates.Andorra), Ballot.Yes(MemberStates.Angola),
                        Ballot.Yes(MemberStates.AntiguaAndBarbuda), Ballot.Yes(MemberStates.Argentina),
                        Ballot.Yes(MemberStates.Armenia), Ballot.Yes(MemberStates.Australia),
                        Ballot.Yes(MemberStates.Austria), Ballot.Yes(MemberStates.Azerbaijan),
                        Ballot.Yes(MemberStates.Bahamas), Ballot.Yes(MemberStates.Bahrain),
                        Ballot.Yes(MemberStates.Bangladesh), Ballot.Yes(MemberStates.Barbados),
                        Ballot.Yes(MemberStates.Belarus), Ballot.Yes(MemberStates.Belgium), Ballot.Yes(MemberStates.Belize),
                        Ballot.Yes(MemberStates.Benin), Ballot.Yes(MemberStates.Bhutan), Ballot.Yes(MemberStates.Bolivia),
                        Ballot.Yes(MemberStates.BosniaAndHerzegovina), Ballot.Yes(MemberStates.Botswana),
                        Ballot.Yes(MemberStates.Brazil), Ballot.Yes(MemberStates.BruneiDarussalam),
                        Ballot.Yes(MemberStates.Bulgaria), Ballot.Yes(MemberStates.BurkinaFaso),
                        Ballot.Yes(MemberStates.Burundi), Ballot.Yes(MemberStates.CaboVerde),
                        Ballot.Yes(MemberStates.Cambodia), Ballot.Yes(MemberStates.Cameroon),
                        Ballot.Yes(MemberStates.Canada), Ballot.Yes(MemberStates.CentralAfricanRepublic),
                        Ballot.Yes(MemberStates.Chad), Ballot.Yes(MemberStates.Chile), Ballot.Yes(MemberStates.Colombia),
                        Ballot.Yes(MemberStates.Comoros), Ballot.Yes(MemberStates.Congo),
                        Ballot.Yes(MemberStates.CostaRica), Ballot.Yes(MemberStates.CoteDIvoire)
                    ];
                    Ballot after = Ballot.{|UNM0001:Veto(MemberStates.Germany)|};
                    return Ballot.Veto(MemberStates.France);
            """));

    [Fact]
    public Task A_permanent_members_veto_is_valid() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Method("""
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        [Ballot.Yes(MemberStates.UnitedKingdom), Ballot.Veto(MemberStates.RussianFederation)]);
            """));

    [Fact]
    public Task A_veto_by_a_state_not_known_at_compile_time_is_left_to_the_runtime() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Method("""
                    State s = MemberStates.All[0];
                    return Ballot.Veto(s);
            """));

    [Fact]
    public Task The_USSR_held_the_seat_in_1980() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Method("""
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(1980, 3, 1), QuestionKind.Substantive, Proposal.Draft("S/13000"),
                        [Ballot.Veto(MemberStates.UnionOfSovietSocialistRepublics)]);
            """));

    [Fact]
    public Task A_veto_in_the_General_Assembly_is_reported() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Method("""
                    DateOnly date = new(2025, 2, 24);
                    return Vote.RollCall(Body.GeneralAssembly, date, QuestionKind.SimpleMajority, Proposal.Draft("A/ES-11/L.10"),
                        [Ballot.Yes(MemberStates.Ukraine), Ballot.{|UNM0001:Veto(MemberStates.France)|}]);
            """));

    [Fact]
    public Task A_declared_veto_by_an_elected_member_is_reported_without_a_fix() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Method("""
                    return DeclaredOutcome.Vetoed({|UNM0001:MemberStates.Slovenia|});
            """));

    [Fact]
    public Task A_tally_listing_an_elected_member_among_the_permanent_members_voting_no_is_reported() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        Tally.From(10, 2, 3), [MemberStates.RussianFederation.Code, {|UNM0001:CountryCode.From("SVN")|}]);
            """));

    [Fact]
    public Task A_veto_by_an_elected_member_past_the_data_is_still_reported() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Method("""
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2027, 3, 1), QuestionKind.Substantive, Proposal.Draft("S/2027/1"),
                        [Ballot.Yes(MemberStates.France), Ballot.{|UNM0001:Veto(MemberStates.Liberia)|}]);
            """));
}
