using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using UNModel.Core;

namespace UNModel;

/// <summary>The organ a document symbol belongs to.</summary>
public enum DocumentOrgan
{
    /// <summary><c>A/…</c>: the General Assembly.</summary>
    GeneralAssembly = 1,

    /// <summary><c>S/…</c>: the Security Council.</summary>
    SecurityCouncil = 2,

    /// <summary><c>E/…</c>: the Economic and Social Council.</summary>
    EconomicAndSocialCouncil = 3,

    /// <summary><c>A/HRC/…</c>: the Human Rights Council.</summary>
    HumanRightsCouncil = 4,

    /// <summary><c>ST/…</c>: the Secretariat (bulletins, administrative instructions, library series).</summary>
    Secretariat = 5,

    /// <summary><c>CEDAW/…</c>, <c>CRC/…</c>, <c>CCPR/…</c> and the other human rights treaty bodies.</summary>
    TreatyBody = 6,

    /// <summary><c>T/…</c>: the Trusteeship Council.</summary>
    TrusteeshipCouncil = 7,
}

/// <summary>What a document symbol designates.</summary>
public enum DocumentKind
{
    /// <summary>An adopted resolution: <c>A/RES/ES-11/7</c>, <c>S/RES/2774 (2025)</c>.</summary>
    Resolution = 1,

    /// <summary>A draft in the limited ("L.") series: <c>A/ES-11/L.10</c>, <c>A/C.3/78/L.5</c>.</summary>
    Draft = 2,

    /// <summary>The record of a meeting, verbatim (<c>PV.</c>) or summary (<c>SR.</c>): <c>S/PV.9866</c>, <c>A/ES-11/PV.20</c>, <c>A/C.3/59/SR.1</c>.</summary>
    MeetingRecord = 3,

    /// <summary>Any other document of the series: <c>S/2025/112</c>, <c>A/79/123</c>.</summary>
    Document = 4,
}

