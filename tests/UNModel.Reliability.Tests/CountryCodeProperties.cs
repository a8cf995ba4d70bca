using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using UNModel.Reliability.Tests.Support;

namespace UNModel.Reliability.Tests;

/// <summary>
/// Country codes: exactly the codes of country-codes.csv are accepted (ISO 3166-1 in use and the former seats), and they
/// round-trip through System.Text.Json as values and as dictionary keys.
/// </summary>
public sealed class CountryCodeProperties
{
    private static readonly Gen<string> Letters = Gen.Elements(CountryCodesFile.Accepted);

    [Fact]
    public void Exactly_the_codes_of_the_data_file_are_accepted()
    {
        var accepted = new HashSet<string>(CountryCodesFile.Accepted, StringComparer.Ordinal);
        Assert.True(accepted.Count > 250, accepted.Count + " codes");
        foreach (string text in Enumerable.Range(0, 26 * 26 * 26).Select(BadInputs.Code))
        {
            Assert.Equal(accepted.Contains(text), CountryCode.TryFrom(text, out CountryCode code));
            Assert.Equal(accepted.Contains(text), code.IsInitialized());
        }
    }

    [Fact]
    public void A_withdrawn_code_is_refused_with_its_replacement()
    {
        foreach ((string text, string next) in CountryCodesFile.Withdrawn)
        {
            UNModelException ex = Assert.Throws<UnknownCountryCodeException>(() => CountryCode.From(text));
            Assert.Equal(RuleIds.UnknownCountryCode, ex.RuleId);
            Assert.Contains("withdrawn", ex.Message, StringComparison.Ordinal);
            if (next.Length > 0)
            {
                Assert.Contains("use " + next, ex.Message, StringComparison.Ordinal);
            }
        }

        Assert.Contains("use MMR", Assert.Throws<UnknownCountryCodeException>(() => CountryCode.From("BUR")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_code_round_trips_through_System_Text_Json()
    {
        PropertyRun.Check(Letters, text =>
        {
            CountryCode code = CountryCode.From(text);
            Assert.Equal(text, code.Value);
            Assert.Equal("\"" + text + "\"", JsonSerializer.Serialize(code));
            Assert.Equal(code, JsonSerializer.Deserialize<CountryCode>(JsonSerializer.Serialize(code)));
            var map = new Dictionary<CountryCode, int> { [code] = 1 };
            Assert.Equal(map, JsonSerializer.Deserialize<Dictionary<CountryCode, int>>(JsonSerializer.Serialize(map)));
        }, 500, "country code JSON");
    }

    [Fact]
    public void Every_member_of_the_catalogue_round_trips()
    {
        foreach (MemberState m in MemberStates.All)
        {
            string json = JsonSerializer.Serialize(m.Code);
            Assert.Equal(m.Code, JsonSerializer.Deserialize<CountryCode>(json));
            Assert.Same(m, MemberStates.Get(CountryCode.Parse(m.Code.Value, null)));
        }
    }

    [Theory]
    [InlineData("\"usa\"")]
    [InlineData("\"US\"")]
    [InlineData("\"USAA\"")]
    [InlineData("\"U1A\"")]
    [InlineData("\"XYZ\"")]
    [InlineData("\"ZAR\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Bad_codes_are_a_JsonException_not_a_crash(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CountryCode>(json));
    }
}
