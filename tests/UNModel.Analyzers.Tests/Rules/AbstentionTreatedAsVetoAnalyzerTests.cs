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

    private const string Ballots = """
                var date = new DateOnly(2025, 2, 24);
                Ballot[] ballots = [Ballot.Abstain(MemberStates.China), Ballot.No(MemberStates.France), Ballot.Yes(MemberStates.Slovenia)];
                int vetoes = 0;

        """;

    [Theory]
    [InlineData("continue;")]
    [InlineData("{ continue; }")]
    [InlineData("break;")]
    [InlineData("return vetoes;")]
    [InlineData("throw new InvalidOperationException();")]
    public Task A_guard_clause_governs_the_switch_after_it(string leave) =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + """
                    foreach (Ballot b in ballots)
                    {
                        if (!Body.SecurityCouncil.IsPermanentMember(b.State, date)) LEAVE

                        switch (b.Choice)
                        {
                            case BallotChoice.No:
                            case [|BallotChoice.Abstain|]:
                                vetoes++;
                                break;
                        }
                    }

                    return vetoes;
            """.Replace("LEAVE", leave, StringComparison.Ordinal)));

    [Fact]
    public Task A_guard_clause_governs_a_test_in_a_nested_statement() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + """
                    foreach (Ballot b in ballots)
                    {
                        if (!Body.SecurityCouncil.IsPermanentMember(b.State, date) || b.Choice == BallotChoice.Yes)
                        {
                            continue;
                        }

                        if (vetoes < 5)
                        {
                            vetoes += [|b.Choice != BallotChoice.Yes|] ? 1 : 0;
                        }
                    }

                    return vetoes;
            """));

    [Fact]
    public Task A_guard_clause_followed_by_no_alone_is_valid() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + """
                    foreach (Ballot b in ballots)
                    {
                        if (!Body.SecurityCouncil.IsPermanentMember(b.State, date)) continue;

                        switch (b.Choice)
                        {
                            case BallotChoice.No:
                                vetoes++;
                                break;
                        }
                    }

                    return vetoes;
            """));

    [Fact]
    public Task A_guard_clause_elsewhere_does_not_govern() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + """
                    int permanent = 0;
                    foreach (Ballot b in ballots)
                    {
                        if (!Body.SecurityCouncil.IsPermanentMember(b.State, date)) continue;
                        permanent++;
                    }

                    foreach (Ballot b in ballots)
                    {
                        switch (b.Choice)
                        {
                            case BallotChoice.No:
                            case BallotChoice.Abstain:
                                vetoes++;
                                break;
                        }
                    }

                    return vetoes + permanent;
            """));

    [Fact]
    public Task A_test_before_the_guard_or_under_a_guard_that_keeps_the_elected_members_is_valid() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + """
                    foreach (Ballot b in ballots)
                    {
                        vetoes += b.Choice is BallotChoice.No or BallotChoice.Abstain ? 1 : 0;
                        if (!Body.SecurityCouncil.IsPermanentMember(b.State, date)) continue;
                        vetoes--;
                    }

                    foreach (Ballot b in ballots)
                    {
                        if (Body.SecurityCouncil.IsPermanentMember(b.State, date)) continue;
                        vetoes += b.Choice != BallotChoice.Yes ? 1 : 0;
                    }

                    return vetoes;
            """));

    [Fact]
    public Task A_guard_with_an_else_does_not_govern_what_follows() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + """
                    foreach (Ballot b in ballots)
                    {
                        if (!Body.SecurityCouncil.IsPermanentMember(b.State, date)) { vetoes--; } else { vetoes++; }
                        vetoes += b.Choice != BallotChoice.Yes ? 1 : 0;
                    }

                    return vetoes;
            """));

    [Theory]
    [InlineData("Body.SecurityCouncil.PermanentMembersOn(date).Any(p => p.Code == b.State)")]
    [InlineData("Body.SecurityCouncil.PermanentMembersOn(date).Select(p => p.Code).Contains(b.State)")]
    [InlineData("Body.SecurityCouncil.PermanentMembersOn(date).Contains(MemberStates.Get(b.State))")]
    public Task A_LINQ_membership_test_governs_the_query(string isPermanent) =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + """
                    return ballots.Count(b => IS_PERMANENT && [|b.Choice != BallotChoice.Yes|]);
            """.Replace("IS_PERMANENT", isPermanent, StringComparison.Ordinal)));

    [Fact]
    public Task A_LINQ_membership_test_with_no_alone_is_valid() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + """
                    return ballots.Count(b => Body.SecurityCouncil.PermanentMembersOn(date).Any(p => p.Code == b.State) && b.Choice == BallotChoice.No);
            """));

    [Fact]
    public Task A_bool_local_holding_the_answer_governs_the_condition_that_reads_it() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + """
                    foreach (Ballot b in ballots)
                    {
                        bool isP5 = Body.SecurityCouncil.PermanentMembersOn(date).Any(p => p.Code == b.State);
                        if (isP5 && (b.Choice == BallotChoice.No || [|b.Choice == BallotChoice.Absent|]))
                        {
                            vetoes++;
                        }
                    }

                    return vetoes;
            """));

    [Fact]
    public Task A_bool_local_governs_an_if_around_a_switch_and_a_guard() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + """
                    foreach (Ballot b in ballots)
                    {
                        bool permanent = Body.SecurityCouncil.IsPermanentMember(b.State, date);
                        bool counted = permanent && vetoes < 5;
                        if (counted)
                        {
                            switch (b.Choice)
                            {
                                case BallotChoice.No or [|BallotChoice.Abstain|]:
                                    vetoes++;
                                    break;
                            }
                        }

                        if (!permanent) continue;
                        vetoes += b.Choice is [|not BallotChoice.Yes|] ? 1 : 0;
                    }

                    return vetoes;
            """));

    [Fact]
    public Task A_bool_local_written_again_or_testing_no_alone_is_valid() =>
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + """
                    foreach (Ballot b in ballots)
                    {
                        bool isP5 = Body.SecurityCouncil.PermanentMembersOn(date).Any(p => p.Code == b.State);
                        if (isP5 && b.Choice == BallotChoice.No)
                        {
                            vetoes++;
                        }

                        bool flagged = Body.SecurityCouncil.IsPermanentMember(b.State, date);
                        flagged = vetoes > 0;
                        if (flagged && b.Choice != BallotChoice.Yes)
                        {
                            vetoes++;
                        }
                    }

                    return vetoes;
            """));

    [Theory]
    [InlineData("")]
    [InlineData("// Body.SecurityCouncil.IsPermanentMember is asked below, once a ballot.\n")]
    [InlineData("string legend = \"permanent\\tno\";\n")]
    [InlineData("bool franceSits = Body.SecurityCouncil.Is\\u0050ermanentMember(MemberStates.France.Code, date);\n")]
    [InlineData("bool asked = Body.SecurityCouncil.IsPermanentMember(MemberStates.France.Code, date);\n")]
    [InlineData("/* LONG */\n")]
    public Task A_block_is_read_once_however_its_questions_are_written(string before) =>
        // The block is read at its first question: found by the text where the text names one question, by the block's
        // index where it names more, has an escape, or is long. Read twice, the test would be reported twice.
        AnalyzeAsync(AbstentionTreatedAsVeto.Rule, Method(Ballots + before.Replace("LONG", new string('x', 9000), StringComparison.Ordinal) + """
                    foreach (Ballot b in ballots)
                    {
                        if (!Body.SecurityCouncil.IsPermanentMember(b.State, date)) continue;
                        vetoes += b.Choice is [|not BallotChoice.Yes|] ? 1 : 0;
                    }

                    return vetoes;
            """));

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location, string what) =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(RuleIds.AbstentionTreatedAsVeto, Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .WithLocation(location)
            .WithMessage("A permanent member's " + what + " is not a veto: only its 'no' can block a substantive draft (Charter Article 27(3) as applied since 1946; ICJ, Namibia, 1971); use Charter.Decide(vote).IsVetoed");
}
