using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class AbstentionTreatedAsVetoAnalyzerTests
{
    private const string Header = """
                var date = new DateOnly(2025, 2, 24);
                var ballot = Ballot.Abstain(MemberStates.China);

        """;

    [Fact]
    public Task An_abstention_counted_with_no_votes_of_permanent_members_is_a_warning() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Header + """
                    bool vetoed = Body.SecurityCouncil.IsPermanentMember(ballot.State, date)
                        && (ballot.Choice == BallotChoice.No || {|UNM0018:ballot.Choice == BallotChoice.Abstain|});
                    return vetoed;
            """));

    [Fact]
    public Task The_pattern_form_is_a_warning_too() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Header + """
                    if (Body.SecurityCouncil.PermanentMembersOn(date).Any(m => m.Code == ballot.State) && ballot.Choice is BallotChoice.No or {|UNM0018:BallotChoice.Absent|})
                    {
                        return "vetoed";
                    }

                    return null;
            """));

    [Fact]
    public Task Testing_only_no_is_valid() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Header + """
                    return Body.SecurityCouncil.IsPermanentMember(ballot.State, date) && ballot.Choice == BallotChoice.No;
            """));

    [Fact]
    public Task Counting_those_not_voting_yes_outside_a_permanent_member_test_is_valid() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Header + """
                    return ballot.Choice == BallotChoice.No || ballot.Choice == BallotChoice.Abstain;
            """));
}
