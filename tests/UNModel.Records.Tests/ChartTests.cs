using System.Globalization;
using System.Xml.Linq;
using UNModel.Analysis;

namespace UNModel.Records.Tests;

public class ChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_security_council_roll_call_with_a_veto()
    {
        var date = new DateOnly(2025, 2, 24);
        Vote vote = VoteBuilder.In(Body.SecurityCouncil, date).Substantive().On(Proposal.Draft("S/2025/112", "Test draft"))
            .Yes(MemberStates.UnitedStates, MemberStates.UnitedKingdom, MemberStates.France, MemberStates.Denmark, MemberStates.Greece, MemberStates.Slovenia, MemberStates.RepublicOfKorea, MemberStates.Panama, MemberStates.Guyana)
            .Veto(MemberStates.RussianFederation)
            .Abstain(MemberStates.China, MemberStates.Algeria, MemberStates.Pakistan)
            .Build();
        XDocument doc = XDocument.Parse(VoteChart.Svg(vote));
        XElement root = doc.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        List<XElement> seats = Seats(doc);
        Assert.Equal(15, seats.Count);
        Assert.Equal(9, seats.Count(s => s.Attribute("fill")!.Value == VoteChart.YesColour));
        Assert.Equal(3, seats.Count(s => s.Attribute("fill")!.Value == VoteChart.AbstainColour));
        Assert.Equal(2, seats.Count(s => s.Attribute("fill")!.Value == VoteChart.AbsentColour));
        XElement veto = Assert.Single(seats, s => s.Attribute("fill")!.Value == VoteChart.NoColour);
        Assert.Equal("Russian Federation: No (veto)", veto.Element(Svg + "title")!.Value);
        Assert.Equal("VETOED", Texts(doc, "outcome").Single());
        Assert.Contains("Yes 9", Texts(doc, "legend"));
        Assert.Contains("Absent or not voting 2", Texts(doc, "legend"));
        Assert.Contains("RUS", Texts(doc, "code"));
    }

    [Fact]
    public void A_general_assembly_roll_call_of_the_record_fills_every_seat()
    {
        RecordedRollCall rc = TestData.Record.Find(1190)!; // A/RES/2758 (XXVI), 25 October 1971
        XDocument doc = XDocument.Parse(VoteChart.Svg(rc.Vote));
        List<XElement> seats = Seats(doc);
        Assert.Equal(rc.Vote.Seats, seats.Count);
        Assert.Equal(76, seats.Count(s => s.Attribute("fill")!.Value == VoteChart.YesColour));
        Assert.Equal(35, seats.Count(s => s.Attribute("fill")!.Value == VoteChart.NoColour));
        Assert.Equal(17, seats.Count(s => s.Attribute("fill")!.Value == VoteChart.AbstainColour));
        Assert.Equal("ADOPTED", Texts(doc, "outcome").Single());
        Assert.All(seats, s => Assert.InRange(double.Parse(s.Attribute("cx")!.Value, CultureInfo.InvariantCulture), 0, 1000));
    }

    [Fact]
    public void Every_seed_vote_draws_including_tallies()
    {
        foreach (RecordedVote r in SeedDays.February24_2025.Votes)
        {
            XDocument doc = XDocument.Parse(VoteChart.Svg(r.Vote, source: r.Source));
            Assert.Equal(r.Vote.Seats, Seats(doc).Count + doc.Descendants(Svg + "circle").Count(c => c.Attribute("class")?.Value == "seat unknown"));
        }
    }

    [Fact]
    public void A_body_without_a_roster_has_its_own_number_of_seats()
    {
        Vote vote = VoteBuilder.In(Body.EconomicAndSocialCouncil, new DateOnly(2024, 7, 1)).SimpleMajority().On(Proposal.Draft("E/2024/L.1"))
            .Yes(MemberStates.France, MemberStates.Japan).No(MemberStates.Brazil).Build();
        List<XElement> seats = Seats(XDocument.Parse(VoteChart.Svg(vote)));
        Assert.Equal(54, seats.Count);
        Assert.Equal(51, seats.Count(s => s.Attribute("fill")!.Value == VoteChart.AbsentColour));
    }

    [Fact]
    public void The_agreement_line_chart_marks_the_gap_of_1964()
    {
        var rows = Agreement.By(TestData.Record, CountryCode.From("USA"), CountryCode.From("RUS"), RecordGrouping.Year);
        XDocument doc = XDocument.Parse(AgreementChart.Svg(rows, "USA and RUS", "Year", "source"));
        Assert.Equal(74, doc.Descendants(Svg + "circle").Count(c => c.Attribute("class")?.Value == "point"));
        Assert.Equal(["1964: no roll calls"], Texts(doc, "gap"));
        Assert.Equal(2, doc.Descendants(Svg + "polyline").Count());
    }

    [Fact]
    public void Issue_keys_cannot_be_drawn_as_a_line()
    {
        var rows = Agreement.By(TestData.Record, CountryCode.From("USA"), CountryCode.From("RUS"), RecordGrouping.Issue);
        Assert.Equal(RuleIds.MalformedRecord, Assert.Throws<UNModelException>(() => AgreementChart.Svg(rows, "t", "Issue")).RuleId);
    }

    private static List<XElement> Seats(XDocument doc) =>
        doc.Descendants(Svg + "circle").Where(c => c.Attribute("class")?.Value.StartsWith("seat ", StringComparison.Ordinal) == true && c.Attribute("class")!.Value != "seat unknown").ToList();

    private static List<string> Texts(XDocument doc, string cssClass) =>
        doc.Descendants(Svg + "text").Where(t => t.Attribute("class")?.Value == cssClass).Select(t => t.Value).ToList();
}
