using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using UNModel.Core;

namespace UNModel.Serialization;

/// <summary>
/// A JSON value that is well-formed but not a valid model value: a field missing, unknown, repeated or of the wrong type,
/// or a value that breaks one of the Charter's rules. It names the rule and the place, counted within the value read
/// (the whole input for <c>JsonSerializer.Deserialize&lt;T&gt;(json)</c>; malformed JSON is System.Text.Json's own
/// <see cref="JsonException"/>).
/// </summary>
public class JsonRecordException : UNModelException
{
    internal JsonRecordException(string ruleId, string where, long line, long column, string detail, string? subject, Exception? inner)
        : base(ruleId, where + "line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture) + ": " + detail, subject, inner)
    {
        Line = line;
        Column = column;
        Detail = detail;
    }

    /// <summary>The one-based line of the offending item.</summary>
    public long Line { get; }

    /// <summary>The one-based column (in characters) of the offending item.</summary>
    public long Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    internal string Detail { get; }
}

/// <summary>
/// Reads one JSON object strictly, field by field, for the model's converters: unknown and repeated fields, wrong types,
/// undefined enum names and invalid values are <see cref="JsonRecordException"/>s naming the rule, the field and its line
/// and column in the value.
/// </summary>
internal ref struct JsonFields
{
    private const int MaxDepth = 16;

    private readonly ReadOnlySpan<byte> utf8;
    private readonly string what;
    private readonly string expected;
    private readonly HashSet<string> seen;
    private Utf8JsonReader reader;

    /// <summary>Starts reading <paramref name="utf8"/>, which must hold one JSON object.</summary>
    /// <param name="utf8">The value.</param>
    /// <param name="what">What the object is, for messages: "a decision".</param>
    /// <param name="expected">The fields it may have, for the message of an unknown one.</param>
    public JsonFields(ReadOnlySpan<byte> utf8, string what, string expected)
    {
        this.utf8 = utf8;
        this.what = what;
        this.expected = expected;
        seen = new HashSet<string>(StringComparer.Ordinal);
        reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(RuleIds.MalformedRecord, 0, what + " must be a JSON object, not " + Describe(reader.TokenType), null);
        }
    }

    /// <summary>Where the current value starts (a byte offset in the object's text).</summary>
    public readonly long At => reader.TokenStartIndex;

