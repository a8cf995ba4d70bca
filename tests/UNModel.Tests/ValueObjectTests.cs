namespace UNModel.Tests;

public class ValueObjectTests
{
    [Theory]
    [InlineData("A/RES/ES-11/7")]
    [InlineData("A/ES-11/L.10")]
    [InlineData("S/RES/2774 (2025)")]
    [InlineData("S/2025/112")]
    [InlineData("S/PV.9866")]
    [InlineData("A/ES-11/PV.20")]
    [InlineData("A/RES/2758 (XXVI)")]
    [InlineData("A/RES/67/19")]
    [InlineData("A/79/L.1/Rev.1")]
    [InlineData("A/HRC/RES/55/1")]
    [InlineData("A/HRC/S-35/L.1")]
    [InlineData("E/RES/2023/1")]
    [InlineData("A/L.630")]
    [InlineData("S/1501")]
    public void Canonical_symbols_round_trip(string text)
    {
        DocumentSymbol symbol = DocumentSymbol.From(text);
        Assert.Equal(text, symbol.ToString());
        Span<char> buffer = stackalloc char[64];
        Assert.True(symbol.TryFormat(buffer, out int written, default, null));
        Assert.Equal(text, buffer[..written].ToString());
        Assert.Equal(symbol, DocumentSymbol.Parse(text.AsSpan(), null));
    }

    [Theory]
    [InlineData("s/res/2774(2025)", "S/RES/2774 (2025)")]
    [InlineData(" a/es-11/l.10 ", "A/ES-11/L.10")]
    [InlineData("A / RES / ES-11 / 7", "A/RES/ES-11/7")]
    [InlineData("S/RES/2774", null)]
    [InlineData("A/RES/ES-11", null)]
    [InlineData("UN/2025/1", null)]
    [InlineData("A/RES/2758(IIII)", null)]
    [InlineData("a/res/2758(xxvi)", "A/RES/2758 (XXVI)")]
    [InlineData("S/RES/2774  (2025)", "S/RES/2774 (2025)")]
    public void Normalize_repairs_case_and_spacing_only(string text, string? canonical)
    {
        Assert.Equal(canonical, DocumentSymbol.Normalize(text));
        Assert.False(DocumentSymbol.TryFrom(text, out _));
    }

    [Fact]
    public void Symbol_parts()
    {
        DocumentSymbol s = DocumentSymbol.From("S/RES/2774 (2025)");
        Assert.Equal((DocumentOrgan.SecurityCouncil, DocumentKind.Resolution, 2774, 2025), (s.Organ, s.Kind, s.Number, s.Year));
        DocumentSymbol ga = DocumentSymbol.From("A/RES/ES-11/7");
        Assert.True(ga.IsEmergencySpecialSession);
        Assert.Equal((11, 7), (ga.Session, ga.Number));
    }

    [Fact]
    public void Country_codes_are_three_upper_case_letters()
    {
        Assert.Equal("USA", CountryCode.From("USA").Value);
        Assert.False(CountryCode.TryFrom("US", out _));
        Assert.False(CountryCode.TryFrom("usa", out _));
        Assert.False(CountryCode.TryFrom("U5A", out _));
        Assert.Equal(CountryCode.From("RUS"), CountryCode.From("RUS"));
        Assert.True(CountryCode.From("CHN").CompareTo(CountryCode.From("USA")) < 0);
    }

    [Fact]
    public void Value_objects_round_trip_through_System_Text_Json()
    {
        string json = System.Text.Json.JsonSerializer.Serialize(new { code = CountryCode.From("SVN"), symbol = DocumentSymbol.From("S/RES/2774 (2025)") });
        Assert.Equal("{\"code\":\"SVN\",\"symbol\":\"S/RES/2774 (2025)\"}", json);
        Assert.Equal(CountryCode.From("SVN"), System.Text.Json.JsonSerializer.Deserialize<CountryCode>("\"SVN\""));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<CountryCode>("\"svn\""));
    }

    [Fact]
    public void Tallies_print_in_UN_notation()
    {
        Assert.Equal("93-18-65", Tally.From(93, 18, 65).ToString());
        Assert.Equal("9-?-?", Tally.Partial(9).ToString());
        Assert.False(Tally.Partial(9).IsComplete);
    }
}

