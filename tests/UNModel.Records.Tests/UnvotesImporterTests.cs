using System.IO.Compression;
using System.Text;

namespace UNModel.Records.Tests;

public class UnvotesImporterTests
{
    internal const string RollCalls =
        "rcid,session,importantvote,date,unres,amend,para,short,descr\n" +
        "1,50,0,1995-10-01,R/50/1,0,0,TEST,\"A description, with a comma\"\n" +
        "2,50,NA,1995-10-02,NA,1,0,AMEND,\"two\nlines\"\n" +
        "x,50,0,1995-10-02,R/50/3,0,0,BAD,bad\n" +
        "3,50,0,95-10-02,R/50/3,0,0,BAD,bad\n" +
        "1,50,0,1995-10-01,R/50/1,0,0,DUP,dup\n" +
        "4,1,0,1946-01-01,R/1/66,0,0,EARLY,early\n";

    internal const string Votes =
        "rcid,country,country_code,vote\n" +
        "1,United States,US,yes\n" +
        "1,Russia,RU,no\n" +
        "1,Namibia,NA,abstain\n" +
        "1,Atlantis,XX,yes\n" +
        "1,Canada,CA,maybe\n" +
        "9,Canada,CA,yes\n" +
        "1,United States,US,no\n" +
        "2,Canada,CA,yes\n" +
        "4,United States,US,yes\n" +
        "4,Russia,RU,yes\n" +
        "1,Switzerland,CH,yes\n" +
        "1,Canada,CA\n";

    internal const string Issues =
        "rcid,short_name,issue\n" +
        "1,me,Palestinian conflict\n" +
        "1,me,Palestinian conflict\n" +
        "7,hr,Human rights\n";