/// <summary>
/// A United Nations document symbol such as <c>A/RES/ES-11/7</c>, <c>A/ES-11/L.10</c>, <c>S/RES/2774 (2025)</c> or
/// <c>S/2025/112</c>. A value object: create it with <see cref="From"/>, <see cref="Parse(string, IFormatProvider?)"/>
/// or <see cref="TryParse(ReadOnlySpan{char}, IFormatProvider?, out DocumentSymbol)"/>, which accept the canonical form
/// and one other spelling in use, a resolution written without the space before its parenthesis (<c>A/RES/2758(XXVI)</c>,
/// <c>S/RES/2334(2016)</c>, as the Official Document System lists them), which is the same symbol and formats with the
/// space (<c>A/RES/2758 (XXVI)</c>). <see cref="Normalize"/> repairs case and other spacing. Parsing from a span does not
/// allocate.
/// </summary>
[JsonConverter(typeof(DocumentSymbolJsonConverter))]
public readonly struct DocumentSymbol : IEquatable<DocumentSymbol>, ISpanFormattable, ISpanParsable<DocumentSymbol>
{
    private const string UninitializedText = "(uninitialized DocumentSymbol)";

    private readonly SymbolParts parts;

    /// <summary>The text of a symbol of another series (<c>A/C.5/79/L.20</c>), of which <see cref="parts"/> holds the organ, the kind and the components read; null for the organs' main series, which <see cref="parts"/> holds whole.</summary>
    private readonly string? other;

    private DocumentSymbol(SymbolParts parts, string? other = null)
    {
        this.parts = parts;
        this.other = other;
    }

    /// <summary>Whether this instance was created by a factory (false for <c>default</c>).</summary>
    /// <returns>False for <c>default</c> and <c>new DocumentSymbol()</c>.</returns>
    public bool IsInitialized() => parts.Organ != 0;

    /// <summary>The organ of the series (<c>A/</c>, <c>S/</c>, <c>E/</c>, <c>A/HRC/</c>, <c>ST/</c>, a treaty body, <c>T/</c>).</summary>
    public DocumentOrgan Organ => (DocumentOrgan)Parts.Organ;

    /// <summary>Resolution, draft, meeting record or other document.</summary>
    public DocumentKind Kind => (DocumentKind)Parts.Kind;

    /// <summary>
    /// The session the symbol is numbered by: of the General Assembly (<c>A/RES/79/1</c>, <c>A/79/L.1</c> → 79;
    /// <c>A/RES/ES-11/7</c> → 11; <c>A/RES/2758 (XXVI)</c> → 26, read from the Roman numeral), of the Human Rights Council
    /// (<c>A/HRC/RES/55/1</c> → 55), or, in a symbol of another series, the session written before its number
    /// (<c>A/C.3/78/L.5</c> → 78, the Assembly's; <c>A/HRC/WG.6/44/1</c> → 44, the working group's). 0 for the symbols
    /// numbered by year (<see cref="Year"/>: the Security Council's, ECOSOC's) and for those numbered serially
    /// (<c>A/6014</c>, <c>A/L.630</c>, <c>A/PV.1976</c>, <c>S/PV.9866</c>, <c>CEDAW/C/GC/31</c>).
    /// </summary>
    public int Session => Parts.Session;

    /// <summary>Whether the session is an emergency special session (<c>A/RES/ES-11/7</c>, <c>A/RES/2252 (ES-V)</c>).</summary>
    public bool IsEmergencySpecialSession => Parts.SessionKind is DocumentSymbolGrammar.SessionEmergencySpecial or DocumentSymbolGrammar.SessionRomanEmergencySpecial;

    /// <summary>Whether the session is a special session (<c>A/RES/S-27/2</c>, <c>A/RES/3201 (S-VI)</c>, <c>A/C.1/S-10/L.1</c>).</summary>
    public bool IsSpecialSession => Parts.SessionKind is DocumentSymbolGrammar.SessionSpecial or DocumentSymbolGrammar.SessionRomanSpecial;

    /// <summary>
    /// The number of the resolution, draft, meeting or document in its series: <c>A/RES/ES-11/7</c> → 7,
    /// <c>S/RES/2774 (2025)</c> → 2774, <c>E/2023/L.5</c> → 5, <c>S/PV.9866</c> → 9866, <c>A/6014</c> → 6014. In a symbol
    /// of another series, the number of its last component when that is a number or an <c>L.</c>, <c>PV.</c>,
    /// <c>SR.</c>, <c>WP.</c> or <c>CRP.</c> one (<c>A/C.3/78/L.5</c> → 5, <c>CEDAW/C/GC/31</c> → 31,
    /// <c>A/CN.9/WG.IV/WP.140</c> → 140), else 0 (<c>ST/LIB/SER.B/A.70</c>).
    /// </summary>
    public int Number => Parts.Number;

    /// <summary>
    /// The year the symbol is numbered by: of a Security Council resolution (<c>S/RES/2774 (2025)</c> → 2025), of a
    /// Security Council document from 1994 (<c>S/2025/112</c> → 2025), of an ECOSOC resolution, draft, record or
    /// document, numbered by year since 1978 (<c>E/RES/2023/1</c>, <c>E/2023/L.5</c>, <c>E/2023/PV.1</c>,
    /// <c>E/2023/1</c> → 2023), or, in a symbol of another series, a year from 1945 written before its number
    /// (<c>S/PRST/2023/4</c> → 2023, <c>E/CN.7/2016/L.16</c> → 2016). 0 for the symbols numbered by session
    /// (<see cref="Session"/>: the General Assembly's, the Human Rights Council's) and for the serial ones
    /// (<c>S/1501</c>, <c>S/PV.9866</c>, <c>E/5715/Rev.2</c>).
    /// </summary>
    public int Year => Parts.Year;

    /// <summary>The revision number (<c>/Rev.1</c>, in every series: <c>A/C.1/57/L.2/Rev.1</c> → 1), or 0.</summary>
    public int Revision => Parts.Rev;

    /// <summary>The canonical text of the symbol: with one space before a resolution's parenthesis (<c>A/RES/2758 (XXVI)</c>) however it was written.</summary>
    public string Value => other ?? DocumentSymbolGrammar.Format(Parts);

    private SymbolParts Parts => parts.Organ != 0 ? parts : throw new UninitializedValueObjectException(nameof(DocumentSymbol));

    /// <summary>Equality of two symbols.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>Whether they designate the same document.</returns>
    public static bool operator ==(DocumentSymbol left, DocumentSymbol right) => left.Equals(right);

    /// <summary>Inequality of two symbols.</summary>
    /// <param name="left">The first symbol.</param>
    /// <param name="right">The second symbol.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DocumentSymbol left, DocumentSymbol right) => !left.Equals(right);

    /// <summary>Creates a symbol from its canonical text, or from a resolution written without the space before its parenthesis (<c>"S/RES/2774(2025)"</c>).</summary>
    /// <param name="value">E.g. <c>"S/RES/2774 (2025)"</c>.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="DocumentSymbolFormatException">UNM0010 (a <see cref="UNModelException"/>) when the text is not a symbol in either spelling.</exception>
    public static DocumentSymbol From(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!TryParse(value.AsSpan(), null, out DocumentSymbol symbol))
        {
            throw new DocumentSymbolFormatException(value, DocumentSymbolGrammar.Normalize(value));
        }

        return symbol;
    }

    /// <summary>
    /// The symbol of a General Assembly resolution of a regular session: <c>A/RES/2758 (XXVI)</c> up to the thirtieth
    /// session (1975), when resolutions were numbered in one series with the session in Roman numerals, and
    /// <c>A/RES/79/1</c> from the thirty-first.
    /// </summary>
    /// <param name="session">The regular session, 1 or more.</param>
    /// <param name="number">The resolution's number: in the one series before 1976, within the session after.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="DocumentSymbolFormatException">UNM0010 for a session or number below 1.</exception>
    public static DocumentSymbol GeneralAssemblyResolution(int session, int number)
    {
        if (session < 1 || number < 1)
        {
            throw new DocumentSymbolFormatException("A/RES/" + RuleMessages.Number(number) + " (session " + RuleMessages.Number(session) + ")", null);
        }

        return new DocumentSymbol(new SymbolParts
        {
            Organ = DocumentSymbolGrammar.OrganGeneralAssembly,
            Kind = DocumentSymbolGrammar.KindResolution,
            SessionKind = session <= DocumentSymbolGrammar.LastRomanSession ? DocumentSymbolGrammar.SessionRoman : DocumentSymbolGrammar.SessionRegular,
            Session = session,
            Number = number,
        });
    }

    /// <summary>Tries to create a symbol from its canonical text (or a resolution without the space before its parenthesis).</summary>
    /// <param name="value">The candidate.</param>
    /// <param name="symbol">The symbol when valid.</param>
    /// <returns>Whether the text is a symbol.</returns>
    public static bool TryFrom([NotNullWhen(true)] string? value, out DocumentSymbol symbol) => TryParse(value.AsSpan(), null, out symbol);

    /// <summary>The canonical form of a symbol written with the wrong case or spacing, e.g. <c>s/res/2774(2025)</c>.</summary>
    /// <param name="text">The text to repair.</param>
    /// <returns>The canonical text, or null when the text is not a symbol even leniently read.</returns>
    public static string? Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return DocumentSymbolGrammar.Normalize(text);
    }

    /// <inheritdoc cref="From"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    public static DocumentSymbol Parse(string s, IFormatProvider? provider) => From(s);

    /// <summary>Parses the canonical text (or a resolution without the space before its parenthesis).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The symbol.</returns>
    public static DocumentSymbol Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TryParse(s, provider, out DocumentSymbol d) ? d : From(s.ToString());

    /// <summary>Tries to parse the canonical text (or a resolution without the space before its parenthesis).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The symbol when valid.</param>
    /// <returns>Whether the text is a symbol.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out DocumentSymbol result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse the canonical text (or a resolution without the space before its parenthesis) without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The symbol when valid.</param>
    /// <returns>Whether the text is a symbol.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out DocumentSymbol result)
    {
        if (DocumentSymbolGrammar.TryParse(s, out SymbolParts p))
        {
            result = new DocumentSymbol(p);
            return true;
        }

        // Other series keep their text (the one allocation) and the components read on the way; see OtherSymbolGrammar.
        if (OtherSymbolGrammar.TryParse(s, out SymbolParts other))
        {
            result = new DocumentSymbol(other, s.ToString());
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(DocumentSymbol other) =>
        parts.Organ == other.parts.Organ && parts.Kind == other.parts.Kind && parts.SessionKind == other.parts.SessionKind
        && parts.Session == other.parts.Session && parts.Number == other.parts.Number && parts.Year == other.parts.Year
        && parts.Rev == other.parts.Rev && parts.Add == other.parts.Add && parts.Corr == other.parts.Corr
        && parts.Letter == other.parts.Letter && parts.Part == other.parts.Part && parts.Reissued == other.parts.Reissued
        && string.Equals(this.other, other.other, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DocumentSymbol other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        other is not null ? StringComparer.Ordinal.GetHashCode(other)
        : HashCode.Combine(parts.Organ, parts.Kind, parts.SessionKind, parts.Session, parts.Number, parts.Year, HashCode.Combine(parts.Rev, parts.Add, parts.Corr, parts.Letter, parts.Part, parts.Reissued));

    /// <summary>The canonical text; "(uninitialized DocumentSymbol)" for <c>default</c>, so debuggers and logs never throw.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => parts.Organ == 0 ? UninitializedText : Value;

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the canonical text without allocating (the text of <see cref="ToString()"/> for <c>default</c>).</summary>
    /// <param name="destination">The buffer.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the buffer is too small.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (parts.Organ == 0)
        {
            charsWritten = UninitializedText.TryCopyTo(destination) ? UninitializedText.Length : 0;
            return charsWritten > 0;
        }

        if (other is not null)
        {
            charsWritten = other.TryCopyTo(destination) ? other.Length : 0;
            return charsWritten > 0;
        }

        if (!DocumentSymbolGrammar.TryFormat(Parts, destination, out charsWritten))
        {
            charsWritten = 0;
            return false;
        }

        return true;
    }
}

/// <summary>Reads and writes a <see cref="DocumentSymbol"/> as a JSON string.</summary>
public sealed class DocumentSymbolJsonConverter : JsonConverter<DocumentSymbol>
{
    /// <inheritdoc/>
    public override DocumentSymbol Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A document symbol must be a JSON string such as \"S/2025/112\".");
        }

        string text = reader.GetString()!;
        if (DocumentSymbol.TryFrom(text, out DocumentSymbol s))
        {
            return s;
        }

        var error = new DocumentSymbolFormatException(text, DocumentSymbolGrammar.Normalize(text));
        throw new JsonException(error.Message, error);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DocumentSymbol value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }
}