public class SessionNumberTests
{
    [Theory]
    [InlineData("79", SessionKind.Regular, 79)]
    [InlineData("S-27", SessionKind.Special, 27)]
    [InlineData("ES-11", SessionKind.EmergencySpecial, 11)]
    public void Sessions_parse_and_format(string text, SessionKind kind, int number)
    {
        SessionNumber s = SessionNumber.Parse(text, null);
        Assert.Equal((kind, number), (s.Kind, s.Number));
        Assert.Equal(text, s.ToString());
        Span<char> buffer = stackalloc char[8];
        Assert.True(s.TryFormat(buffer, out int written, default, null));
        Assert.Equal(text, buffer[..written].ToString());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("ES-")]
    [InlineData("es-11")]
    [InlineData("079")]
    [InlineData("-1")]
    public void Bad_sessions_are_refused(string text)
    {
        Assert.False(SessionNumber.TryParse(text, null, out _));
        Assert.Equal(RuleIds.MalformedRecord, Assert.Throws<SessionNumberFormatException>(() => SessionNumber.Parse(text, null)).RuleId);
    }

    [Fact]
    public void Default_session_throws_UNM0009()
    {
        Assert.Equal(RuleIds.UninitializedValueObject, Assert.Throws<UninitializedValueObjectException>(() => default(SessionNumber).Number).RuleId);
        Assert.Equal(SessionNumber.EmergencySpecial(11), SessionNumber.Parse("ES-11", null));
    }
}

public class ValueObjectJsonTests
{
    private static T RoundTrip<T>(T value, string expectedJson)
    {
        string json = System.Text.Json.JsonSerializer.Serialize(value);
        Assert.Equal(expectedJson, json);
        return System.Text.Json.JsonSerializer.Deserialize<T>(json)!;
    }

    [Fact]
    public void Tallies_round_trip_including_unknown_counts()
    {
        Assert.Equal(Tally.From(93, 18, 65), RoundTrip(Tally.From(93, 18, 65), "{\"yes\":93,\"no\":18,\"abstain\":65}"));
        Assert.Equal(Tally.Partial(11), RoundTrip(Tally.Partial(11), "{\"yes\":11,\"no\":null,\"abstain\":null}"));
        Assert.Throws<UNModel.Serialization.JsonRecordException>(() => System.Text.Json.JsonSerializer.Deserialize<Tally>("{\"yes\":-1}"));
    }

    [Fact]
    public void Ballots_round_trip_with_the_words_of_vote_records_and_a_veto_keeps_its_check()
    {
        Assert.Equal(Ballot.Abstain(MemberStates.France), RoundTrip(Ballot.Abstain(MemberStates.France), "{\"state\":\"FRA\",\"choice\":\"Abstain\"}"));
        Assert.Equal(Ballot.No(MemberStates.RussianFederation), RoundTrip(Ballot.No(MemberStates.RussianFederation), "{\"state\":\"RUS\",\"choice\":\"No\"}"));
        Assert.Equal(Ballot.Veto(MemberStates.RussianFederation), RoundTrip(Ballot.Veto(MemberStates.RussianFederation), "{\"state\":\"RUS\",\"choice\":\"Veto\"}"));
        var ex = Assert.Throws<UNModel.Serialization.JsonRecordException>(() => System.Text.Json.JsonSerializer.Deserialize<Ballot>("{\"state\":\"SVN\",\"choice\":\"Veto\"}"));
        Assert.Contains(RuleIds.VetoByNonPermanentMember, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_earlier_veto_shape_is_still_read()
    {
        Assert.Equal(Ballot.Veto(MemberStates.RussianFederation), System.Text.Json.JsonSerializer.Deserialize<Ballot>("{\"state\":\"RUS\",\"choice\":\"No\",\"veto\":true}"));
        Assert.Equal(Ballot.No(MemberStates.RussianFederation), System.Text.Json.JsonSerializer.Deserialize<Ballot>("{\"state\":\"RUS\",\"choice\":\"No\",\"veto\":false}"));
        var ex = Assert.Throws<UNModel.Serialization.JsonRecordException>(() => System.Text.Json.JsonSerializer.Deserialize<Ballot>("{\"state\":\"SVN\",\"choice\":\"No\",\"veto\":true}"));
        Assert.Contains(RuleIds.VetoByNonPermanentMember, ex.Message, StringComparison.Ordinal);
        Assert.Throws<UNModel.Serialization.JsonRecordException>(() => System.Text.Json.JsonSerializer.Deserialize<Ballot>("{\"state\":\"RUS\",\"choice\":\"Yes\",\"veto\":true}"));
    }

    [Fact]
    public void Sessions_round_trip()
    {
        Assert.Equal(SessionNumber.EmergencySpecial(11), RoundTrip(SessionNumber.EmergencySpecial(11), "\"ES-11\""));
    }
}
