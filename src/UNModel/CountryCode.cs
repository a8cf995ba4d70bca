using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using UNModel.Core;

namespace UNModel;

/// <summary>
/// An ISO 3166-1 alpha-3 country code in use (<c>USA</c>, <c>RUS</c>), or the code of a former UN Member seat (<c>SUN</c>,
/// <c>YUG</c>, <c>CSK</c>, <c>DDR</c>, <c>YMD</c>, <c>SCG</c>; <c>ZAN</c> for Zanzibar, which had no ISO code), and nothing
/// else: the list is <c>Charter/Data/country-codes.csv</c> (ISO 3166-1 and 3166-3). A value object: create it with
/// <see cref="From"/> or <see cref="TryFrom(string?, out CountryCode)"/>; a <c>default</c> instance throws
/// <see cref="UninitializedValueObjectException"/> (UNM0009) when used.
/// </summary>
[JsonConverter(typeof(CountryCodeJsonConverter))]
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>, ISpanFormattable, IParsable<CountryCode>, ISpanParsable<CountryCode>
{
    private static readonly string?[] Texts = new string?[CountryCodePacking.Capacity];
    private readonly int packed;

    private CountryCode(int packed) => this.packed = packed;

    /// <summary>The three upper-case letters.</summary>
    public string Value => Texts[Packed] ??= CountryCodePacking.Unpack(Packed);

    /// <summary>The ISO 3166-1 alpha-2 code (<c>US</c>; ISO 3166-3's for a former seat, <c>SU</c>), or null where none exists (<c>ZAN</c>).</summary>
    public string? Alpha2 => CharterFacts.Codes.Alpha2Of(Packed);

    /// <summary>Whether this instance was created by a factory (false for <c>default</c>).</summary>
    public bool IsInitialized => packed != 0;

    /// <summary>The compact form used by the engine; throws when uninitialized.</summary>
    internal int Packed => packed != 0 ? packed : throw new UninitializedValueObjectException(nameof(CountryCode));

    /// <summary>Equality of two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they are the same code.</returns>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Inequality of two codes.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);

    /// <summary>Creates a code.</summary>
    /// <param name="value">The code, e.g. <c>"USA"</c> or <c>"SUN"</c>.</param>
    /// <returns>The code.</returns>
    /// <exception cref="UNModelException">
    /// UNM0017 when <paramref name="value"/> is neither an ISO 3166-1 alpha-3 code in use nor the code of a former Member
    /// seat; for a withdrawn ISO code (<c>BUR</c>) the message names its replacement (<c>MMR</c>).
    /// </exception>
    public static CountryCode From(string value)
    {
        if (!TryFrom(value, out CountryCode code))
        {
            throw new UNModelException(RuleIds.UnknownCountryCode, CharterFacts.Codes.WhyNotAccepted(value ?? string.Empty), value);
        }

        return code;
    }

    /// <summary>Tries to create a code from three upper-case ASCII letters.</summary>
    /// <param name="value">The candidate.</param>
    /// <param name="code">The code when valid.</param>
    /// <returns>Whether <paramref name="value"/> is valid.</returns>
    public static bool TryFrom([NotNullWhen(true)] string? value, out CountryCode code) => TryFrom(value.AsSpan(), out code);

    /// <summary>Tries to create a code from three upper-case ASCII letters, without allocating.</summary>
    /// <param name="value">The candidate.</param>
    /// <param name="code">The code when valid.</param>
    /// <returns>Whether <paramref name="value"/> is valid.</returns>
    public static bool TryFrom(ReadOnlySpan<char> value, out CountryCode code)
    {
        int p = value.Length == 3 ? CountryCodePacking.Pack(value[0], value[1], value[2]) : 0;
        if (!CharterFacts.Codes.IsAccepted(p))
        {
            code = default;
            return false;
        }

        code = new CountryCode(p);
        return true;
    }

    /// <inheritdoc cref="From"/>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    public static CountryCode Parse(string s, IFormatProvider? provider) => From(s);

    /// <summary>Parses a code from a span.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The code.</returns>
    public static CountryCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TryFrom(s, out CountryCode c) ? c : From(s.ToString());

    /// <inheritdoc cref="TryFrom(string?, out CountryCode)"/>
    /// <param name="s">The candidate.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code when valid.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CountryCode result) => TryFrom(s, out result);

    /// <inheritdoc cref="TryFrom(ReadOnlySpan{char}, out CountryCode)"/>
    /// <param name="s">The candidate.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code when valid.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CountryCode result) => TryFrom(s, out result);

    /// <summary>Wraps a packed value known to be valid.</summary>
    internal static CountryCode FromPacked(int packed) => new(packed);

    /// <inheritdoc/>
    public bool Equals(CountryCode other) => packed == other.packed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => packed;

    /// <summary>Orders codes alphabetically.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>The ordinal comparison of the letters.</returns>
    public int CompareTo(CountryCode other) => packed.CompareTo(other.packed);

    /// <summary>The three letters; "(uninitialized CountryCode)" for <c>default</c>, so debuggers never throw.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => packed == 0 ? "(uninitialized CountryCode)" : Value;

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = Value;
        if (destination.Length < 3)
        {
            charsWritten = 0;
            return false;
        }

        text.AsSpan().CopyTo(destination);
        charsWritten = 3;
        return true;
    }
}

/// <summary>Reads and writes a <see cref="CountryCode"/> as a JSON string.</summary>
public sealed class CountryCodeJsonConverter : JsonConverter<CountryCode>
{
    /// <inheritdoc/>
    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A country code must be a JSON string such as \"USA\".");
        }

        string? text = reader.GetString();
        return CountryCode.TryFrom(text, out CountryCode code) ? code : throw new JsonException(CharterFacts.Codes.WhyNotAccepted(text ?? string.Empty) + " (" + RuleIds.UnknownCountryCode + ").");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.Value);
    }

    /// <inheritdoc/>
    public override CountryCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string? text = reader.GetString();
        return CountryCode.TryFrom(text, out CountryCode code) ? code : throw new JsonException(CharterFacts.Codes.WhyNotAccepted(text ?? string.Empty) + " (" + RuleIds.UnknownCountryCode + ").");
    }

    /// <inheritdoc/>
    public override void WriteAsPropertyName(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.Value);
    }
}
