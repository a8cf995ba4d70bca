using UNModel.Analysis;

namespace UNModel.Records.Tests;

public class AgreementTests
{
    [Theory]
    [InlineData(BallotChoice.Yes, BallotChoice.Yes, 1.0)]
    [InlineData(BallotChoice.No, BallotChoice.No, 1.0)]
    [InlineData(BallotChoice.Abstain, BallotChoice.Abstain, 1.0)]
    [InlineData(BallotChoice.Yes, BallotChoice.Abstain, 0.5)]
    [InlineData(BallotChoice.Abstain, BallotChoice.No, 0.5)]
    [InlineData(BallotChoice.Yes, BallotChoice.No, 0.0)]
    public void Scores_one_half_zero(BallotChoice a, BallotChoice b, double expected)
    {
        Assert.Equal(expected, Agreement.Score(a, b));
        Assert.Equal(expected, Agreement.Score(b, a));
    }

    [Fact]
    public void Absence_is_left_out() => Assert.Null(Agreement.Score(BallotChoice.Absent, BallotChoice.Yes));

    [Fact]
    public void Small_record_by_issue_and_overall()
    {
        const string rc = "rcid,session,importantvote,date,unres,amend,para,short,descr\n" +
            "1,50,0,1995-10-01,R/50/1,0,0,A,a\n2,50,0,1995-10-02,R/50/2,0,0,B,b\n3,51,0,1996-10-02,R/51/3,0,0,C,c\n";
        const string v = "rcid,country,country_code,vote\n" +
            "1,United States,US,yes\n1,Russia,RU,yes\n" +
            "2,United States,US,yes\n2,Russia,RU,abstain\n" +
            "3,United States,US,no\n3,Russia,RU,yes\n";
        const string issues = "rcid,short_name,issue\n1,hr,Human rights\n2,hr,Human rights\n3,me,Palestinian conflict\n";
        VotingRecord record = UnvotesImporter.Import(new StringReader(rc), new StringReader(v), new StringReader(issues));
        CountryCode usa = CountryCode.From("USA"), rus = CountryCode.From("RUS");
        AgreementRow all = Agreement.Overall(record, usa, rus);
        Assert.Equal(0.5, all.Score);
        Assert.Equal((3, 1, 1), (all.SharedRollCalls, all.Identical, all.Opposed));
        var byIssue = Agreement.By(record, usa, rus, RecordGrouping.Issue);
        Assert.Equal(["Human rights", "Palestinian conflict"], byIssue.Select(r => r.Key).ToArray());
        Assert.Equal(0.75, byIssue[0].Score);
        Assert.Equal(0.0, byIssue[1].Score);
        var bySession = Agreement.By(record, usa, rus, RecordGrouping.Session);
        Assert.Equal(["50", "51"], bySession.Select(r => r.Key).ToArray());
    }

    [Fact]
    public void Usa_and_russia_by_year_cover_1946_to_2019_with_the_gap_of_1964()
    {
        var rows = Agreement.By(TestData.Record, CountryCode.From("USA"), CountryCode.From("RUS"), RecordGrouping.Year);
        Assert.Equal("1946", rows[0].Key);
        Assert.Equal("2020", rows[^1].Key); // one roll call of 14 January 2020 (session 74)
        Assert.Equal(75, rows.Length);
        AgreementRow gap = rows.Single(r => r.Key == "1964");
        Assert.Equal(0, gap.RecordRollCalls);
        Assert.Null(gap.Score);
        Assert.All(rows.Where(r => r.Key != "1964" && r.Key != "2020"), r =>
        {
            Assert.NotNull(r.Score);
            Assert.InRange(r.Score!.Value, 0.0, 1.0);
        });

        // The USSR's ballots count for the Russian Federation's seat before 1992; without succession there are none.
        var strict = Agreement.By(TestData.Record, CountryCode.From("USA"), CountryCode.From("RUS"), RecordGrouping.Year, new AgreementOptions { FollowSuccession = false });
        Assert.Null(strict.Single(r => r.Key == "1980").Score);
        Assert.Equal(rows.Single(r => r.Key == "1980").Score, Agreement.By(TestData.Record, CountryCode.From("USA"), CountryCode.From("SUN"), RecordGrouping.Year).Single(r => r.Key == "1980").Score);
        AgreementRow overall = Agreement.Overall(TestData.Record, CountryCode.From("USA"), CountryCode.From("RUS"));
        Assert.InRange(overall.Score!.Value, 0.30, 0.42);
    }

    [Fact]
    public void Lineage_follows_continuing_seats() =>
        Assert.Equal(["RUS", "SUN"], Succession.Lineage(CountryCode.From("RUS")).Select(c => c.Value).ToArray());
}

public class CohesionTests
{
    [Theory]
    [InlineData(10, 0, 0, 1.0)]
    [InlineData(1, 1, 1, 0.0)]
    [InlineData(2, 1, 0, 0.5)]
    [InlineData(5, 5, 0, 0.25)]
    public void Hix_noury_roland_index(int yes, int no, int abstain, double expected) =>
        Assert.Equal(expected, Cohesion.Index(yes, no, abstain)!.Value, 12);

    [Fact]
    public void Nobody_voting_has_no_index() => Assert.Null(Cohesion.Index(0, 0, 0));

    [Fact]
    public void Western_permanent_members_are_cohesive_by_session()
    {
        var rows = Cohesion.By(TestData.Record, [CountryCode.From("USA"), CountryCode.From("GBR"), CountryCode.From("FRA")], RecordGrouping.Session);
        Assert.Equal("1", rows[0].Key);
        Assert.All(rows.Where(r => r.Index is not null), r => Assert.InRange(r.Index!.Value, 0.0, 1.0));
        double mean = rows.Where(r => r.Index is not null).Average(r => r.Index!.Value);
        Assert.InRange(mean, 0.6, 0.95);
    }
}
