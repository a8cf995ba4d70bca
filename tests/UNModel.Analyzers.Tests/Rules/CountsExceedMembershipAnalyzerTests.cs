using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class CountsExceedMembershipAnalyzerTests
{
    [Fact]
    public Task A_Security_Council_tally_larger_than_fifteen_seats_is_reported() =>
        AnalyzeAsync(CountsExceedMembership.Rule, Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        {|UNM0004:Tally.From(10, 3, 3)|}, []);
            """));

    [Fact]
    public Task Eleven_seats_before_1966() =>
        AnalyzeAsync(CountsExceedMembership.Rule, Method("""
                    var ok = Vote.FromTally(Body.SecurityCouncil, new DateOnly(1966, 1, 1), QuestionKind.Procedural, Proposal.Draft("S/7000"), Tally.From(12, 0, 0));
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(1965, 12, 31), QuestionKind.Procedural, Proposal.Draft("S/7000"), {|UNM0004:Tally.From(12, 0, 0)|});
            """));

    [Fact]
    public Task A_General_Assembly_tally_within_its_membership_is_valid() =>
        AnalyzeAsync(CountsExceedMembership.Rule, Method("""
                    return Vote.FromTally(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.SimpleMajority, Proposal.Draft("A/ES-11/L.10"), Tally.From(93, 18, 65));
            """));

    [Fact]
    public Task Negative_and_impossible_counts_are_reported_where_the_tally_is_made() =>
        AnalyzeAsync(CountsExceedMembership.Rule, Method("""
                    var a = Tally.From({|UNM0004:-1|}, 0, 0);
                    return Tally.Partial(5, {|UNM0004:1001|});
            """));

    [Fact]
    public Task More_permanent_members_voting_no_than_votes_against_is_reported() =>
        AnalyzeAsync(CountsExceedMembership.Rule, Method("""
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        Tally.From(11, 1, 3), {|UNM0004:[CountryCode.From("RUS"), CountryCode.From("CHN")]|});
            """));

    [Fact]
    public Task Counts_not_known_at_compile_time_are_left_to_the_runtime() =>
        AnalyzeAsync(CountsExceedMembership.Rule, Method("""
                    int yes = int.Parse("20");
                    return Vote.FromTally(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Procedural, Proposal.Draft("S/2025/112"), Tally.From(yes, 0, 0));
            """));
}
