using FsCheck.Fluent;
using UNModel.Reliability.Tests.Support;

namespace UNModel.Reliability.Tests;

/// <summary>
/// The engine obeys the Charter's laws for any valid roll call drawn from the real membership of the body on a random
/// date from 1946 to 2026 (issue 8, "The engine obeys its laws").
/// </summary>
public sealed class EngineProperties
{
    private const int Cases = 400;

    [Fact]
    public void Adopted_iff_yes_reaches_the_required_majority_of_those_present_and_voting_and_no_permanent_member_voted_no()
    {
        PropertyRun.Check(Generators.RollCalls(), c =>
        {
            Decision d = Charter.Decide(c.ToVote());
            bool permanentNo = c.PermanentNo.Length > 0;
            int required = Oracle.Required(c.Body, c.Question, c.Date, c.Yes, c.No);
            Assert.Equal(required, d.Required);
            Assert.Equal(c.Yes, d.Yes);
            Assert.Equal(c.No, d.No);
            Assert.Equal(c.Abstain, d.Abstain);
            Assert.Equal(c.Yes + c.No, d.PresentAndVoting);
            Assert.Equal(Oracle.IsAdopted(c.Body, c.Question, c.Date, c.Yes, c.No, permanentNo), d.Outcome == VoteOutcome.Adopted);
        }, Cases, "adopted iff majority and no permanent no");
    }

    [Fact]
    public void A_veto_is_reported_iff_substantive_with_enough_yes_and_a_permanent_no()
    {
        PropertyRun.Check(Generators.RollCalls(BodyKind.SecurityCouncil), c =>
        {
            Decision d = Charter.Decide(c.ToVote());
            bool expected = Oracle.IsVetoed(c.Body, c.Question, c.Date, c.Yes, c.PermanentNo.Length > 0);
            Assert.Equal(expected, d.IsVetoed);
            Assert.Equal(expected, d.Reason == DecisionReason.Vetoed);
            Assert.Equal(expected ? c.PermanentNo : [], d.VetoedBy.OrderBy(x => x).ToArray());
        }, Cases, "veto iff substantive, enough yes and a permanent no");
    }

    [Fact]
    public void Vetoes_are_reported_only_in_the_Security_Council()
    {
        PropertyRun.Check(Generators.RollCalls(), c =>
        {
            Decision d = Charter.Decide(c.ToVote());
            return c.IsSecurityCouncil || (!d.IsVetoed && d.VetoedBy.IsEmpty);
        }, Cases, "no veto outside the Security Council");
    }

    [Fact]
    public void The_order_of_ballots_never_changes_the_decision()
    {
        PropertyRun.Check(Generators.RollCallsWithSeed(), t =>
        {
            (RollCallCase c, int seed) = t;
            GeneratedBallot[] shuffled = [.. c.Ballots];
            new Random(seed).Shuffle(shuffled);
            Decision a = Charter.Decide(c.ToVote());
            Decision b = Charter.Decide(c.With(shuffled).ToVote());
            AssertSameDecision(a, b);
        }, Cases, "ballot order");
    }

    [Fact]
    public void Turning_abstentions_into_absences_never_changes_the_threshold_or_the_outcome()
    {
        PropertyRun.Check(Generators.RollCalls(), c =>
        {
            Decision original = Charter.Decide(c.ToVote());
            GeneratedBallot[] absent = [.. c.Ballots.Select(b => b.Choice == BallotChoice.Abstain ? b with { Choice = BallotChoice.Absent } : b)];
            GeneratedBallot[] unlisted = [.. c.Ballots.Where(b => b.Choice != BallotChoice.Abstain)];
            foreach (GeneratedBallot[] variant in new[] { absent, unlisted })
            {
                Decision d = Charter.Decide(c.With(variant).ToVote());
                Assert.Equal(original.Required, d.Required);
                Assert.Equal(original.Outcome, d.Outcome);
                Assert.Equal(original.Reason, d.Reason);
                Assert.Equal(original.PresentAndVoting, d.PresentAndVoting);
                Assert.Equal(0, d.Abstain);
            }
        }, Cases, "abstention vs absence");
    }

    [Fact]
    public void Absent_members_never_change_the_threshold_or_the_outcome()
    {
        PropertyRun.Check(Generators.RollCalls(), c =>
        {
            Decision original = Charter.Decide(c.ToVote());
            GeneratedBallot[] unlisted = [.. c.Ballots.Where(b => b.Choice != BallotChoice.Absent)];
            Decision d = Charter.Decide(c.With(unlisted).ToVote());
            AssertSameDecision(original, d);
        }, Cases, "absent vs not listed");
    }

    [Fact]
    public void A_tally_decides_as_the_roll_call_it_summarises()
    {
        PropertyRun.Check(Generators.RollCalls(), c =>
        {
            AssertSameDecision(Charter.Decide(c.ToVote()), Charter.Decide(c.ToTallyVote()));
        }, Cases, "tally equals roll call");
    }

    [Fact]
    public void Every_decision_explains_itself_and_has_a_legal_effect()
    {
        PropertyRun.Check(Generators.RollCalls(), c =>
        {
            Decision d = Charter.Decide(c.ToVote());
            Assert.False(string.IsNullOrWhiteSpace(d.Explanation));
            Assert.DoesNotContain('\n', d.Explanation);
            Assert.Equal(d.Outcome == VoteOutcome.Adopted, d.LegalEffect.Kind != LegalEffectKind.None);
        }, Cases / 2, "explanation and effect");
    }

    internal static void AssertSameDecision(Decision expected, Decision actual)
    {
        Assert.Equal(expected.Outcome, actual.Outcome);
        Assert.Equal(expected.Reason, actual.Reason);
        Assert.Equal(expected.Yes, actual.Yes);
        Assert.Equal(expected.No, actual.No);
        Assert.Equal(expected.Abstain, actual.Abstain);
        Assert.Equal(expected.Required, actual.Required);
        Assert.Equal(expected.VetoedBy.OrderBy(x => x), actual.VetoedBy.OrderBy(x => x));
    }
}
