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

    [Fact]
    public Task Not_yes_is_an_abstention_or_absence_counted_as_no() =>
        AnalyzeAsync(
            AbstentionTreatedAsVeto.Rule,
            Method(Header + """
                    return Body.SecurityCouncil.IsPermanentMember(ballot.State, date) && {|#0:ballot.Choice != BallotChoice.Yes|};
            """),
            Expected(0, "abstention or absence"));

    [Fact]
    public Task Is_not_yes_is_a_warning() =>
        AnalyzeAsync(
            AbstentionTreatedAsVeto.Rule,
            Method(Header + """
                    return ballot.Choice is {|#0:not BallotChoice.Yes|} && Body.SecurityCouncil.IsPermanentMember(ballot.State, date);
            """),
            Expected(0, "abstention or absence"));

    [Fact]
    public Task Negated_equality_with_yes_is_a_warning() =>
        AnalyzeAsync(
            AbstentionTreatedAsVeto.Rule,
            Method(Header + """
                    return Body.SecurityCouncil.IsPermanentMember(ballot.State, date) && {|#0:!(ballot.Choice == BallotChoice.Yes)|};
            """),
            Expected(0, "abstention or absence"));

    [Fact]
    public Task A_query_counting_permanent_members_not_voting_yes_is_a_warning() =>
        AnalyzeAsync(
            AbstentionTreatedAsVeto.Rule,
            Method(Header + """
                    Ballot[] ballots = [ballot, Ballot.No(MemberStates.France)];
                    return ballots.Count(b => Body.SecurityCouncil.IsPermanentMember(b.State, date) && {|#0:b.Choice != BallotChoice.Yes|});
            """),
            Expected(0, "abstention or absence"));

    [Fact]
    public Task A_switch_section_grouping_no_with_abstain_under_a_permanent_member_test_is_a_warning() =>
        AnalyzeAsync(
            AbstentionTreatedAsVeto.Rule,
            Method(Header + """
                    bool vetoed = false;
                    if (Body.SecurityCouncil.IsPermanentMember(ballot.State, date))
                    {
                        switch (ballot.Choice)
                        {
                            case BallotChoice.No:
                            case {|#0:BallotChoice.Abstain|}:
                                vetoed = true;
                                break;
                            case BallotChoice.Yes:
                                break;
                        }
                    }

                    return vetoed;
            """),
            Expected(0, "abstention"));

    [Fact]
    public Task A_switch_expression_arm_grouping_no_with_absent_is_a_warning() =>
        AnalyzeAsync(
            AbstentionTreatedAsVeto.Rule,
            Method(Header + """
                    foreach (MemberState permanent in Body.SecurityCouncil.PermanentMembersOn(date))
                    {
                        string verdict = ballot.Choice switch
                        {
                            BallotChoice.No or {|#0:BallotChoice.Absent|} => "veto",
                            _ => "no veto",
                        };
                        return verdict + permanent.Name;
                    }

                    return null;
            """),
            Expected(0, "absence"));

    [Fact]
    public Task Not_yes_in_the_else_branch_of_a_permanent_member_test_is_valid() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Header + """
                    if (Body.SecurityCouncil.IsPermanentMember(ballot.State, date))
                    {
                        return ballot.Choice == BallotChoice.No;
                    }
                    else
                    {
                        return ballot.Choice != BallotChoice.Yes;
                    }
            """));

    [Fact]
    public Task Not_yes_without_any_permanent_member_question_is_valid() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Header + """
                    return ballot.Choice != BallotChoice.Yes || ballot.Choice is not BallotChoice.Yes;
            """));

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location, string what) =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(RuleIds.AbstentionTreatedAsVeto, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(location)
            .WithMessage("A permanent member's " + what + " is not a veto: only its 'no' can block a substantive draft (Charter Article 27(3) as applied since 1946; ICJ, Namibia, 1971); use Charter.Decide(vote).IsVetoed");
}
