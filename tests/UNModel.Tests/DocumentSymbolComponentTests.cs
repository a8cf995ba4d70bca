namespace UNModel.Tests;

/// <summary>
/// What each symbol gives in <see cref="DocumentSymbol.Session"/>, <see cref="DocumentSymbol.Year"/>,
/// <see cref="DocumentSymbol.Number"/> and <see cref="DocumentSymbol.Revision"/>: the session of the General Assembly or
/// the Human Rights Council, the year of ECOSOC's symbols and of the Security Council's resolutions and documents, and
/// the same components of the other series where the symbol writes them.
/// </summary>
public class DocumentSymbolComponentTests
{
    [Theory]

    // The General Assembly: the session, regular, special, emergency special or in Roman numerals before 1976.
    [InlineData("A/RES/ES-11/7", DocumentKind.Resolution, 11, 0, 7, 0)]
    [InlineData("A/RES/67/19", DocumentKind.Resolution, 67, 0, 19, 0)]
    [InlineData("A/RES/S-27/2", DocumentKind.Resolution, 27, 0, 2, 0)]
    [InlineData("A/RES/2758 (XXVI)", DocumentKind.Resolution, 26, 0, 2758, 0)]
    [InlineData("A/RES/3201 (S-VI)", DocumentKind.Resolution, 6, 0, 3201, 0)]
    [InlineData("A/79/L.1/Rev.1", DocumentKind.Draft, 79, 0, 1, 1)]
    [InlineData("A/ES-11/PV.20", DocumentKind.MeetingRecord, 11, 0, 20, 0)]
    [InlineData("A/79/123", DocumentKind.Document, 79, 0, 123, 0)]
    [InlineData("A/L.630", DocumentKind.Draft, 0, 0, 630, 0)]
    [InlineData("A/PV.1976", DocumentKind.MeetingRecord, 0, 0, 1976, 0)]
    [InlineData("A/520/Rev.15", DocumentKind.Document, 0, 0, 520, 15)]

    // The Human Rights Council: its session.
    [InlineData("A/HRC/RES/55/1", DocumentKind.Resolution, 55, 0, 1, 0)]
    [InlineData("A/HRC/S-35/L.1", DocumentKind.Draft, 35, 0, 1, 0)]

    // The Security Council: the year of a resolution, and of a document from 1994; serial documents and records have none.
    [InlineData("S/RES/2774 (2025)", DocumentKind.Resolution, 0, 2025, 2774, 0)]
    [InlineData("S/RES/2334(2016)", DocumentKind.Resolution, 0, 2016, 2334, 0)]
    [InlineData("S/2025/112", DocumentKind.Document, 0, 2025, 112, 0)]
    [InlineData("S/1501", DocumentKind.Document, 0, 0, 1501, 0)]
    [InlineData("S/PV.9866", DocumentKind.MeetingRecord, 0, 0, 9866, 0)]

    // ECOSOC: numbered by year since 1978; serial before.
    [InlineData("E/RES/2023/1", DocumentKind.Resolution, 0, 2023, 1, 0)]
    [InlineData("E/RES/1996/31", DocumentKind.Resolution, 0, 1996, 31, 0)]
    [InlineData("E/2023/L.5", DocumentKind.Draft, 0, 2023, 5, 0)]
    [InlineData("E/2023/1", DocumentKind.Document, 0, 2023, 1, 0)]
    [InlineData("E/2023/PV.1", DocumentKind.MeetingRecord, 0, 2023, 1, 0)]
    [InlineData("E/5715/Rev.2", DocumentKind.Document, 0, 0, 5715, 2)]

    // The Main Committees: the Assembly's session, and the number of the draft, summary or verbatim record, or document.
    [InlineData("A/C.3/78/L.5", DocumentKind.Draft, 78, 0, 5, 0)]
    [InlineData("A/C.5/79/L.20", DocumentKind.Draft, 79, 0, 20, 0)]
    [InlineData("A/C.5/78/L.30", DocumentKind.Draft, 78, 0, 30, 0)]
    [InlineData("A/C.1/57/L.2/Rev.1", DocumentKind.Draft, 57, 0, 2, 1)]
    [InlineData("A/C.3/77/L.21/Rev.1", DocumentKind.Draft, 77, 0, 21, 1)]
    [InlineData("A/C.2/70/L.1/Add.1", DocumentKind.Draft, 70, 0, 1, 0)]
    [InlineData("A/C.6/58/L.24", DocumentKind.Draft, 58, 0, 24, 0)]
    [InlineData("A/C.3/59/SR.1", DocumentKind.MeetingRecord, 59, 0, 1, 0)]
    [InlineData("A/C.1/60/PV.2", DocumentKind.MeetingRecord, 60, 0, 2, 0)]
    [InlineData("A/C.4/78/1", DocumentKind.Document, 78, 0, 1, 0)]

