namespace UNModel.Tests;

/// <summary>24 February 2025, as the UN recorded it: A/RES/ES-11/7, A/RES/ES-11/8, S/PV.9866 and S/RES/2774 (2025).</summary>
public class SeedDayTests
{
    private static readonly SeedDay Day = SeedDays.February24_2025;

    private static RecordedVote Get(string id) => Day.Votes.Single(v => v.Id == id);

    private static string[] Codes(Vote vote, BallotChoice choice) =>
        vote.Ballots.Where(b => b.Choice == choice).Select(b => b.State.Value).Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void The_day_has_six_Assembly_votes_then_seven_Council_votes()
    {
        Assert.Equal(new DateOnly(2025, 2, 24), Day.Date);
        Assert.Equal(13, Day.Votes.Length);
        Assert.Equal(6, Day.Meetings[0].Votes.Length);
        Assert.Equal(7, Day.Meetings[1].Votes.Length);
        Assert.Equal(DocumentSymbol.From("S/PV.9866"), Day.Meetings[1].Record);
        Assert.Equal(Day.Votes.Select(v => v.Id).Distinct().Count(), Day.Votes.Length);
    }

    [Fact]
    public void A_RES_ES_11_7_was_adopted_93_18_65_from_draft_A_ES_11_L_10()
    {
        RecordedVote r = Get("ga-l10");
        Decision d = r.Decision;
        Assert.Equal(DocumentSymbol.From("A/ES-11/L.10"), r.Vote.Proposal.Symbol);
        Assert.Equal(DocumentSymbol.From("A/RES/ES-11/7"), r.Resolution);
        Assert.Equal((93, 18, 65, 17), (d.Yes, d.No!.Value, d.Abstain!.Value, d.Absent!.Value));
        Assert.Equal(VoteOutcome.Adopted, d.Outcome);
        Assert.Equal(DecisionReason.MajorityReached, d.Reason);
        Assert.Equal(56, d.Required); // majority of 111 present and voting
        Assert.Equal(LegalEffectKind.Recommendation, d.LegalEffect.Kind);
        Assert.True(r.IsConfirmedByUnRecord);
    }

    [Fact]
    public void The_18_states_voting_against_A_RES_ES_11_7_include_the_United_States_with_the_Russian_Federation()
    {
        string[] no = Codes(Get("ga-l10").Vote, BallotChoice.No);
        Assert.Equal(
            ["BDI", "BFA", "BLR", "CAF", "ERI", "GNQ", "HTI", "HUN", "ISR", "MHL", "MLI", "NER", "NIC", "PLW", "PRK", "RUS", "SDN", "USA"],
            no);
    }

    [Fact]
    public void The_amendments_to_A_ES_11_L_11_were_voted_before_it_three_adopted_and_the_Russian_one_rejected()
    {
        RecordedVote[] amendments = Day.Votes.Where(v => v.Vote.Body.Kind == BodyKind.GeneralAssembly && v.Vote.Proposal.Kind == ProposalKind.Amendment).ToArray();
        Assert.Equal(4, amendments.Length);
        Assert.All(amendments, a => Assert.Equal(DocumentSymbol.From("A/ES-11/L.11"), a.Vote.Proposal.Amends));
        Assert.Equal(
            [("ga-l11-am-rus", VoteOutcome.Rejected, "31-71-59"), ("ga-l11-am-eu1", VoteOutcome.Adopted, "60-18-81"), ("ga-l11-am-eu2", VoteOutcome.Adopted, "79-16-67"), ("ga-l11-am-eu3", VoteOutcome.Adopted, "83-16-61")],
            amendments.Select(a => (a.Id, a.Decision.Outcome, a.Vote.Tally!.Value.ToString())));
        Assert.All(amendments.Where(a => a.Decision.Outcome == VoteOutcome.Adopted), a => Assert.Equal(LegalEffectKind.AmendsDraft, a.Decision.LegalEffect.Kind));
        int draft = Day.Votes.IndexOf(Get("ga-l11"));
        Assert.All(amendments, a => Assert.True(Day.Votes.IndexOf(a) < draft));
    }

