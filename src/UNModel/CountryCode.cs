using System;
using System.Diagnostics.CodeAnalysis;
using UNModel.Core;
using Vogen;

namespace UNModel;

/// <summary>
/// An ISO 3166-1 alpha-3 country code in use (<c>USA</c>, <c>RUS</c>), or the code of a former UN Member seat (<c>SUN</c>,
/// <c>YUG</c>, <c>CSK</c>, <c>DDR</c>, <c>YMD</c>, <c>SCG</c>; <c>ZAN</c> for Zanzibar, which had no ISO code), and nothing
/// else: the list is <c>Charter/Data/country-codes.csv</c> (ISO 3166-1 and 3166-3). A Vogen value object: create it with
/// <c>From</c>, <c>TryFrom</c> or <c>Parse</c>; equality, the explicit casts, the JSON and type converters are generated.
/// A <c>default</c> instance throws <see cref="UninitializedValueObjectException"/> (UNM0009) when used.
/// </summary>
[ValueObject<string>(throws: typeof(UnknownCountryCodeException), comparison: ComparisonGeneration.Omit)]
public readonly partial struct CountryCode : IComparable<CountryCode>, ISpanFormattable, ISpanParsable<CountryCode>
{
    private const string UninitializedText = "(uninitialized CountryCode)";

    /// <summary>One string per accepted code, shared by every instance made from a span or a packed value.</summary>
    private static readonly string?[] Texts = new string?[CountryCodePacking.Capacity];

    /// <summary>The ISO 3166-1 alpha-2 code (<c>US</c>; ISO 3166-3's for a former seat, <c>SU</c>), or null where none exists (<c>ZAN</c>).</summary>
    public string? Alpha2 => CharterFacts.Codes.Alpha2Of(Packed);

    /// <summary>The compact form used by the engine; throws UNM0009 when uninitialized.</summary>
    internal int Packed
    {
        get
        {
            string v = Value;
            return CountryCodePacking.Pack(v[0], v[1], v[2]);
        }
    }

    /// <summary>Tries to create a code from three upper-case ASCII letters, without allocating.</summary>
    /// <param name="value">The candidate.</param>
    /// <param name="code">The code when valid.</param>
    /// <returns>Whether <paramref name="value"/> is an accepted code.</returns>
    public static bool TryFrom(ReadOnlySpan<char> value, out CountryCode code)
    {
        int p = value.Length == 3 ? CountryCodePacking.Pack(value[0], value[1], value[2]) : 0;
        if (!CharterFacts.Codes.IsAccepted(p))
        {
#pragma warning disable VOG009 // the out value of a failed TryFrom, as Vogen's own TryFrom leaves it
            code = default;
#pragma warning restore VOG009
            return false;
        }

        code = FromPacked(p);
        return true;
    }

    /// <summary>Parses a code from a span.</summary>
    /// <param name="s">The code.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The code.</returns>
    /// <exception cref="UnknownCountryCodeException">UNM0017 when the text is not an accepted code.</exception>
    public static CountryCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => TryFrom(s, out CountryCode c) ? c : From(s.ToString());

    /// <inheritdoc cref="TryFrom(ReadOnlySpan{char}, out CountryCode)"/>
    /// <param name="s">The candidate.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The code when valid.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CountryCode result) => TryFrom(s, out result);

    /// <summary>Wraps a packed value known to be accepted.</summary>
    internal static CountryCode FromPacked(int packed) => From(Texts[packed] ??= CountryCodePacking.Unpack(packed));

    /// <summary>Equality by the letters; two uninitialized codes are equal to each other and to nothing else.</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Whether both are the same code, or both uninitialized.</returns>
    public bool Equals(CountryCode other) =>
        IsInitialized() ? other.IsInitialized() && string.Equals(Value, other.Value, StringComparison.Ordinal) : !other.IsInitialized();

    /// <summary>A hash of the code (0 for an uninitialized one).</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => IsInitialized() ? Packed : 0;

    /// <summary>Orders codes alphabetically (ordinal).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>The ordinal comparison of the letters.</returns>
    public int CompareTo(CountryCode other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>The three letters; "(uninitialized CountryCode)" for <c>default</c>, so debuggers and logs never throw.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => IsInitialized() ? Value : UninitializedText;

    /// <summary><see cref="TypeCode.String"/>, as for the text; throws UNM0009 for an uninitialized instance.</summary>
    /// <returns>The type code of the text.</returns>
    public TypeCode GetTypeCode() => Value.GetTypeCode();

    /// <summary>The same text as <see cref="ToString()"/>.</summary>
    /// <param name="provider">Ignored.</param>
    /// <returns>The code.</returns>
    public string ToString(IFormatProvider? provider) => ToString();

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the same text as <see cref="ToString()"/>.</summary>
    /// <param name="destination">The buffer.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the buffer is too small.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString();
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten != 0;
    }

    [SuppressMessage("CodeQuality", "IDE0051:Remove unused private members", Justification = "Called by the Vogen-generated factories.")]
    private static Validation Validate(string input) =>
        CharterFacts.Codes.IsAccepted(CountryCodePacking.Pack(input))
            ? Validation.Ok
            : Validation.Invalid(CharterFacts.Codes.WhyNotAccepted(input)).WithData(UNModelException.SubjectKey, input);
}
