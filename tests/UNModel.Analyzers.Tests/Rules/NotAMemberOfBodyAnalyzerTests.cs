using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class NotAMemberOfBodyAnalyzerTests
{
    [Fact]
    public Task A_state_not_on_the_Council_that_year_is_reported_in_a_builder_chain() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method("""
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24))
                        .On(Proposal.Draft("S/2025/112"))
                        .Yes(MemberStates.Slovenia, {|UNM0002:MemberStates.Germany|})
                        .Build();
            """));

    [Fact]
    public Task A_state_not_on_the_Human_Rights_Council_or_suspended_from_it_is_reported() =>
        // The United States left the Council on 19 June 2018; the Russian Federation was suspended on 7 April 2022 (A/RES/ES-11/3).
        AnalyzeAsync(NotAMemberOfBody.Rule, Method("""
                    var a = Vote.RollCall(Body.HumanRightsCouncil, new DateOnly(2019, 3, 22), QuestionKind.SimpleMajority, Proposal.Draft("A/HRC/40/L.1"),
                        [Ballot.Yes(MemberStates.UnitedKingdom), Ballot.No({|UNM0002:MemberStates.UnitedStates|})]);
                    return VoteBuilder.In(Body.HumanRightsCouncil, new DateOnly(2022, 4, 7)).On(Proposal.Draft("A/HRC/49/L.1"))
                        .Yes(MemberStates.Ukraine).No({|UNM0002:MemberStates.RussianFederation|}).Build();
            """));

    [Fact]
    public Task The_message_is_the_runtimes_naming_the_state_the_body_and_the_date()
    {
        UNModelException runtime = Assert.ThrowsAny<UNModelException>(() => Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
            [Ballot.Yes(MemberStates.Slovenia), Ballot.No(MemberStates.Germany)]));
        Assert.Equal("UNM0002: Germany (DEU) was not a member of the Security Council on 24 February 2025 and had no vote there (Charter Arts. 23, 27(1))", runtime.Message);
        return AnalyzeAsync(
            NotAMemberOfBody.Rule,
            Method("""
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        [Ballot.Yes(MemberStates.Slovenia), Ballot.No({|#0:MemberStates.Germany|})]);
            """),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(RuleIds.NotAMemberOfBody, Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                .WithLocation(0)
                .WithArguments(runtime.Message[(RuleIds.NotAMemberOfBody.Length + 2)..]));
    }

    [Fact]
    public Task A_member_in_its_own_term_year_is_valid() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method("""
                    var date = new DateOnly(2024, 7, 1);
                    return VoteBuilder.In(Body.SecurityCouncil, date).On(Proposal.Draft("S/2024/500"))
                        .Yes(MemberStates.Slovenia, MemberStates.Japan, MemberStates.Switzerland)
                        .Build();
            """));

    [Fact]
    public Task Germany_sat_in_2019_and_2020_but_not_in_2021() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method("""
                    var a = VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2020, 12, 31)).On(Proposal.Draft("S/2020/1")).Yes(MemberStates.Germany).Build();
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2021, 1, 1)).On(Proposal.Draft("S/2021/1")).Yes({|UNM0002:MemberStates.Germany|}).Build();
            """));

    [Fact]
    public Task A_builder_kept_in_a_local_is_read_statement_by_statement() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method("""
                    var builder = VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).On(Proposal.Draft("S/2025/112"));
                    builder.Yes(MemberStates.Slovenia, MemberStates.France);
                    builder.Abstain({|UNM0002:MemberStates.Germany|});
                    return builder.Build();
            """));

    [Fact]
    public Task A_builder_local_that_is_reassigned_is_not_trusted() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method("""
                    var builder = VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24));
                    builder = VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24));
                    builder.Yes(MemberStates.Germany);
                    return builder.On(Proposal.Draft("A/ES-11/L.10")).Build();
            """));

    [Fact]
    public Task Static_readonly_fields_of_the_same_file_are_read() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Usings + """
            public static class Sample
            {
                private static readonly DateOnly Day = new(2025, 2, 24);
                private static readonly SecurityCouncilBody Council = Body.SecurityCouncil;

                public static Vote Run() => VoteBuilder.In(Council, Day).On(Proposal.Draft("S/2025/112")).Yes({|UNM0002:MemberStates.Germany|}).Build();
            }
            """);

    [Fact]
    public Task A_static_field_a_static_constructor_may_assign_again_is_not_trusted() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Usings + """
            public static class Sample
            {
                private static readonly DateOnly Day = new(2025, 2, 24);

                static Sample()
                {
                    Day = new DateOnly(2020, 2, 24);
                }

                public static Vote Run() => VoteBuilder.In(Body.SecurityCouncil, Day).On(Proposal.Draft("S/2025/112")).Yes(MemberStates.Germany).Build();
            }
            """);

    [Fact]
    public Task A_date_not_known_at_compile_time_is_left_to_the_runtime() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method("""
                    DateOnly date = DateOnly.FromDateTime(DateTime.Today);
                    return VoteBuilder.In(Body.SecurityCouncil, date).On(Proposal.Draft("S/2025/112")).Yes(MemberStates.Germany).Build();
            """));

    [Fact]
    public Task A_reassigned_date_is_not_trusted() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method("""
                    var date = new DateOnly(2025, 2, 24);
                    date = date.AddYears(-5);
                    return VoteBuilder.In(Body.SecurityCouncil, date).On(Proposal.Draft("S/2025/112")).Yes(MemberStates.Germany).Build();
            """));

    [Fact]
    public Task The_General_Assembly_seats_every_Member() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method("""
                    return VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2025, 2, 24)).On(Proposal.Draft("A/ES-11/L.10")).Yes(MemberStates.Germany).Build();
            """));

    [Fact]
    public Task Past_the_data_no_ballot_is_reported_as_off_the_Council_but_a_veto_by_an_elected_member_still_is() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method("""
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2027, 3, 1), QuestionKind.Substantive, Proposal.Draft("S/2027/1"),
                        [Ballot.Yes(MemberStates.Liberia), Ballot.Yes(MemberStates.France), Ballot.Yes(MemberStates.Germany)]);
            """));
}