    [Fact]
    public void A_RES_ES_11_8_was_adopted_93_8_73_with_the_United_States_abstaining()
    {
        RecordedVote r = Get("ga-l11");
        Decision d = r.Decision;
        Assert.Equal(DocumentSymbol.From("A/RES/ES-11/8"), r.Resolution);
        Assert.Equal((93, 8, 73, 19), (d.Yes, d.No!.Value, d.Abstain!.Value, d.Absent!.Value));
        Assert.Equal(VoteOutcome.Adopted, d.Outcome);
        Assert.Contains("USA", Codes(r.Vote, BallotChoice.Abstain));
        Assert.Equal(["BFA", "BLR", "MLI", "NER", "NIC", "PRK", "RUS", "SDN"], Codes(r.Vote, BallotChoice.No));
        Assert.Equal(LegalEffectKind.Recommendation, d.LegalEffect.Kind);
    }

    [Fact]
    public void The_Russian_Federation_vetoed_two_European_amendments_to_S_2025_112_with_9_and_11_votes_in_favour()
    {
        foreach ((string id, int yes) in new[] { ("sc-am-eu2", 9), ("sc-am-eu3", 11) })
        {
            Decision d = Get(id).Decision;
            Assert.Equal(yes, d.Yes);
            Assert.Equal(VoteOutcome.Rejected, d.Outcome);
            Assert.Equal(DecisionReason.Vetoed, d.Reason);
            Assert.Equal(["RUS"], d.VetoedBy.Select(c => c.Value));
            Assert.Equal(9, d.Required);
            Assert.Contains("vetoed by the Russian Federation", d.Explanation, StringComparison.Ordinal);
            Assert.Equal(LegalEffectKind.None, d.LegalEffect.Kind);
        }
    }

    [Fact]
    public void The_full_scale_invasion_amendment_failed_for_lack_of_votes_not_by_veto()
    {
        Decision d = Get("sc-am-eu1").Decision;
        Assert.Equal(DecisionReason.InsufficientVotes, d.Reason);
        Assert.Empty(d.VetoedBy);
    }

    [Fact]
    public void The_Russian_amendments_and_the_motion_to_postpone_failed_for_lack_of_votes()
    {
        Assert.All(new[] { "sc-motion", "sc-am-rus1", "sc-am-rus2" }, id => Assert.Equal(DecisionReason.InsufficientVotes, Get(id).Decision.Reason));
        Assert.Equal(QuestionKind.Procedural, Get("sc-motion").Vote.Question);

        // France and the United Kingdom voted against the first Russian amendment, which had one vote: no veto.
        Decision rus1 = Get("sc-am-rus1").Decision;
        Assert.Contains("FRA", Codes(Get("sc-am-rus1").Vote, BallotChoice.No));
        Assert.False(rus1.IsVetoed);
    }

    [Fact]
    public void Resolution_2774_2025_was_adopted_10_0_5_unamended_with_five_European_abstentions()
    {
        RecordedVote r = Get("sc-s2025-112");
        Decision d = r.Decision;
        Assert.Equal(DocumentSymbol.From("S/RES/2774 (2025)"), r.Resolution);
        Assert.Equal((10, 0, 5, 0), (d.Yes, d.No!.Value, d.Abstain!.Value, d.Absent!.Value));
        Assert.Equal(DecisionReason.MajorityReached, d.Reason);
        Assert.Equal(["DNK", "FRA", "GBR", "GRC", "SVN"], Codes(r.Vote, BallotChoice.Abstain));

        // France and the United Kingdom abstained: a permanent member's abstention is not a veto.
        Assert.Empty(d.VetoedBy);

        // It implores and urges; no Chapter VII basis: not a binding decision under Art. 25.
        Assert.Equal(LegalEffectKind.Recommendation, d.LegalEffect.Kind);
        Assert.Contains("Art. 25", d.LegalEffect.Explanation, StringComparison.Ordinal);
        Assert.Equal(QuestionKind.Substantive, r.Vote.Question);
    }

    [Fact]
    public void Every_vote_of_the_day_matches_its_declared_outcome_and_is_explained()
    {
        Assert.All(Day.Votes, r =>
        {
            Assert.NotNull(r.Vote.Declared);
            Assert.Equal(r.Vote.Declared!.Outcome, r.Decision.Outcome);
            Assert.False(string.IsNullOrWhiteSpace(r.Decision.Explanation));
            Assert.False(string.IsNullOrWhiteSpace(r.Source));
        });
    }
}
