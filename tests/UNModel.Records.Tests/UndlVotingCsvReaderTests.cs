namespace UNModel.Records.Tests;

/// <summary>The UN Digital Library voting-data layouts, on small files written in exactly those columns.</summary>
public class UndlVotingCsvReaderTests
{
    internal const string GeneralAssembly =
        "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,title,agenda_title,subjects,vote_note,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link\n" +
        "4076672,UKR,UKRAINE,Y,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,\"Advancing a comprehensive, just and lasting peace in Ukraine\",Letter dated 28 February 2014,UKRAINE--POLITICAL CONDITIONS|PEACE,,2,1,1,1,5,https://digitallibrary.un.org/record/4076672\n" +
        "4076672,USA,UNITED STATES,N,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,\"Advancing a comprehensive, just and lasting peace in Ukraine\",Letter dated 28 February 2014,UKRAINE--POLITICAL CONDITIONS|PEACE,,2,1,1,1,5,https://digitallibrary.un.org/record/4076672\n" +
        "4076672,CHN,CHINA,A,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,\"Advancing a comprehensive, just and lasting peace in Ukraine\",Letter dated 28 February 2014,UKRAINE--POLITICAL CONDITIONS|PEACE,,2,1,1,1,5,https://digitallibrary.un.org/record/4076672\n" +
        "4076672,FRA,FRANCE,Y,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,\"Advancing a comprehensive, just and lasting peace in Ukraine\",Letter dated 28 February 2014,UKRAINE--POLITICAL CONDITIONS|PEACE,,2,1,1,1,5,https://digitallibrary.un.org/record/4076672\n" +
        "4076672,VEN,VENEZUELA (BOLIVARIAN REPUBLIC OF),X,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,\"Advancing a comprehensive, just and lasting peace in Ukraine\",Letter dated 28 February 2014,UKRAINE--POLITICAL CONDITIONS|PEACE,,2,1,1,1,5,https://digitallibrary.un.org/record/4076672\n" +
        "4076672,PSE,STATE OF PALESTINE,Y,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,title,agenda,,,2,1,1,1,5,\n" +
        "4076672,ATL,ATLANTIS,Y,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,title,agenda,,,2,1,1,1,5,\n" +
        "4076672,DEU,GERMANY,MAYBE,2025-02-24,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,title,agenda,,,2,1,1,1,5,\n" +
        "4076672,GBR,UNITED KINGDOM,Y,2025-02-25,ES-11,A/RES/ES-11/7,A/ES-11/L.10,,A/ES-11/PV.20,title,agenda,,,2,1,1,1,5,\n";

    internal const string SecurityCouncil =
        "undl_id,ms_code,ms_name,ms_vote,date,resolution,draft,meeting,description,agenda,subjects,modality,vote_note,permanent_member,total_yes,total_no,total_abstentions,total_non_voting,total_ms,undl_link\n" +
        "1,USA,UNITED STATES,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,GBR,UNITED KINGDOM,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,FRA,FRANCE,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,RUS,RUSSIAN FEDERATION,N,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,CHN,CHINA,A,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,DNK,DENMARK,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,GRC,GREECE,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,SVN,SLOVENIA,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,KOR,REPUBLIC OF KOREA,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,PAN,PANAMA,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,GUY,GUYANA,Y,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,TRUE,9,1,5,0,15,\n" +
        "1,DZA,ALGERIA,A,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,PAK,PAKISTAN,A,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,SLE,SIERRA LEONE,A,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,SOM,SOMALIA,A,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "1,BRA,BRAZIL,NV,2025-02-24,,S/2025/112,S/PV.9866,Amendment,Ukraine,,Voting,,FALSE,9,1,5,0,15,\n" +
        "2,USA,UNITED STATES,Y,1960-06-23,S/RES/138 (1960),S/4349,S/PV.868,Question relating to the case of Adolf Eichmann,,,Voting,,TRUE,,,,,,\n" +
        "2,RUS,USSR,A,1960-06-23,S/RES/138 (1960),S/4349,S/PV.868,Question relating to the case of Adolf Eichmann,,,Voting,,TRUE,,,,,,\n";

    [Fact]
    public void General_assembly_layout()
    {
        VotingRecord record = UndlVotingCsvReader.Read(new StringReader(GeneralAssembly), "ga.csv");
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
        VotingRecord record = UndlVotingCsvReader.Read(new StringReader(SecurityCouncil), "sc.csv");
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
        File.WriteAllText(path, SecurityCouncil);
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
