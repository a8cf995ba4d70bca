using UNModel.Testing;

namespace UNModel.Records.Tests;

/// <summary>The UN Digital Library voting-data layouts, on small files written in exactly those columns.</summary>
public class UndlVotingCsvReaderTests
{
    [Fact]
    public void General_assembly_layout()
    {
        VotingRecord record = UndlVotingCsvReader.Read(new StringReader(UndlSamples.GeneralAssembly), "ga.csv");
        ImportFileCount count = record.Report.For("ga.csv")!;
        Assert.Equal((9L, 5L, 4L), (count.Read, count.Accepted, count.Rejected));
        long[] rejected = record.Report.Issues.Where(i => i.IsRejection).Select(i => i.Line).Order().ToArray();
        Assert.Equal([7, 8, 9, 10], rejected);
        Assert.Contains(record.Report.Issues, i => i.Line == 7 && i.Message.Contains("PSE", StringComparison.Ordinal));
        Assert.Contains(record.Report.Issues, i => i.Line == 8 && i.Kind == ImportIssueKind.Unmapped);
        Assert.Contains(record.Report.Issues, i => i.Line == 9 && i.Kind == ImportIssueKind.Malformed);
        Assert.Contains(record.Report.Issues, i => i.Line == 10 && i.Message.Contains("dated 2025-02-24", StringComparison.Ordinal));

        RecordedRollCall rc = Assert.Single(record.RollCalls);
        Assert.Equal(4076672, rc.Id);
        Assert.Same(Body.GeneralAssembly, rc.Vote.Body);
        Assert.Equal("A/RES/ES-11/7", rc.Resolution?.Value);
        Assert.Equal("A/ES-11/L.10", rc.Vote.Proposal.Symbol?.Value);
        Assert.Equal(BallotChoice.Absent, rc.ChoiceOf(CountryCode.From("VEN")));
        Assert.Equal((2, 1, 1), (rc.Decision.Yes, rc.Decision.No!.Value, rc.Decision.Abstain!.Value));
        Assert.Equal(VoteOutcome.Adopted, rc.Decision.Outcome);
        Assert.False(rc.IsFlagged);
        Assert.Equal(["UKRAINE--POLITICAL CONDITIONS", "PEACE"], rc.Issues.Select(i => i.Name).ToArray());

        // The totals (total_ms 5) agree with the accepted rows; nothing inconsistent is noted.
        Assert.DoesNotContain(record.Report.Issues, i => i.Kind == ImportIssueKind.Inconsistent);
    }

    [Fact]
    public void Security_council_layout_with_a_veto_and_historic_seats()
    {
        VotingRecord record = UndlVotingCsvReader.Read(new StringReader(UndlSamples.SecurityCouncil), "sc.csv");
        ImportFileCount count = record.Report.For("sc.csv")!;
        Assert.Equal((18L, 17L, 1L), (count.Read, count.Accepted, count.Rejected));
        Assert.Contains(record.Report.Issues, i => i.Line == 17 && i.Message.Contains("BRA was not a member of the Security Council", StringComparison.Ordinal));
        Assert.Contains(record.Report.Issues, i => i.Line == 12 && i.Kind == ImportIssueKind.Inconsistent && i.Message.Contains("GUY", StringComparison.Ordinal));

        RecordedRollCall amendment = record.Find(1)!;
        Assert.Same(Body.SecurityCouncil, amendment.Vote.Body);
        Assert.Equal(QuestionKind.Substantive, amendment.Vote.Question);
        Assert.True(amendment.Decision.IsVetoed);
        Assert.Equal(["RUS"], amendment.Decision.VetoedBy.Select(c => c.Value).ToArray());
        Assert.Null(amendment.Resolution);
        Assert.False(amendment.IsFlagged);

        RecordedRollCall eichmann = record.Find(2)!;
        Assert.Equal(BallotChoice.Abstain, eichmann.ChoiceOf(CountryCode.From("SUN")));
        Assert.Equal("S/RES/138 (1960)", eichmann.Resolution?.Value);
        Assert.True(eichmann.IsFlagged); // two ballots on record: the file is incomplete, so the symbol cannot be carried.
    }

    [Fact]
    public void A_file_without_the_key_columns_is_refused() =>
        Assert.Throws<MalformedRecordException>(() => UndlVotingCsvReader.Read(new StringReader("undl_id,ms_code,date\n1,USA,2020-01-01\n")));

    [Fact]
    public void Reads_a_file_from_disk()
    {
        string path = TestData.TempFile(".csv");
        File.WriteAllText(path, UndlSamples.SecurityCouncil);
        try
        {
            VotingRecord record = UndlVotingCsvReader.Read(path);
            Assert.Equal(2, record.RollCalls.Length);
            Assert.Equal(Path.GetFileName(path), record.Source);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