    [Fact]
    public void Every_row_is_accepted_or_rejected_with_its_line()
    {
        VotingRecord record = UnvotesImporter.Import(new StringReader(RollCalls), new StringReader(Votes), new StringReader(Issues));
        ImportReport report = record.Report;
        AssertCounts(report, "roll_calls.csv", 6, 3, 3);
        AssertCounts(report, "unvotes.csv", 12, 6, 6);
        AssertCounts(report, "issues.csv", 3, 1, 2);
        Assert.Equal(report.Read, report.Accepted + report.Rejected);

        long[] RejectedLines(string file) => report.Issues.Where(i => i.IsRejection && i.File == file).Select(i => i.Line).Order().ToArray();
        Assert.Equal([5, 6, 7], RejectedLines("roll_calls.csv"));
        Assert.Equal([5, 6, 7, 8, 12, 13], RejectedLines("unvotes.csv"));
        Assert.Equal([3, 4], RejectedLines("issues.csv"));
        Assert.Contains(report.Issues, i => i.Line == 5 && i.File == "unvotes.csv" && i.Kind == ImportIssueKind.Unmapped);
        Assert.Contains(report.Issues, i => i.Line == 6 && i.File == "unvotes.csv" && i.Kind == ImportIssueKind.Malformed && i.Message.Contains("maybe", StringComparison.Ordinal));
        Assert.Contains(report.Issues, i => i.Line == 7 && i.File == "unvotes.csv" && i.Kind == ImportIssueKind.Orphan);
        Assert.Contains(report.Issues, i => i.Line == 8 && i.File == "unvotes.csv" && i.Message.Contains("second ballot", StringComparison.Ordinal));
        Assert.Contains(report.Issues, i => i.Line == 12 && i.File == "unvotes.csv" && i.Message.Contains("CHE was not a Member", StringComparison.Ordinal));
        Assert.Contains(report.Issues, i => i.Line == 7 && i.File == "roll_calls.csv" && i.Message.Contains("second row for rcid 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Roll_calls_carry_the_data_and_the_engine_decision()
    {
        VotingRecord record = UnvotesImporter.Import(new StringReader(RollCalls), new StringReader(Votes), new StringReader(Issues));
        RecordedRollCall one = record.Find(1)!;
        Assert.Equal(BallotChoice.No, one.ChoiceOf(CountryCode.From("RUS")));
        Assert.Equal(BallotChoice.Abstain, one.ChoiceOf(CountryCode.From("NAM")));
        Assert.Null(one.ChoiceOf(CountryCode.From("CAN")));
        Assert.Equal("A/RES/50/1", one.Resolution?.Value);
        Assert.Equal("A description, with a comma", one.Description);
        Assert.Equal(DecisionReason.EquallyDivided, one.Decision.Reason);
        Assert.Equal(-1, one.Margin);
        Assert.True(one.SymbolImpliesAdoption);
        Assert.True(one.IsFlagged);
        Assert.Equal("Palestinian conflict", Assert.Single(one.Issues).Name);

        RecordedRollCall two = record.Find(2)!;
        Assert.Equal("two\nlines", two.Description);
        Assert.True(two.IsAmendment);
        Assert.Null(two.IsImportantVote);
        Assert.False(two.SymbolImpliesAdoption);
        Assert.Equal(ProposalKind.Motion, two.Vote.Proposal.Kind);

        RecordedRollCall early = record.Find(4)!;
        Assert.Equal(new DateOnly(1946, 1, 1), early.Date);
        Assert.Equal(new DateOnly(1946, 1, 10), early.Vote.Date);
        Assert.Equal(BallotChoice.Yes, early.ChoiceOf(CountryCode.From("SUN")));
        Assert.Null(early.Resolution); // R/1/66 is a page of the Official Records, not resolution 66 (I)
        Assert.Equal("R/1/66 (unvotes ref.)", early.Reference);
        Assert.Contains(record.Report.Issues, i => i.Kind == ImportIssueKind.Redated && i.Line == 8 && !i.IsRejection);
        Assert.Single(record.Flagged);
    }

    [Fact]
    public void A_late_admission_moves_the_roll_call_to_the_admission_date()
    {
        const string rc = "rcid,session,importantvote,date,unres,amend,para,short,descr\n10,10,0,1955-12-02,R/10/1,0,0,T,t\n";
        const string v = "rcid,country,country_code,vote\n10,Spain,ES,yes\n10,United States,US,yes\n";
        VotingRecord record = UnvotesImporter.Import(new StringReader(rc), new StringReader(v));
        Assert.Equal(new DateOnly(1955, 12, 14), record.Find(10)!.Vote.Date);
        Assert.Equal(0, record.Report.Rejected);

        VotingRecord strict = UnvotesImporter.Import(new StringReader(rc), new StringReader(v), options: new UnvotesImportOptions { MaxRedatingDays = 0 });
        Assert.Equal(1, strict.Report.Rejected);
        Assert.Contains(strict.Report.Issues, i => i.Line == 2 && i.Message.Contains("ESP was not a Member", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_gzip_files_from_a_directory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "unmodel-gz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            Write(Path.Combine(dir, "roll_calls.csv.gz"), RollCalls);
            Write(Path.Combine(dir, "unvotes.csv.gz"), Votes);
            File.WriteAllText(Path.Combine(dir, "issues.csv"), Issues);
            Assert.True(UnvotesImporter.HasData(dir));
            var reports = new List<ImportProgress>();
            VotingRecord record = UnvotesImporter.Import(dir, progress: new SyncProgress(reports));
            Assert.Equal(3, record.RollCalls.Length);
            Assert.Equal(12, record.Report.For("unvotes.csv")!.Read);
            Assert.Contains(reports, p => p.File == "unvotes.csv");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }

        static void Write(string path, string text)
        {
            using var gz = new GZipStream(File.Create(path), CompressionLevel.Optimal);
            gz.Write(Encoding.UTF8.GetBytes(text));
        }
    }

    [Fact]
    public void A_header_without_a_required_column_is_refused()
    {
        var ex = Assert.Throws<MalformedRecordException>(() => UnvotesImporter.Import(new StringReader("rcid,date\n1,1990-01-01\n"), new StringReader(Votes)));
        Assert.Equal(RuleIds.MalformedRecord, ex.RuleId);
        Assert.Contains("session", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("R/1/66", "1946-01-01", 1, null, null)] // a page of the Official Records, not resolution 66 (I)
    [InlineData("R/1/1061A", "1946-12-01", 1, null, null)]
    [InlineData("R/18/1991A", "1963-12-17", 18, "A/RES/1991 (XVIII)", "A")]
    [InlineData("R/26/2758", "1971-10-25", 26, "A/RES/2758 (XXVI)", null)]
    [InlineData("R/12/6", "1956-12-01", 11, null, null)] // filed under session 11: another session's number is no symbol
    [InlineData("R/31/6K", "1976-11-09", 31, "A/RES/31/6", "K")]
    [InlineData("R/34/233/XII", "1979-12-20", 34, "A/RES/34/233", "XII")]
    [InlineData("A/RES/71/5", "2016-10-01", 71, "A/RES/71/5", null)]
    [InlineData("ESS/7/2", "1980-07-29", 35, "A/RES/ES-7/2", null)]
    public void Resolution_symbols_are_written_canonically(string text, string date, int session, string? expected, string? part)
    {
        RecordedRollCall rollCall = ImportOne(text, date, session);
        Assert.Equal(expected, rollCall.Resolution?.Value);
        Assert.Equal(part, rollCall.ResolutionPart);
        Assert.Equal(text, rollCall.ResolutionText);
    }

    [Theory]
    [InlineData("ESS/1/34")]
    [InlineData("NA")]
    public void Symbols_the_grammar_cannot_write_stay_as_text_only(string text)
    {
        RecordedRollCall rollCall = ImportOne(text, "1956-11-02");
        Assert.Null(rollCall.Resolution);
        Assert.Null(rollCall.ResolutionPart);
        Assert.Equal(text == "NA" ? null : text, rollCall.ResolutionText);
    }

    /// <summary>Imports one roll call, without ballots, whose <c>unres</c> field is <paramref name="unres"/>.</summary>
    private static RecordedRollCall ImportOne(string unres, string date, int session = 1)
    {
        string rollCalls = "rcid,session,importantvote,date,unres,amend,para,short,descr\n1," + session.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",0," + date + "," + unres + ",0,0,SHORT,DESCRIPTION\n";
        VotingRecord record = UnvotesImporter.Import(new StringReader(rollCalls), new StringReader("rcid,country,country_code,vote\n"));
        Assert.Empty(record.Report.Issues.Where(i => i.IsRejection));
        return Assert.Single(record.RollCalls);
    }

    private static void AssertCounts(ImportReport report, string file, long read, long accepted, long rejected)
    {
        ImportFileCount count = report.For(file)!;
        Assert.Equal((read, accepted, rejected, 0L), (count.Read, count.Accepted, count.Rejected, count.SilentlyDropped));
    }

    private sealed class SyncProgress(List<ImportProgress> reports) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => reports.Add(value);
    }
}
