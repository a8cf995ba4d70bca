using System.Reflection;

namespace UNModel.Tests;

/// <summary>
/// The catalogue's facts. Sources: the UN's "Member States" and "Growth in United Nations membership" pages (admission
/// dates), the Security Council's "Countries Elected Members" page and the General Assembly's election press releases
/// (e.g. GA/12152 of 7 June 2019) for the Council by year. Full provenance is in src/UNModel/Charter/Data/*.csv.
/// </summary>
public class CatalogueTests
{
    [Theory]
    [InlineData("1945-12-31", 51)] // the 51 original Members
    [InlineData("2011-07-13", 192)]
    [InlineData("2011-07-14", 193)] // South Sudan admitted (A/RES/65/308)
    [InlineData("2025-02-24", 193)]
    public void Membership_is_a_function_of_the_date(string date, int members)
    {
        Assert.Equal(members, MemberStates.MembersOn(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).Length);
    }

    [Fact]
    public void The_USSR_seat_passes_to_the_Russian_Federation_on_24_December_1991()
    {
        var before = new DateOnly(1991, 12, 23);
        var after = new DateOnly(1991, 12, 24);
        SecurityCouncilBody sc = Body.SecurityCouncil;
        Assert.True(sc.IsPermanentMember(MemberStates.UnionOfSovietSocialistRepublics.Code, before));
        Assert.False(sc.IsPermanentMember(MemberStates.RussianFederation.Code, before));
        Assert.True(sc.IsPermanentMember(MemberStates.RussianFederation.Code, after));
        Assert.False(MemberStates.UnionOfSovietSocialistRepublics.IsMemberOn(after));
        Assert.Equal(MemberStates.RussianFederation.Code, MemberStates.UnionOfSovietSocialistRepublics.ContinuedBy);
        Assert.Equal(["CHN", "FRA", "GBR", "RUS", "USA"], sc.PermanentMembersOn(after).Select(m => m.Code.Value));
    }

    [Fact]
    public void The_China_seat_is_CHN_throughout()
    {
        Assert.True(Body.SecurityCouncil.IsPermanentMember(MemberStates.China.Code, new DateOnly(1950, 1, 1)));
        Assert.True(Body.SecurityCouncil.IsPermanentMember(MemberStates.China.Code, new DateOnly(1972, 1, 1)));
    }

    [Fact]
    public void The_Council_has_11_seats_to_1965_and_15_from_1966_on_every_day_it_sat()
    {
        // Every day from 1946 to 2026; the only gap is 1-6 January 1980, before Mexico's election on 7 January 1980.
        for (var day = new DateOnly(1946, 1, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
        {
            int expected = day.Year < 1966 ? 11 : (day >= new DateOnly(1980, 1, 1) && day < new DateOnly(1980, 1, 7)) ? 14 : 15;
            int actual = Body.SecurityCouncil.PermanentMembersOn(day).Length + Body.SecurityCouncil.ElectedMembersOn(day).Length;
            if (actual != expected)
            {
                Assert.Fail($"{day:yyyy-MM-dd}: {actual} seats, expected {expected}");
            }
        }
    }

    [Fact]
    public void Every_Council_member_was_a_UN_Member_while_it_sat()
    {
        for (int year = 1946; year <= 2026; year++)
        {
            var day = new DateOnly(year, 7, 1);
            foreach (MemberState m in Body.SecurityCouncil.VotersOn(day))
            {
                Assert.True(m.IsMemberOn(day), $"{m} sat on the Council on {day} but was not a Member");
            }
        }
    }

    [Theory]
    [InlineData(2025, "DNK DZA GRC GUY KOR PAK PAN SLE SOM SVN")] // A/79/PV (elections of 2023 and 2024)
    [InlineData(2026, "BHR COD COL DNK GRC LBR LVA PAK PAN SOM")] // elected 3 June 2025
    [InlineData(2022, "ALB ARE BRA GAB GHA IND IRL KEN MEX NOR")]
    [InlineData(1990, "CAN CIV COD COL CUB ETH FIN MYS ROU YEM")]
    [InlineData(1950, "CUB ECU EGY IND NOR YUG")]
    public void Elected_members_by_year(int year, string codes)
    {
        Assert.Equal(codes.Split(' '), Body.SecurityCouncil.ElectedMembersOn(new DateOnly(year, 7, 1)).Select(m => m.Code.Value));
    }

    [Fact]
    public void The_catalogue_records_the_Council_for_every_year_from_1946_to_2026()
    {
        Assert.Equal(1946, Body.SecurityCouncil.FirstRecordedYear);
        Assert.True(Body.SecurityCouncil.LastRecordedYear >= 2026);
    }

    [Fact]
    public void Every_seat_of_the_catalogue_has_a_code_that_CountryCode_accepts_and_an_alpha_2_code_but_Zanzibar()
    {
        Assert.All(MemberStates.All, m => Assert.True(CountryCode.TryFrom(m.Code.Value, out _), m.Code.Value));
        Assert.All(MemberStates.All.Where(m => m.Code.Value != "ZAN"), m => Assert.Matches("^[A-Z]{2}$", m.Code.Alpha2));
        Assert.Null(CountryCode.From("ZAN").Alpha2);
        Assert.Equal(("SU", "RU", "US", "YU", "CS"), (CountryCode.From("SUN").Alpha2, CountryCode.From("RUS").Alpha2, CountryCode.From("USA").Alpha2, CountryCode.From("YUG").Alpha2, CountryCode.From("CSK").Alpha2));
    }

    [Fact]
    public void Observers_are_not_members()
    {
        Assert.Equal(["PSE", "VAT"], ObserverStates.All.Select(o => o.Code.Value).Order(StringComparer.Ordinal));
        Assert.False(Body.GeneralAssembly.MayVote(ObserverStates.HolySee.Code, new DateOnly(2025, 2, 24)));
    }

    [Fact]
    public void Every_row_has_a_property_and_every_property_a_row()
    {
        static string[] Props(Type t) => t.GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(MemberState) || p.PropertyType == typeof(ObserverState)).Select(p => ((State)p.GetValue(null)!).Code.Value).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(MemberStates.All.Select(m => m.Code.Value).Order(StringComparer.Ordinal), Props(typeof(MemberStates)));
        Assert.Equal(ObserverStates.All.Select(m => m.Code.Value).Order(StringComparer.Ordinal), Props(typeof(ObserverStates)));
        Assert.Equal(193 + 7, MemberStates.All.Length);
    }

    [Fact]
    public void Bodies_have_their_Charter_sizes()
    {
        Assert.Equal(54, Body.EconomicAndSocialCouncil.SeatsOn(new DateOnly(2025, 1, 1)));
        Assert.Equal(18, Body.EconomicAndSocialCouncil.SeatsOn(new DateOnly(1950, 1, 1)));
        Assert.Equal(47, Body.HumanRightsCouncil.SeatsOn(new DateOnly(2025, 1, 1)));
        Assert.Equal(9, Body.SecurityCouncil.AffirmativeVotesRequired(new DateOnly(2025, 1, 1)));
        Assert.Equal(7, Body.SecurityCouncil.AffirmativeVotesRequired(new DateOnly(1965, 12, 31)));
        Assert.Equal(193, Body.GeneralAssembly.SeatsOn(new DateOnly(2025, 2, 24)));
    }
}
