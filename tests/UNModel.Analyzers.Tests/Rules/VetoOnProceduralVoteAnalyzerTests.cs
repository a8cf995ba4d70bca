using UNModel.Analyzers.CodeFixes.Rules;
using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class VetoOnProceduralVoteAnalyzerTests
{
    [Fact]
    public Task A_veto_in_a_procedural_chain_is_reported_and_fixed_to_no() =>
        FixAsync<VetoByNonPermanentMemberFixer>(VetoOnProceduralVote.Rule,
            Method("""
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).Procedural()
                        .On(Proposal.Motion("Postpone the vote"))
                        .Yes(MemberStates.Slovenia)
                        .{|UNM0007:Veto(MemberStates.RussianFederation)|}
                        .Build();
            """),
            Method("""
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).Procedural()
                        .On(Proposal.Motion("Postpone the vote"))
                        .Yes(MemberStates.Slovenia)
                        .No(MemberStates.RussianFederation)
                        .Build();
            """));

    [Fact]
    public Task A_veto_in_a_procedural_roll_call_is_reported() =>
        AnalyzeAsync(VetoOnProceduralVote.Rule, Method("""
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Procedural, Proposal.Motion("Postpone"),
                        [Ballot.Yes(MemberStates.Slovenia), Ballot.{|UNM0007:Veto(MemberStates.China)|}]);
            """));

    [Fact]
    public Task A_veto_in_the_election_of_the_Court_is_reported() =>
        // ICJ Statute Art. 10(2): the Council elects "without any distinction between permanent and non-permanent members".
        AnalyzeAsync(VetoOnProceduralVote.Rule, Method("""
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2011, 12, 13), QuestionKind.CourtElection, Proposal.Motion("election of a member of the Court"),
                        [Ballot.Yes(MemberStates.Colombia), Ballot.{|UNM0007:Veto(MemberStates.France)|}]);
            """));

    [Fact]
    public Task A_veto_on_a_substantive_question_is_valid() =>
        AnalyzeAsync(VetoOnProceduralVote.Rule, Method("""
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).Substantive()
                        .On(Proposal.Draft("S/2025/112")).Veto(MemberStates.RussianFederation).Build();
            """));

    [Fact]
    public Task The_last_question_of_the_chain_counts() =>
        AnalyzeAsync(VetoOnProceduralVote.Rule, Method("""
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).Procedural().Substantive()
                        .On(Proposal.Draft("S/2025/112")).Veto(MemberStates.RussianFederation).Build();
            """));

    [Fact]
    public Task A_question_kind_not_known_at_compile_time_is_left_to_the_runtime() =>
        AnalyzeAsync(VetoOnProceduralVote.Rule, Method("""
                    QuestionKind kind = Enum.Parse<QuestionKind>("Procedural");
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).Question(kind)
                        .On(Proposal.Draft("S/2025/112")).Veto(MemberStates.RussianFederation).Build();
            """));

    [Fact]
    public Task A_builder_that_does_not_reach_Build_may_still_change_its_question() =>
        AnalyzeAsync(VetoOnProceduralVote.Rule, Method("""
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).Procedural().Veto(MemberStates.RussianFederation);
            """));

    [Fact]
    public Task A_builder_kept_in_a_local_may_change_its_question_in_another_statement() =>
        AnalyzeAsync(VetoOnProceduralVote.Rule, Method("""
                    var builder = VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).Procedural().On(Proposal.Draft("S/2025/112"));
                    builder.Substantive();
                    builder.Veto(MemberStates.RussianFederation);
                    return builder.Build();
            """));

    [Fact]
    public Task Permanent_members_voting_no_in_a_General_Assembly_tally_are_reported() =>
        AnalyzeAsync(VetoOnProceduralVote.Rule, Method("""
                    return Vote.FromTally(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.SimpleMajority, Proposal.Draft("A/ES-11/L.10"),
                        Tally.From(93, 18, 65), {|UNM0007:[CountryCode.From("RUS")]|});
            """));
}
