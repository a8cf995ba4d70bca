using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>
/// The forms of code whose values the analyzers read as a careful reader would: properties of one expression, lists filled
/// in their own block, spreads of knowable arrays, and one-expression helpers called with knowable arguments. Each form is
/// reported where the mistake is, its valid twin is silent, and a value that flows in from elsewhere stays unknown.
/// </summary>
public sealed class ValueReachTests
{
    private const string Council = """
                    var date = new DateOnly(2025, 2, 24);
                    var draft = Proposal.Draft("S/2025/112");

        """;

    private static string Class(string members, string statements) =>
        Usings + "public static class Sample\n{\n" + members + "\n    public static object? Run()\n    {\n" + statements + "\n    }\n}\n";

    [Fact]
    public Task An_expression_bodied_property_is_read_as_its_value() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Class(
            "    static State Vetoer => MemberStates.Slovenia;",
            "        return Ballot.{|UNM0001:Veto(Vetoer)|};"));

    [Fact]
    public Task An_expression_bodied_property_of_a_permanent_member_is_valid() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Class(
            "    static State Vetoer => MemberStates.RussianFederation;",
            "        return Ballot.Veto(Vetoer);"));

    [Fact]
    public Task A_get_only_property_with_an_initializer_is_read_as_its_value() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Class(
            "    static DateOnly Day { get; } = new DateOnly(2025, 2, 24);\n    static State Voter { get { return MemberStates.Germany; } }",
            """
                    return VoteBuilder.In(Body.SecurityCouncil, Day).On(Proposal.Draft("S/2025/112")).Yes({|UNM0002:Voter|}).Build();
            """));

    [Fact]
    public Task An_instance_property_of_one_expression_is_read_as_its_value()
    {
        string source = Usings + """
            public sealed class Sitting
            {
                State Voter => MemberStates.Germany;

                DateOnly Day { get; } = new DateOnly(2025, 2, 24);

                public Vote Record() => VoteBuilder.In(Body.SecurityCouncil, Day).On(Proposal.Draft("S/2025/112")).Yes({|UNM0002:Voter|}).Build();
            }
            """;
        return AnalyzeAsync(NotAMemberOfBody.Rule, source);
    }

    [Fact]
    public Task A_property_that_can_change_stays_unknown()
    {
        // A setter, init, a virtual property, a get-only property a constructor may set: the value is not the initializer's.
        string source = Usings + """
            public class Sitting
            {
                public Sitting() => Fixed = MemberStates.France;

                public static State WithSetter { get; set; } = MemberStates.Slovenia;

                public State WithInit { get; init; } = MemberStates.Slovenia;

                public virtual State Overridable => MemberStates.Slovenia;

                public State Fixed { get; } = MemberStates.Slovenia;

                public Ballot[] Ballots() => [Ballot.Veto(WithSetter), Ballot.Veto(WithInit), Ballot.Veto(Overridable), Ballot.Veto(Fixed)];
            }
            """;
        return AnalyzeAsync(VetoByNonPermanentMember.Rule, source);
    }

    [Fact]
    public Task A_property_whose_value_comes_from_elsewhere_stays_unknown() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Class(
            "    static State Vetoer => Pick();\n    static State Pick() => MemberStates.All[0];",
            "        return Ballot.Veto(Vetoer);"));

    [Fact]
    public Task A_list_filled_in_its_block_is_read_with_its_items() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method(Council + """
                    var ballots = new List<Ballot>();
                    ballots.Add(Ballot.Yes(MemberStates.UnitedStates));
                    ballots.Add(Ballot.Yes({|UNM0002:MemberStates.Germany|}));
                    ballots.AddRange([Ballot.Abstain(MemberStates.France), Ballot.No({|UNM0002:MemberStates.Italy|})]);
                    return Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, ballots);
            """));

    [Fact]
    public Task A_list_filled_with_members_of_the_body_is_valid() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method(Council + """
                    List<Ballot> ballots = [Ballot.Yes(MemberStates.UnitedStates)];
                    ballots.Add(Ballot.Yes(MemberStates.Slovenia));
                    return Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, ballots);
            """));

    [Fact]
    public Task Items_added_after_the_vote_are_not_in_it() =>
        AnalyzeAsync(DuplicateBallot.Rule, Method(Council + """
                    var ballots = new List<Ballot> { Ballot.Yes(MemberStates.France) };
                    Vote vote = Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, ballots);
                    ballots.Add(Ballot.No(MemberStates.France));
                    return vote;
            """));

    [Fact]
    public Task Two_ballots_of_one_state_added_to_a_list_are_reported() =>
        AnalyzeAsync(DuplicateBallot.Rule, Method(Council + """
                    var ballots = new List<Ballot>(15) { Ballot.Yes(MemberStates.France) };
                    ballots.Add(Ballot.No({|UNM0003:MemberStates.France|}));
                    return Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, ballots);
            """));

    [Fact]
    public Task A_list_filled_conditionally_or_elsewhere_stays_unknown() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method(Council + """
                    var sometimes = new List<Ballot>();
                    if (date.Year > 2000)
                    {
                        sometimes.Add(Ballot.Yes(MemberStates.Germany));
                    }

                    var looped = new List<Ballot>();
                    foreach (State s in new[] { MemberStates.Germany })
                    {
                        looped.Add(Ballot.Yes(MemberStates.Germany));
                    }

                    var removed = new List<Ballot> { Ballot.Yes(MemberStates.Germany) };
                    removed.RemoveAt(0);
                    var passed = new List<Ballot>();
                    Fill(passed);
                    return new[]
                    {
                        Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, sometimes),
                        Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, looped),
                        Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, removed),
                        Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, passed),
                    };
                }

                static void Fill(List<Ballot> ballots)
                {
                    ballots.Add(Ballot.Yes(MemberStates.Germany));
            """));

    [Fact]
    public Task A_list_passed_to_a_method_before_the_vote_is_not_counted_as_complete() =>
        AnalyzeAsync(DeclaredOutcomeContradictsCounts.Rule, Method(Council + """
                    var ballots = new List<Ballot> { Ballot.Yes(MemberStates.France) };
                    Fill(ballots);
                    return Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, ballots, DeclaredOutcome.Adopted);
                }

                static void Fill(List<Ballot> ballots)
                {
                    ballots.AddRange(MemberStates.All.Take(8).Select(Ballot.Yes));
            """));

    [Fact]
    public Task The_counts_of_a_list_filled_in_its_block_are_checked_against_the_declared_outcome() =>
        AnalyzeAsync(DeclaredOutcomeContradictsCounts.Rule, Method(Council + """
                    var ballots = new List<Ballot> { Ballot.Yes(MemberStates.France) };
                    ballots.Add(Ballot.Yes(MemberStates.China));
                    return Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, ballots, [|DeclaredOutcome.Adopted|]);
            """));

    [Fact]
    public Task A_spread_of_a_local_array_is_read_element_by_element() =>
        AnalyzeAsync(DuplicateBallot.Rule, Method(Council + """
                    Ballot[] europeans = [Ballot.Yes(MemberStates.France), Ballot.Abstain(MemberStates.Denmark)];
                    return Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, [.. europeans, Ballot.No({|UNM0003:MemberStates.France|})]);
            """));

    [Fact]
    public Task A_spread_of_members_of_the_body_is_valid() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method(Council + """
                    Ballot[] europeans = [Ballot.Yes(MemberStates.France), Ballot.Abstain(MemberStates.Denmark)];
                    return Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, [.. europeans, Ballot.Yes(MemberStates.UnitedStates)]);
            """));

    [Fact]
    public Task A_spread_of_a_state_not_on_the_council_is_reported_in_place() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method(Council + """
                    Ballot[] europeans = [Ballot.Yes(MemberStates.France), Ballot.Abstain({|UNM0002:MemberStates.Germany|})];
                    return Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, [.. europeans, Ballot.Yes(MemberStates.UnitedStates)]);
            """));

    [Fact]
    public Task A_private_helper_of_one_expression_is_read_at_its_call() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Class(
            "    static Ballot VetoBy(State s) => Ballot.Veto(s);",
            """
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        [Ballot.Yes(MemberStates.UnitedStates), {|UNM0001:VetoBy(MemberStates.Slovenia)|}]);
            """));

    [Fact]
    public Task A_helper_called_with_a_permanent_member_is_valid() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Class(
            "    static Ballot VetoBy(State s) => Ballot.Veto(s);",
            """
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        [Ballot.Yes(MemberStates.UnitedStates), VetoBy(MemberStates.RussianFederation)]);
            """));

    [Fact]
    public Task A_local_function_of_one_expression_is_read_at_its_call() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Method(Council + """
                    Ballot InFavour(State state) => Ballot.Yes(state);
                    return Vote.RollCall(Body.SecurityCouncil, date, QuestionKind.Substantive, draft, [InFavour(MemberStates.France), {|UNM0002:InFavour(MemberStates.Germany)|}]);
            """));

    [Fact]
    public Task A_helper_that_gives_a_state_or_a_date_is_read_at_its_call() =>
        AnalyzeAsync(NotAMemberOfBody.Rule, Class(
            "    static State Voter() => MemberStates.Germany;\n    static DateOnly Day(int day) { return new DateOnly(2025, 2, day); }",
            """
                    return VoteBuilder.In(Body.SecurityCouncil, Day(24)).On(Proposal.Draft("S/2025/112")).Yes(MemberStates.France, {|UNM0002:Voter()|}).Build();
            """));

    [Fact]
    public Task A_builder_veto_of_a_state_a_helper_gives_is_reported_on_the_veto() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Class(
            "    static State Vetoer() => MemberStates.Slovenia;",
            """
                    return VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).On(Proposal.Draft("S/2025/112")).{|UNM0001:Veto(Vetoer())|}.Build();
            """));

    [Fact]
    public Task Helpers_beyond_one_level_or_one_expression_or_the_file_stay_unknown() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Class(
            """
                static Ballot VetoBy(State s) => Ballot.Veto(s);
                static Ballot Twice(State s) => VetoBy(s);
                static Ballot Block(State s)
                {
                    var b = Ballot.Veto(s);
                    return b;
                }

                public static Ballot Public(State s) => Ballot.Veto(s);
                static Ballot Defaulted(State s = null!) => Ballot.Veto(s);
            """,
            """
                    return Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft("S/2025/112"),
                        [Twice(MemberStates.Slovenia), Block(MemberStates.Denmark), Public(MemberStates.Greece), Defaulted()]);
            """));
}
