using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using UNModel.Reliability.Tests.Support;

namespace UNModel.Reliability.Tests;

/// <summary>Country codes round-trip through System.Text.Json as values and as dictionary keys.</summary>
public sealed class CountryCodeProperties
{
    private static readonly Gen<string> Letters =
        Gen.ArrayOf(Gen.Choose('A', 'Z').Select(c => (char)c), 3).Select(a => new string(a));

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
    [InlineData("42")]
    [InlineData("null")]
    public void Bad_codes_are_a_JsonException_not_a_crash(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CountryCode>(json));
    }
}
