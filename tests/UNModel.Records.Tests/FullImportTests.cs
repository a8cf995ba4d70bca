using System.IO.Compression;
using System.Security.Cryptography;

namespace UNModel.Records.Tests;

/// <summary>The whole record: 870,109 ballots of 6,203 roll calls, from the compressed copy shipped in data/unvotes.</summary>
public class FullImportTests
{
    [Fact]
    public void Imports_every_ballot_with_no_silent_drop()
    {
        VotingRecord record = TestData.Record;
        ImportReport report = record.Report;
        Assert.Equal(6203, record.RollCalls.Length);
        Assert.Equal((6203L, 6203L, 0L), Counts(report, "roll_calls.csv"));
        Assert.Equal((870109L, 870109L, 0L), Counts(report, "unvotes.csv"));
        Assert.Equal((5745L, 5745L, 0L), Counts(report, "issues.csv"));
        Assert.Equal(0, report.Read - report.Accepted - report.Rejected);
        Assert.Equal(870109, record.RollCalls.Sum(r => r.Vote.Ballots.Length));
        Assert.DoesNotContain(report.Issues, i => i.IsRejection);
        Assert.All(report.Issues, i => Assert.Equal(ImportIssueKind.Redated, i.Kind));
    }

    [Fact]
    public void Historic_seats_are_mapped_by_date()
    {
        VotingRecord record = TestData.Record;
        var seats = new HashSet<string>();
        foreach (RecordedRollCall rc in record.RollCalls)
        {
            foreach (Ballot b in rc.Vote.Ballots)
            {
                seats.Add(b.State.Value);
            }
        }

        foreach (string historic in new[] { "SUN", "YUG", "CSK", "DDR", "YMD", "ZAN", "SCG", "SRB", "RUS", "DEU", "YEM", "NAM" })
        {
            Assert.Contains(historic, seats);
        }

        Assert.All(record.RollCalls.Where(r => r.Vote.Date < new DateOnly(1991, 12, 24)), r => Assert.Null(r.ChoiceOf(CountryCode.From("RUS"))));
        Assert.All(record.RollCalls.Where(r => r.Vote.Date >= new DateOnly(1991, 12, 24)), r => Assert.Null(r.ChoiceOf(CountryCode.From("SUN"))));

        // A/RES/2758 (XXVI), 25 October 1971: the China seat passes to the People's Republic; "Taiwan" votes before it as CHN.
        // The data gives each roll call of the day a letter: G (rcid 1190) is the vote on the resolution, 76-35-17.
        RecordedRollCall restoration = record.Find(1190)!;
        Assert.Equal(("A/RES/2758 (XXVI)", "G"), (restoration.Resolution?.Value, restoration.ResolutionPart));
        Assert.Equal(VoteOutcome.Adopted, restoration.Decision.Outcome);
        Assert.Equal((76, 35, 17), (restoration.Decision.Yes, restoration.Decision.No!.Value, restoration.Decision.Abstain!.Value));
        Assert.Contains(record.RollCalls.Where(r => r.Date.Year == 1960), r => r.ChoiceOf(CountryCode.From("CHN")) is not null);
        Assert.Equal(BallotChoice.No, restoration.ChoiceOf(CountryCode.From("USA")));
        Assert.Equal(BallotChoice.Yes, restoration.ChoiceOf(CountryCode.From("SUN")));
    }

    [Fact]
    public void Each_roll_call_is_decided_with_its_margin_and_inconsistent_symbols_are_flagged()
    {
        VotingRecord record = TestData.Record;
        Assert.All(record.RollCalls, r => Assert.Equal(r.Decision.Yes - r.Decision.Required, r.Margin));
        Assert.Equal(5854, record.RollCalls.Count(r => r.Decision.Outcome == VoteOutcome.Adopted));
        ImmutableArrayAssert(record);
    }

    [Fact]
    public void The_shipped_copy_is_small_and_byte_identical_to_the_shared_data()
    {
        long size = Directory.GetFiles(TestData.ShippedDirectory, "*.gz").Sum(f => new FileInfo(f).Length);
        Assert.InRange(size, 1_000_000, 3_500_000);
        Assert.True(File.Exists(Path.Combine(TestData.ShippedDirectory, "SOURCES.md")));
        Assert.True(File.Exists(Path.Combine(TestData.ShippedDirectory, "LICENSE.unvotes-package")));
        if (!Directory.Exists(TestData.SharedDirectory))
        {
            return; // A clean clone without the shared originals: the copy is all there is.
        }

        foreach (string name in new[] { "roll_calls.csv", "unvotes.csv", "issues.csv" })
        {
            using var gz = new GZipStream(File.OpenRead(Path.Combine(TestData.ShippedDirectory, name + ".gz")), CompressionMode.Decompress);
            byte[] shipped = SHA256.HashData(gz);
            byte[] original = SHA256.HashData(File.ReadAllBytes(Path.Combine(TestData.SharedDirectory, name)));
            Assert.Equal(Convert.ToHexString(original), Convert.ToHexString(shipped));
        }
    }

    [Fact]
    public void The_shared_originals_import_alike_when_present()
    {
        if (!UnvotesImporter.HasData(TestData.SharedDirectory))
        {
            return;
        }

        VotingRecord shared = UnvotesImporter.Import(TestData.SharedDirectory);
        Assert.Equal(870109, shared.Report.For("unvotes.csv")!.Accepted);
        Assert.Equal(TestData.Record.RollCalls.Length, shared.RollCalls.Length);
    }

    private static void ImmutableArrayAssert(VotingRecord record)
    {
        var flagged = record.Flagged;
        Assert.Equal(22, flagged.Length);
        Assert.All(flagged, r =>
        {
            Assert.NotNull(r.ResolutionText);
            Assert.NotEqual(true, r.IsAmendment);
            Assert.NotEqual(true, r.IsParagraph);
            Assert.NotEqual(VoteOutcome.Adopted, r.Decision.Outcome);
        });
        Assert.Contains(flagged, r => r.Id == 1184); // a motion to postpone, recorded as R/26/2758A
        Assert.All(flagged, r => Assert.True(r.Session >= UnvotesImporter.FirstNumberedSession));
    }

    private static (long, long, long) Counts(ImportReport report, string file)
    {
        ImportFileCount c = report.For(file)!;
        return (c.Read, c.Accepted, c.Rejected);
    }
}
