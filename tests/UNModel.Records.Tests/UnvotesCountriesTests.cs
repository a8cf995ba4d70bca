namespace UNModel.Records.Tests;

public class UnvotesCountriesTests
{
    [Theory]
    [InlineData("Russia", "RU", "1960-10-01", "SUN")]
    [InlineData("Russia", "RU", "1991-12-23", "SUN")]
    [InlineData("Russia", "RU", "1991-12-24", "RUS")]
    [InlineData("Russia", "RU", "2019-12-01", "RUS")]
    [InlineData("Taiwan", "TW", "1950-10-01", "CHN")]
    [InlineData("China", "CN", "1971-11-03", "CHN")]
    [InlineData("Yugoslavia", "YU", "1980-01-01", "YUG")]
    [InlineData("Yugoslavia", "YU", "2003-10-01", "SCG")]
    [InlineData("Yugoslavia", "YU", "2010-10-01", "SRB")]
    [InlineData("Czechoslovakia", "CS", "1970-10-01", "CSK")]
    [InlineData("German Democratic Republic", "DD", "1980-10-01", "DDR")]
    [InlineData("Germany", "DE", "1995-10-01", "DEU")]
    [InlineData("Yemen People's Republic", "YD", "1980-10-01", "YMD")]
    [InlineData("Yemen", "YE", "1995-10-01", "YEM")]
    [InlineData("Namibia", "NA", "1995-10-01", "NAM")]
    [InlineData("Yemen Arab Republic", "NA", "1960-10-01", "YEM")]
    [InlineData("Federal Republic of Germany", "NA", "1980-10-01", "DEU")]
    [InlineData("Zanzibar", "NA", "1963-12-03", "ZAN")]
    [InlineData("Zanzibar", "", "1963-12-03", "ZAN")]
    [InlineData("Côte d’Ivoire", "CI", "1990-10-01", "CIV")]
    [InlineData("United States", "US", "1946-01-01", "USA")]
    public void Maps_names_and_codes_to_seats_by_date(string name, string alpha2, string date, string expected)
    {
        Assert.True(UnvotesCountries.TryMap(name, alpha2, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), out CountryCode code, out string? error), error);
        Assert.Equal(expected, code.Value);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("Taiwan", "TW", "1972-10-01", "2758")]
    [InlineData("Yugoslavia", "YU", "1995-10-01", "47/1")]
    [InlineData("Atlantis", "NA", "1995-10-01", "ambiguous")]
    [InlineData("Atlantis", "XX", "1995-10-01", "not an ISO")]
    public void Reports_why_a_row_has_no_seat(string name, string alpha2, string date, string reason)
    {
        Assert.False(UnvotesCountries.TryMap(name, alpha2, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), out _, out string? error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_code_of_the_data_maps_to_a_catalogue_member()
    {
        string[] codes = ["AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BN", "BO", "BR", "BS", "BT", "BW", "BY", "BZ", "CA", "CD", "CF", "CG", "CH", "CI", "CL", "CM", "CN", "CO", "CR", "CS", "CU", "CV", "CY", "CZ", "DD", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE", "EG", "ER", "ES", "ET", "FI", "FJ", "FM", "FR", "GA", "GB", "GD", "GE", "GH", "GM", "GN", "GQ", "GR", "GT", "GW", "GY", "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IN", "IQ", "IR", "IS", "IT", "JM", "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KZ", "LA", "LB", "LC", "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MG", "MH", "MK", "ML", "MM", "MN", "MR", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NE", "NG", "NI", "NL", "NO", "NP", "NR", "NZ", "OM", "PA", "PE", "PG", "PH", "PK", "PL", "PT", "PW", "PY", "QA", "RO", "RU", "RW", "SA", "SB", "SC", "SD", "SE", "SG", "SI", "SK", "SL", "SM", "SN", "SO", "SR", "SS", "ST", "SV", "SY", "SZ", "TD", "TG", "TH", "TJ", "TL", "TM", "TN", "TO", "TR", "TT", "TV", "TZ", "UA", "UG", "US", "UY", "UZ", "VC", "VE", "VN", "VU", "WS", "YD", "YE", "YU", "ZA", "ZM", "ZW"];
        foreach (string alpha2 in codes)
        {
            Assert.True(UnvotesCountries.TryMap("x", alpha2, new DateOnly(1985, 10, 1), out CountryCode code, out string? error), alpha2 + ": " + error);
            Assert.True(MemberStates.TryGet(code, out _), alpha2 + " -> " + code.Value);
        }
    }
}
