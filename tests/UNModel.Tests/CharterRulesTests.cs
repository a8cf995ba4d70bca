using static UNModel.Tests.TestVotes;

namespace UNModel.Tests;

/// <summary>The voting rules of Charter Arts. 18 and 27 and the rules of procedure, on real votes where the UN recorded one.</summary>
public class CharterRulesTests
{
    private static readonly DateOnly Feb2025 = new(2025, 2, 24);

    [Fact]
    public void S_RES_82_1950_adopted_with_the_USSR_absent_absence_is_no_veto_and_seven_votes_sufficed()
    {
        // S/RES/82 (1950), 25 June 1950: 9-0-1, Yugoslavia abstaining, the USSR absent (S/PV.473).
        Vote vote = Council(new DateOnly(1950, 6, 25), yes: "CHN CUB ECU EGY FRA GBR IND NOR USA", abstain: "YUG", document: "S/1501");
        Decision d = Charter.Decide(vote);
        Assert.Equal(VoteOutcome.Adopted, d.Outcome);
        Assert.Equal(7, d.Required);
        Assert.Equal(1, d.Absent);
        Assert.Equal(11, vote.Seats);
    }

    [Fact]
    public void S_2022_155_vetoed_by_the_Russian_Federation_11_1_3()
    {
        // Draft S/2022/155, 25 February 2022 (S/PV.8979): 11-1-3, China, India, United Arab Emirates abstaining.
        Vote vote = Council(new DateOnly(2022, 2, 25), yes: "ALB BRA FRA GAB GBR GHA IRL KEN MEX NOR USA", no: "RUS", abstain: "ARE CHN IND", document: "S/2022/155");
        Decision d = Charter.Decide(vote);
        Assert.Equal(DecisionReason.Vetoed, d.Reason);
        Assert.Equal(["RUS"], d.VetoedBy.Select(c => c.Value));
        Assert.Contains("Art. 27(3)", d.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void S_RES_2623_2022_a_procedural_vote_adopted_over_a_permanent_members_no()
    {
        // S/RES/2623 (2022), 27 February 2022: 11-1-3 on a procedural question; the Russian "no" is no veto (Art. 27(2)).
        Vote vote = Council(new DateOnly(2022, 2, 27), yes: "ALB BRA FRA GAB GBR GHA IRL KEN MEX NOR USA", no: "RUS", abstain: "ARE CHN IND", question: QuestionKind.Procedural, document: "S/2022/161");
        Decision d = Charter.Decide(vote);
        Assert.Equal(VoteOutcome.Adopted, d.Outcome);
        Assert.Empty(d.VetoedBy);
        Assert.Contains("27(2)", d.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Permanent_members_voting_no_on_a_draft_without_nine_votes_is_no_veto()
    {
        // Russian draft S/2018/355 on the strikes in Syria, 14 April 2018: 3-8-4; France, the UK and the US voted no.
        Vote vote = Council(new DateOnly(2018, 4, 14), yes: "BOL CHN RUS", no: "CIV FRA GBR KWT NLD POL SWE USA", abstain: "ETH GNQ KAZ PER", document: "S/2018/355");
        Decision d = Charter.Decide(vote);
        Assert.Equal(DecisionReason.InsufficientVotes, d.Reason);
        Assert.False(d.IsVetoed);
        Assert.Empty(d.VetoedBy);
        Assert.Contains("no veto", d.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Nine_yes_and_a_permanent_abstention_adopts()
    {
        Vote vote = Council(Feb2025, yes: "CHN DZA GUY KOR PAK PAN RUS SLE SOM", abstain: "USA");
        Assert.Equal(VoteOutcome.Adopted, Charter.Decide(vote).Outcome);
    }

    [Fact]
    public void Eight_yes_fails_even_without_any_no()
    {
        Vote vote = Council(Feb2025, yes: "CHN DZA GUY KOR PAK PAN RUS SLE", abstain: "USA FRA GBR");
        Decision d = Charter.Decide(vote);
        Assert.Equal(DecisionReason.InsufficientVotes, d.Reason);
        Assert.Equal(4, d.Absent);
    }

    [Fact]
    public void Two_vetoes_are_both_reported()
    {
        Vote vote = Council(Feb2025, yes: "DZA GUY KOR PAK PAN SLE SOM FRA GBR DNK", no: "RUS CHN");
        Assert.Equal(["CHN", "RUS"], Charter.Decide(vote).VetoedBy.Select(c => c.Value));
    }

    [Fact]
    public void A_RES_ES_11_3_suspension_from_the_Human_Rights_Council_needed_two_thirds_and_got_them()
    {
        // A/RES/ES-11/3, 7 April 2022: 93-24-58; two-thirds of 117 present and voting is 78 (A/RES/60/251, para. 8).
        Decision d = Charter.Decide(Assembly(new DateOnly(2022, 4, 7), Tally.From(93, 24, 58), QuestionKind.TwoThirds, "A/ES-11/L.4"));
        Assert.Equal(VoteOutcome.Adopted, d.Outcome);
        Assert.Equal(78, d.Required);
        Assert.Equal(117, d.PresentAndVoting);
    }

    [Fact]
    public void A_RES_2758_XXVI_restored_the_Peoples_Republic_of_China_76_35_17()
    {
        Decision d = Charter.Decide(Assembly(new DateOnly(1971, 10, 25), Tally.From(76, 35, 17), document: "A/L.630"));
        Assert.Equal(VoteOutcome.Adopted, d.Outcome);
        Assert.Equal(56, d.Required);
    }

    [Theory]
    [InlineData(2, 1, true)] // exactly two-thirds adopts
    [InlineData(20, 10, true)]
    [InlineData(19, 10, false)]
    [InlineData(1, 1, false)]
    [InlineData(0, 0, false)]
    public void Two_thirds_means_yes_at_least_two_thirds_of_present_and_voting(int yes, int no, bool adopted)
    {
        Decision d = Charter.Decide(Assembly(Feb2025, Tally.From(yes, no, 50), QuestionKind.TwoThirds));
        Assert.Equal(adopted ? VoteOutcome.Adopted : VoteOutcome.Rejected, d.Outcome);
        Assert.True(3 * d.Required >= 2 * (yes + no));
    }

    [Fact]
    public void An_equally_divided_vote_is_rejected_under_rule_95()
    {
        Decision d = Charter.Decide(Assembly(Feb2025, Tally.From(40, 40, 100)));
        Assert.Equal(DecisionReason.EquallyDivided, d.Reason);
        Assert.Contains("rule 95", d.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Abstentions_do_not_count_toward_the_majority()
    {
        Decision d = Charter.Decide(Assembly(Feb2025, Tally.From(10, 9, 170)));
        Assert.Equal(VoteOutcome.Adopted, d.Outcome);
        Assert.Equal(10, d.Required);
        Assert.Equal(4, d.Absent);
    }

    [Fact]
    public void A_Council_tally_with_permanent_no_list_decides_vetoes()
    {
        Vote vote = Vote.FromTally(Body.SecurityCouncil, Feb2025, QuestionKind.Substantive, Proposal.Draft("S/2025/112"), Tally.From(13, 1, 1), [CountryCode.From("USA")]);
        Assert.Equal(DecisionReason.Vetoed, Charter.Decide(vote).Reason);
        Vote none = Vote.FromTally(Body.SecurityCouncil, Feb2025, QuestionKind.Substantive, Proposal.Draft("S/2025/112"), Tally.From(13, 1, 1), []);
        Assert.Equal(DecisionReason.MajorityReached, Charter.Decide(none).Reason);
    }

    [Fact]
    public void Deciding_twice_gives_the_same_decision()
    {
        Vote vote = SeedDays.February24_2025.Votes[0].Vote;
        Assert.Equal(Charter.Decide(vote), Charter.Decide(vote));
    }
}