    /// <summary>The raw bytes of a value read whole by a converter (<see cref="JsonDocument.ParseValue"/>).</summary>
    public static byte[] ValueOf(ref Utf8JsonReader reader)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return Encoding.UTF8.GetBytes(document.RootElement.GetRawText());
    }

    /// <summary>Moves to the next field's value; false at the end of the object. A repeated field is an error.</summary>
    public bool Next(out string field)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            field = string.Empty;
            return false;
        }

        field = reader.GetString()!;
        long at = reader.TokenStartIndex;
        if (!seen.Add(field))
        {
            throw Error(RuleIds.MalformedRecord, at, "duplicate field '" + Shown(field) + "'", field);
        }

        reader.Read();
        return true;
    }

    /// <summary>An unknown field: the error that names what is expected.</summary>
    public readonly JsonRecordException Unknown(string field) =>
        Error(RuleIds.MalformedRecord, reader.TokenStartIndex, "unknown field '" + Shown(field) + "' of " + what + " (expected " + expected + ")", field);

    /// <summary>A required field that is missing.</summary>
    public readonly JsonRecordException Missing(string field) =>
        Error(RuleIds.MalformedRecord, 0, what + " needs '" + field + "'", field);

    /// <summary>Whether the current value is JSON <c>null</c>.</summary>
    public readonly bool IsNull => reader.TokenType == JsonTokenType.Null;

    public readonly string String(string field) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw WrongType(field, "a string");

    public readonly string? NullableString(string field) => IsNull ? null : String(field);

    public readonly bool Bool(string field) =>
        reader.TokenType is JsonTokenType.True or JsonTokenType.False ? reader.GetBoolean() : throw WrongType(field, "true or false");

    /// <summary>A whole number between <paramref name="minimum"/> and <paramref name="maximum"/> (UNM0004 outside).</summary>
    public readonly int Int(string field, int minimum = 0, int maximum = VoteRules.MaxCount)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out long value))
        {
            throw WrongType(field, "a whole number");
        }

        return value >= minimum && value <= maximum
            ? (int)value
            : throw Error(RuleIds.CountsExceedMembership, reader.TokenStartIndex, "'" + field + "' is " + value.ToString(CultureInfo.InvariantCulture) + " but must be between " + minimum.ToString(CultureInfo.InvariantCulture) + " and " + maximum.ToString(CultureInfo.InvariantCulture), field);
    }

    public readonly int? NullableInt(string field, int minimum = 0, int maximum = VoteRules.MaxCount) => IsNull ? null : Int(field, minimum, maximum);

    /// <summary>An enum by its name, as written (<c>"Substantive"</c>); numbers and undefined names are errors.</summary>
    public readonly T Enum<T>(string field)
        where T : struct, Enum
    {
        string text = String(field);
        return JsonNames.TryParse(text, out T value)
            ? value
            : throw Error(RuleIds.MalformedRecord, reader.TokenStartIndex, "'" + field + "' must be " + JsonNames.Choices<T>() + ", not \"" + Shown(text) + "\"", field);
    }

    public readonly DateOnly Date(string field)
    {
        string text = String(field);
        return JsonNames.TryParseDate(text, out DateOnly date, out string? why)
            ? date
            : throw Error(RuleIds.MalformedRecord, reader.TokenStartIndex, "'" + field + "' " + why, field);
    }

    public readonly DocumentSymbol Symbol(string field)
    {
        string text = String(field);
        return DocumentSymbol.TryFrom(text, out DocumentSymbol symbol)
            ? symbol
            : throw Error(RuleIds.MalformedDocumentSymbol, reader.TokenStartIndex, RuleMessages.MalformedSymbol(text, DocumentSymbol.Normalize(text)), field);
    }

    public readonly DocumentSymbol? NullableSymbol(string field) => IsNull ? null : Symbol(field);

    public readonly CountryCode Code(string field)
    {
        string text = String(field);
        return CountryCode.TryFrom(text, out CountryCode code)
            ? code
            : throw Error(RuleIds.UnknownCountryCode, reader.TokenStartIndex, CharterFacts.Codes.WhyNotAccepted(text), text);
    }

    /// <summary>An array of country codes.</summary>
    public ImmutableArray<CountryCode> Codes(string field)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw WrongType(field, "an array of alpha-3 codes");
        }

        ImmutableArray<CountryCode>.Builder codes = ImmutableArray.CreateBuilder<CountryCode>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            codes.Add(Code(field));
        }

        return codes.ToImmutable();
    }

    /// <summary>An array of strings.</summary>
    public List<string> Texts(string field)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw WrongType(field, "an array of strings");
        }

        var texts = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            texts.Add(String(field));
        }

        return texts;
    }

    /// <summary>The current value whole (an object, an array or a scalar), as a slice of the object's text; the reader moves past it.</summary>
    public (int Start, int Length) Raw()
    {
        int start = (int)reader.TokenStartIndex;
        reader.Skip();
        return (start, (int)reader.BytesConsumed - start);
    }

    /// <summary>The elements of an array value, each as a slice (<see cref="Raw"/>).</summary>
    public List<(int Start, int Length)> Elements(string field)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw WrongType(field, "an array");
        }

        var elements = new List<(int, int)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            elements.Add(Raw());
        }

        return elements;
    }

    /// <summary>The slice's bytes.</summary>
    public readonly ReadOnlySpan<byte> Slice((int Start, int Length) value) => utf8.Slice(value.Start, value.Length);

    /// <summary>An error of a value read from a slice of this object (<see cref="Raw"/>), placed in this object.</summary>
    public readonly JsonRecordException Within((int Start, int Length) value, JsonRecordException inner)
    {
        (long line, long column) = Place(value.Start);
        long newLine = line + inner.Line - 1;
        long newColumn = inner.Line == 1 ? column + inner.Column - 1 : inner.Column;
        return new JsonRecordException(inner.RuleId, string.Empty, newLine, newColumn, inner.Detail, inner.Subject, inner.InnerException ?? inner);
    }

    /// <summary>A rule broken by the value the fields make (a factory's exception), placed at <paramref name="at"/>.</summary>
    public readonly JsonRecordException Broken(UNModelException ex, long at)
    {
        string text = ex.Message.StartsWith(ex.RuleId + ": ", StringComparison.Ordinal) ? ex.Message[(ex.RuleId.Length + 2)..] : ex.Message;
        return Error(ex.RuleId, at, text.TrimEnd('.'), ex.Subject, ex);
    }

    /// <summary>An error at a byte offset of the object's text.</summary>
    public readonly JsonRecordException Error(string ruleId, long at, string message, string? subject, Exception? inner = null)
    {
        (long line, long column) = Place(at);
        return new JsonRecordException(ruleId, string.Empty, line, column, message, subject, inner);
    }

    /// <summary>Text as a message shows it: on one line and at most 64 characters.</summary>
    public static string Shown(string text)
    {
        const int Max = 64;
        var sb = new StringBuilder(Math.Min(text.Length, Max + 8));
        foreach (char c in text)
        {
            if (sb.Length >= Max)
            {
                return sb.Append("… (" + text.Length.ToString(CultureInfo.InvariantCulture) + " characters)").ToString();
            }

            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>"a string", "an object": what a token is, for messages.</summary>
    public static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private readonly JsonRecordException WrongType(string field, string expectedType) =>
        Error(RuleIds.MalformedRecord, reader.TokenStartIndex, "'" + field + "' must be " + expectedType + ", found " + Describe(reader.TokenType), field);

    /// <summary>The one-based line and column (in characters) of a byte offset.</summary>
    private readonly (long Line, long Column) Place(long offset)
    {
        long line = 1, column = 1;
        long end = Math.Min(offset, utf8.Length);
        for (int i = 0; i < end; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else if ((utf8[i] & 0xC0) != 0x80)
            {
                column++;
            }
        }

        return (line, column);
    }
}

/// <summary>The names the model's JSON uses: enum names as declared, dates as <c>yyyy-mm-dd</c>.</summary>
internal static class JsonNames
{
    /// <summary>An enum value by its declared name (case-sensitive; no numbers, no combinations).</summary>
    public static bool TryParse<T>(string text, out T value)
        where T : struct, Enum
    {
        foreach (T candidate in Enum.GetValues<T>())
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>"Substantive, Procedural or CharterAmendment": the names an enum accepts.</summary>
    public static string Choices<T>()
        where T : struct, Enum
    {
        string[] names = Enum.GetNames<T>();
        return names.Length == 1 ? names[0] : string.Join(", ", names[..^1]) + " or " + names[^1];
    }

    /// <summary>A date written <c>yyyy-mm-dd</c>; otherwise why not, naming the part that is wrong.</summary>
    public static bool TryParseDate(string text, out DateOnly date, out string? why)
    {
        date = default;
        why = null;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(text.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int day))
        {
            why = "must be a date written yyyy-mm-dd, not \"" + JsonFields.Shown(text) + "\"";
            return false;
        }

        if (year < 1)
        {
            why = "is \"" + text + "\": year 0000 is not a year";
            return false;
        }

        if (month is < 1 or > 12)
        {
            why = "is \"" + text + "\": there is no month " + text.Substring(5, 2);
            return false;
        }

        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            why = "is \"" + text + "\": " + CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month) + " " + year.ToString(CultureInfo.InvariantCulture)
                + " has " + DateTime.DaysInMonth(year, month).ToString(CultureInfo.InvariantCulture) + " days, not " + day.ToString(CultureInfo.InvariantCulture);
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>"2025-02-24".</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
