namespace UNModel.Tests;

/// <summary>
/// Past the last day its data covers, the model says it does not know (Charter/Data/horizons.csv): it checks what it does
/// know, never reports a rule its data cannot support, and says so in the decision.
/// </summary>
public sealed class HorizonTests
{
    private static readonly DateOnly March2027 = new(2027, 3, 1);

    [Fact]
    public void Each_body_states_the_last_day_its_members_are_known()
    {
        Assert.Equal(new DateOnly(2026, 12, 31), Body.SecurityCouncil.MembersKnownThrough);
        Assert.Equal(new DateOnly(2026, 12, 31), Body.HumanRightsCouncil.MembersKnownThrough);
        Assert.Equal(new DateOnly(2026, 12, 2), Body.GeneralAssembly.MembersKnownThrough);
        Assert.Null(Body.EconomicAndSocialCouncil.MembersKnownThrough);
        Assert.True(Body.SecurityCouncil.KnowsMembersOn(new DateOnly(2026, 12, 31)));
        Assert.False(Body.SecurityCouncil.KnowsMembersOn(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void A_Council_roll_call_of_2027_is_decided_with_its_elected_members_unknown()
    {
        // Liberia was elected in June 2025 for 2026-2027 (UN News, 3 June 2025); the data ends with 2026, so 2027 is unknown.
        Vote vote = Vote.RollCall(Body.SecurityCouncil, March2027, QuestionKind.Substantive, Proposal.Draft("S/2027/1"),
            [Ballot.Yes(MemberStates.Liberia), Ballot.Yes(MemberStates.France)]);
        Decision d = Charter.Decide(vote);

        Assert.Equal(VoteOutcome.Rejected, d.Outcome);
        Assert.Equal(9, d.Required);
        Assert.Equal(15, vote.Seats);
        Assert.Equal("S/2027/1 not adopted 2-0-0: 2 in favour, 9 required (Charter Art. 27(3)). UNModel's data does not say who held the Security Council's elected seats on 1 March 2027 (its data ends on 31 December 2026): the ballots were checked against membership of the United Nations and the permanent members only.", d.Explanation);
    }

    [Fact]
    public void Past_the_horizon_what_is_known_is_still_checked()
    {
        var soviet = Assert.Throws<CharterViolationException>(() => Vote.RollCall(Body.SecurityCouncil, March2027, QuestionKind.Substantive, Proposal.Draft("S/2027/1"),
            [Ballot.Yes(MemberStates.UnionOfSovietSocialistRepublics)]));
        Assert.Equal(RuleIds.ObserverVoting, soviet.RuleId);
        var veto = Assert.Throws<CharterViolationException>(() => Vote.RollCall(Body.SecurityCouncil, March2027, QuestionKind.Substantive, Proposal.Draft("S/2027/1"),
            [Ballot.Yes(MemberStates.France), Ballot.Veto(MemberStates.Liberia)]));
        Assert.Equal(RuleIds.VetoByNonPermanentMember, veto.RuleId);
        Assert.Equal(RuleIds.DuplicateBallot, Assert.Throws<CharterViolationException>(() => Vote.RollCall(Body.SecurityCouncil, March2027, QuestionKind.Substantive, Proposal.Draft("S/2027/1"),
            [Ballot.Yes(MemberStates.France), Ballot.No(MemberStates.France)])).RuleId);
    }

    [Fact]
    public void The_roster_past_the_horizon_is_not_guessed()
    {
        var ex = Assert.Throws<MembershipUnknownException>(() => Body.SecurityCouncil.VotersOn(new DateOnly(2030, 1, 1)));
        Assert.Equal("UNM0002: UNModel's data does not say who sat on the Security Council on 1 January 2030 (its data ends on 31 December 2026)", ex.Message);
        Assert.Throws<MembershipUnknownException>(() => Body.SecurityCouncil.ElectedMembersOn(new DateOnly(2030, 1, 1)));
        Assert.False(Body.SecurityCouncil.TryGetVotersOn(new DateOnly(2030, 1, 1), out var none));
        Assert.Empty(none);
        Assert.Equal(5, Body.SecurityCouncil.PermanentMembersOn(new DateOnly(2030, 1, 1)).Length);
        Assert.Throws<MembershipUnknownException>(() => Body.EconomicAndSocialCouncil.VotersOn(new DateOnly(2025, 2, 24)));
        Assert.Equal(15, Body.SecurityCouncil.VotersOn(new DateOnly(2026, 12, 31)).Length);
    }

    [Fact]
    public void Past_the_Assemblys_horizon_its_membership_count_is_that_of_the_last_known_day_and_never_a_violation()
    {
        var day = new DateOnly(2027, 1, 15);
        Decision amendment = Charter.Decide(Vote.FromTally(Body.GeneralAssembly, day, QuestionKind.CharterAmendment, Proposal.Draft("A/81/L.1"), Tally.From(129, 0, 0)));
        Assert.Equal((VoteOutcome.Adopted, 129), (amendment.Outcome, amendment.Required));
        Assert.EndsWith("UNModel's data lists the Members of the United Nations to 2 December 2026: the 193 Members of that day are counted.", amendment.Explanation, StringComparison.Ordinal);

        // 195 ballots would exceed the 193 seats of the last known day, but a later admission is not known not to have happened.
        Vote more = Vote.FromTally(Body.GeneralAssembly, day, QuestionKind.SimpleMajority, Proposal.Draft("A/81/L.2"), Tally.From(150, 40, 5));
        Assert.Equal(VoteOutcome.Adopted, Charter.Decide(more).Outcome);
        Assert.Equal(RuleIds.CountsExceedMembership, Assert.ThrowsAny<UNModelException>(() => Vote.FromTally(Body.GeneralAssembly, new DateOnly(2026, 11, 1), QuestionKind.SimpleMajority, Proposal.Draft("A/81/L.2"), Tally.From(150, 40, 5))).RuleId);
    }
}