    // The other series: a session or a year written before the number.
    [InlineData("A/INF/77/4/Rev.1", DocumentKind.Document, 77, 0, 4, 1)]
    [InlineData("A/HRC/WG.6/44/1", DocumentKind.Document, 44, 0, 1, 0)]
    [InlineData("S/PRST/2023/4", DocumentKind.Document, 0, 2023, 4, 0)]
    [InlineData("E/CN.7/2016/L.16", DocumentKind.Draft, 0, 2016, 16, 0)]
    [InlineData("E/HLPF/2022/L.1", DocumentKind.Draft, 0, 2022, 1, 0)]
    [InlineData("E/C.12/2023/SR.1", DocumentKind.MeetingRecord, 0, 2023, 1, 0)]
    [InlineData("A/AC.109/2019/L.18", DocumentKind.Draft, 0, 2019, 18, 0)]
    [InlineData("ST/SGB/2019/8", DocumentKind.Document, 0, 2019, 8, 0)]
    [InlineData("E/CN.4/Sub.2/AC.2/1987/WP.4/Add.1", DocumentKind.Document, 0, 1987, 4, 0)]

    // ... and only a number where the symbol has no session or year.
    [InlineData("ST/AI/189/Add.3/Rev.2", DocumentKind.Document, 0, 0, 189, 2)]
    [InlineData("CEDAW/C/GC/31", DocumentKind.Document, 0, 0, 31, 0)]
    [InlineData("CAT/C/SR.209", DocumentKind.MeetingRecord, 0, 0, 209, 0)]
    [InlineData("A/CN.9/WG.IV/WP.140/Add.1", DocumentKind.Document, 0, 0, 140, 0)]
    [InlineData("A/CONF.183/10*", DocumentKind.Document, 0, 0, 10, 0)]
    [InlineData("S/INF/19/Rev.1/Add.1", DocumentKind.Document, 0, 0, 19, 1)]
    [InlineData("S/Agenda/8979", DocumentKind.Document, 0, 0, 8979, 0)]
    [InlineData("T/1", DocumentKind.Document, 0, 0, 1, 0)]
    [InlineData("ST/LIB/SER.B/A.70 (Part I)", DocumentKind.Document, 0, 0, 0, 0)]
    public void Each_symbol_gives_the_components_it_writes(string text, DocumentKind kind, int session, int year, int number, int revision)
    {
        DocumentSymbol symbol = DocumentSymbol.From(text);

        Assert.Equal((kind, session, year, number, revision), (symbol.Kind, symbol.Session, symbol.Year, symbol.Number, symbol.Revision));
    }

    [Theory]
    [InlineData("A/RES/ES-11/7", false, true)]
    [InlineData("A/RES/S-27/2", true, false)]
    [InlineData("A/RES/2252 (ES-V)", false, true)]
    [InlineData("A/C.1/S-10/L.1", true, false)]
    [InlineData("A/C.1/57/L.2", false, false)]
    [InlineData("E/RES/2023/1", false, false)]
    public void Special_and_emergency_special_sessions_are_told_apart(string text, bool special, bool emergency)
    {
        DocumentSymbol symbol = DocumentSymbol.From(text);

        Assert.Equal((special, emergency), (symbol.IsSpecialSession, symbol.IsEmergencySpecialSession));
    }

    [Fact]
    public void A_symbol_of_another_series_keeps_its_text_and_its_equality()
    {
        DocumentSymbol draft = DocumentSymbol.From("A/C.3/78/L.5");

        Assert.Equal("A/C.3/78/L.5", draft.Value);
        Assert.Equal(draft, DocumentSymbol.From("A/C.3/78/L.5"));
        Assert.NotEqual(draft, DocumentSymbol.From("A/C.2/78/L.5"));
        Assert.Equal(draft.GetHashCode(), DocumentSymbol.Parse("A/C.3/78/L.5".AsSpan(), null).GetHashCode());
    }
}
