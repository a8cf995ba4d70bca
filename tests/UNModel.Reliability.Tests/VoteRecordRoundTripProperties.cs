using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using UNModel.Reliability.Tests.Support;
using UNModel.Serialization;

namespace UNModel.Reliability.Tests;

/// <summary>
/// Votes and decisions have no public constructors: they round-trip through the vote-record JSON format
/// (written here, read by <see cref="VoteRecordReader"/>), and the decision of the vote read back is the decision of the
/// vote written. The CLI's <c>decide --json</c> reports the same decision.
/// </summary>
public sealed class VoteRecordRoundTripProperties
{
    private const int Cases = 250;

    /// <summary>A roll call or a tally, with or without the outcome declared (as the engine decides it, so the record is valid).</summary>
    private static Gen<Vote> Votes() =>
        from c in Generators.RollCalls()
        from asTally in Gen.Elements(false, true)
        from declare in Gen.Elements(0, 1, 2)
        select Declare(asTally ? c.ToTallyVote() : c.ToVote(), c, asTally, declare);

    [Fact]
    public void A_vote_written_as_a_record_reads_back_to_the_same_decision()
    {
        PropertyRun.Check(Votes(), vote =>
        {
            byte[] json = VoteRecordJson.Write(vote, indented: vote.Ballots.Length % 2 == 0);
            VoteRecordBatch batch = VoteRecordReader.Read(json);
            Assert.False(batch.IsArray);
            Vote read = Assert.Single(batch.Votes);
            Assert.Equal(vote.Body, read.Body);
            Assert.Equal(vote.Date, read.Date);
            Assert.Equal(vote.Question, read.Question);
            Assert.Equal(vote.Proposal.Symbol, read.Proposal.Symbol);
            Assert.Equal(vote.Ballots.OrderBy(b => b.State), read.Ballots.OrderBy(b => b.State));
            Assert.Equal(vote.Tally, read.Tally);
            Assert.Equal(vote.TallyPermanentNo?.OrderBy(c => c).ToArray(), read.TallyPermanentNo?.OrderBy(c => c).ToArray());
            Assert.Equal(vote.Declared?.Outcome, read.Declared?.Outcome);
            EngineProperties.AssertSameDecision(Charter.Decide(vote), Charter.Decide(read));

            // Written again, the record is byte for byte the same.
            Assert.Equal(json, VoteRecordJson.Write(read, indented: vote.Ballots.Length % 2 == 0));
        }, Cases, "vote record round trip");
    }

    [Fact]
    public void A_batch_reads_back_in_order()
    {
        PropertyRun.Check(Gen.ListOf(Votes()).Select(l => l.Take(12).ToArray()), votes =>
        {
            VoteRecordBatch batch = VoteRecordReader.Read(VoteRecordJson.WriteBatch(votes));
            Assert.True(batch.IsArray);
            Assert.Equal(votes.Length, batch.Votes.Length);
            for (int i = 0; i < votes.Length; i++)
            {
                EngineProperties.AssertSameDecision(Charter.Decide(votes[i]), Charter.Decide(batch.Votes[i]));
            }
        }, 60, "vote record batch round trip");
    }

    [Fact]
    public void The_CLI_decides_a_written_record_as_the_engine_does()
    {
        PropertyRun.Check(Votes(), vote =>
        {
            CliResult r = CliRunner.DecideStdin(VoteRecordJson.Write(vote), json: true);
            Assert.True(r.ExitCode == 0, r.Stderr);
            Assert.Equal(string.Empty, r.Stderr);
            Decision d = Charter.Decide(vote);
            using JsonDocument doc = JsonDocument.Parse(r.Stdout);
            JsonElement o = doc.RootElement;
            Assert.Equal(d.Outcome.ToString(), o.GetProperty("outcome").GetString());
            Assert.Equal(d.Reason.ToString(), o.GetProperty("reason").GetString());
            Assert.Equal(d.Yes, o.GetProperty("yes").GetInt32());
            Assert.Equal(d.No, o.GetProperty("no").GetInt32());
            Assert.Equal(d.Abstain, o.GetProperty("abstain").GetInt32());
            Assert.Equal(d.Required, o.GetProperty("required").GetInt32());
            Assert.Equal(d.VetoedBy.Select(c => c.Value).Order(), o.GetProperty("vetoedBy").EnumerateArray().Select(e => e.GetString()!).Order());

            CliResult text = CliRunner.DecideStdin(VoteRecordJson.Write(vote));
            Assert.Equal(0, text.ExitCode);
            Assert.Equal(d.Explanation, text.Stdout.TrimEnd('\r', '\n'));
        }, 80, "CLI decide equals engine");
    }

    private static Vote Declare(Vote vote, RollCallCase c, bool asTally, int declare)
    {
        if (declare == 0)
        {
            return vote;
        }

        Decision d = Charter.Decide(vote);
        DeclaredOutcome declared = declare == 2 && d.IsVetoed ? DeclaredOutcome.Vetoed(d.VetoedBy) : DeclaredOutcome.Of(d.Outcome);
        Body body = Body.Of(c.Body);
        return asTally
            ? Vote.FromTally(body, c.Date, c.Question, c.Proposal, Tally.From(c.Yes, c.No, c.Abstain), c.IsSecurityCouncil ? c.PermanentNo : null, declared)
            : Vote.RollCall(body, c.Date, c.Question, c.Proposal, c.Ballots.Select(b => b.ToBallot()), declared);
    }
}
