using static UNModel.Tests.TestVotes;

namespace UNModel.Tests;

/// <summary>
/// The Human Rights Council's members day by day (<c>src/UNModel/Charter/Data/human-rights-council.csv</c>), checked like
/// the Security Council's: a real roll call of all 47, the seats on each check date, withdrawals and suspensions, and what
/// the engine says where the data stops.
/// </summary>
public class HumanRightsCouncilTests
{
    private static readonly HumanRightsCouncilBody Hrc = Body.HumanRightsCouncil;

    [Fact]
    public void The_vote_of_28_February_2022_on_the_urgent_debate_on_Ukraine_has_all_47_members_and_is_carried_29_5_13()
    {
        // The Council's recorded vote on holding the urgent debate (49th session, 28 February 2022), as reproduced with
        // every name in the briefing "Urgent debate on the situation of human rights in Ukraine stemming from the Russian
        // aggression" (3-4 March 2022): each of the 47 must be a member that day, or the vote is refused (UNM0002).
        var day = new DateOnly(2022, 2, 28);
        Vote vote = Vote.RollCall(Hrc, day, QuestionKind.SimpleMajority, Proposal.Motion("to hold an urgent debate on the situation of human rights in Ukraine"), Ballots(
            yes: "ARG BEN BOL BRA CIV FIN FRA GMB DEU HND IDN JPN LBY LTU LUX MWI MYS MHL MEX MNE NPL NLD PRY POL QAT KOR UKR GBR USA",
            no: "CHN CUB ERI RUS VEN",
            abstain: "ARM CMR GAB IND KAZ MRT NAM PAK SEN SOM SDN ARE UZB"));

        Decision d = Charter.Decide(vote);

        Assert.Equal((VoteOutcome.Adopted, 29, 5, 13), (d.Outcome, d.Yes, d.No, d.Abstain));
        Assert.Equal(Hrc.VotersOn(day).Select(s => s.Code.Value).Order(), vote.Ballots.Select(b => b.State.Value).Order());
        Assert.DoesNotContain("does not say who sat", d.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2006-07-01", 47)]
    [InlineData("2009-07-01", 47)]
    [InlineData("2012-07-01", 47)]
    [InlineData("2013-01-01", 47)]
    [InlineData("2016-07-01", 47)]
    [InlineData("2018-07-01", 46)] // a Western European seat vacant: the United States left on 19 June, Iceland was elected on 13 July
    [InlineData("2019-01-01", 47)]
    [InlineData("2022-05-10", 47)] // Czechia, elected that day for the rest of the Russian Federation's term
    [InlineData("2024-07-01", 47)]
    [InlineData("2026-07-01", 47)]
    public void The_Council_has_its_47_seats_filled_on_each_check_date(string date, int voters)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(Hrc.KnowsMembersOn(day));
        Assert.Equal(voters, Hrc.VotersOn(day).Length);
    }

    [Fact]
    public void Libya_kept_its_seat_but_not_its_vote_while_suspended_in_2011()
    {
        // A/RES/65/265, 1 March 2011 (GA/11050); lifted 18 November 2011.
        var day = new DateOnly(2011, 7, 1);
        CharterViolationException ex = Throws<CharterViolationException>("UNM0002", () =>
            Vote.RollCall(Hrc, day, QuestionKind.SimpleMajority, Proposal.Draft("A/HRC/17/L.1"), [Ballot.Yes(MemberStates.Libya)]));

        Assert.Equal(47, Hrc.MembersOn(day).Length);
        Assert.Equal(46, Hrc.VotersOn(day).Length);
        Assert.True(Hrc.IsSuspendedOn(MemberStates.Libya.Code, day));
        Assert.False(Hrc.IsSuspendedOn(MemberStates.Libya.Code, new DateOnly(2011, 11, 18)));
        Assert.Contains("rights of membership in the Human Rights Council were suspended from 1 March 2011 (A/RES/60/251, para. 8): it had no vote there on 1 July 2011", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Russian_Federation_had_no_vote_from_7_April_2022_and_Czechia_took_the_seat_on_10_May()
    {
        // A/RES/ES-11/3, 7 April 2022; Czechia elected for the remainder of the term (General Assembly, 10 May 2022).
        CharterViolationException suspended = Throws<CharterViolationException>("UNM0002", () =>
            Vote.RollCall(Hrc, new DateOnly(2022, 4, 7), QuestionKind.SimpleMajority, Proposal.Draft("A/HRC/49/L.1"), [Ballot.No(MemberStates.RussianFederation)]));
        CharterViolationException gone = Throws<CharterViolationException>("UNM0002", () =>
            Vote.RollCall(Hrc, new DateOnly(2022, 6, 1), QuestionKind.SimpleMajority, Proposal.Draft("A/HRC/50/L.1"), [Ballot.No(MemberStates.RussianFederation)]));

        Assert.Contains("suspended from 7 April 2022 (A/RES/60/251, para. 8): it had no vote there", suspended.Message, StringComparison.Ordinal);
        Assert.Contains("was not a member of the Human Rights Council on 1 June 2022", gone.Message, StringComparison.Ordinal);
        Assert.False(Hrc.MayVote(MemberStates.Czechia.Code, new DateOnly(2022, 5, 9)));
        Assert.True(Hrc.MayVote(MemberStates.Czechia.Code, new DateOnly(2022, 5, 10)));
    }

    [Fact]
    public void The_United_States_had_no_vote_between_its_withdrawal_in_2018_and_its_return_in_2022()
    {
        Throws<CharterViolationException>("UNM0002", () =>
            Vote.RollCall(Hrc, new DateOnly(2019, 3, 22), QuestionKind.SimpleMajority, Proposal.Draft("A/HRC/40/L.1"), [Ballot.No(MemberStates.UnitedStates)]));

        Assert.True(Hrc.MayVote(MemberStates.UnitedStates.Code, new DateOnly(2018, 6, 18)));
        Assert.False(Hrc.MayVote(MemberStates.UnitedStates.Code, new DateOnly(2018, 6, 19)));
        Assert.True(Hrc.MayVote(MemberStates.UnitedStates.Code, new DateOnly(2022, 1, 1)));
    }

    [Fact]
    public void Where_the_data_stops_the_engine_says_so_rather_than_guess()
    {
        var day = new DateOnly(2027, 3, 1);
        Decision d = Charter.Decide(Vote.RollCall(Hrc, day, QuestionKind.SimpleMajority, Proposal.Draft("A/HRC/64/L.1"), [Ballot.Yes(MemberStates.Germany), Ballot.No(MemberStates.Brazil)]));

        Assert.False(Hrc.KnowsMembersOn(day));
        Assert.Equal(RuleIds.NotAMemberOfBody, Assert.Throws<MembershipUnknownException>(() => Hrc.VotersOn(day)).RuleId);
        Assert.False(Hrc.TryGetVotersOn(day, out _));
        Assert.Equal(new DateOnly(2026, 12, 31), Hrc.LastRecordedDay);
        Assert.EndsWith("UNModel's data does not say who sat on the Human Rights Council on 1 March 2027 (its data ends on 31 December 2026): the ballots were checked against membership of the United Nations only.", d.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ECOSOC_roll_calls_say_that_its_members_are_not_known()
    {
        Decision d = Charter.Decide(Vote.RollCall(Body.EconomicAndSocialCouncil, new DateOnly(2025, 2, 24), QuestionKind.SimpleMajority, Proposal.Draft("E/2025/L.1"), [Ballot.Yes(MemberStates.Germany)]));

        Assert.False(Body.EconomicAndSocialCouncil.KnowsMembersOn(new DateOnly(2025, 2, 24)));
        Assert.Contains("does not say who sat on the Economic and Social Council", d.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_election_in_the_data_cites_its_source_and_says_how_sure_it_is()
    {
        string path = Path.Combine(UNModel.Testing.Snapshot.RepositoryRoot, "src", "UNModel", "Charter", "Data", "human-rights-council.csv");
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(path) { CommentTokens = ["#"], Delimiters = [","], HasFieldsEnclosedInQuotes = true };
        string[] header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            string[] f = parser.ReadFields()!;
            rows.Add(header.Zip(f).ToDictionary(p => p.First, p => p.Second));
        }

        // 20 yearly elections from 2006 to 2025, and the elections of Iceland (2018) and Czechia (2022) for the rest of a term.
        Assert.Equal(22, rows.Select(r => r["elected"]).Distinct().Count());
        Assert.All(rows, r => Assert.StartsWith("http", r["url"], StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains(r["status"], new[] { "UN", "UN-copy", "UN-indirect", "news" }));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r["note"])));
    }
}
