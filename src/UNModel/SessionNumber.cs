using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using UNModel.Core;
using Vogen;

namespace UNModel;

/// <summary>The kind of a General Assembly session.</summary>
public enum SessionKind
{
    /// <summary>A regular (annual) session: <c>79</c>.</summary>
    Regular = 1,

    /// <summary>A special session (Charter Art. 20): <c>S-27</c>.</summary>
    Special = 2,

    /// <summary>An emergency special session under A/RES/377(V) "Uniting for peace": <c>ES-11</c>.</summary>
    EmergencySpecial = 3,
}

/// <summary>
/// A General Assembly session as the UN writes it: regular (<c>79</c>), special (<c>S-27</c>) or emergency special
/// (<c>ES-11</c>). A Vogen value object whose <c>Value</c> is that text: create it with <c>From</c>, <c>Parse</c>,
/// <see cref="Regular"/>, <see cref="Special"/> or <see cref="EmergencySpecial"/>; a <c>default</c> instance throws
/// <see cref="UninitializedValueObjectException"/> (UNM0009) when used.
/// </summary>
[ValueObject<string>(throws: typeof(SessionNumberFormatException), comparison: ComparisonGeneration.Omit)]
public readonly partial struct SessionNumber : IComparable<SessionNumber>, ISpanFormattable, ISpanParsable<SessionNumber>
{
    private const string UninitializedText = "(uninitialized SessionNumber)";

    /// <summary>Regular, special or emergency special.</summary>
    public SessionKind Kind => Read(Value).Kind;

    /// <summary>The session's number within its kind (1 or more).</summary>
    public int Number => Read(Value).Number;

    /// <summary>A regular session.</summary>
    /// <param name="number">1 for the first session (1946).</param>
    /// <returns>The session.</returns>
    /// <exception cref="SessionNumberFormatException">UNM0016 when <paramref name="number"/> is not positive.</exception>
    public static SessionNumber Regular(int number) => Create(string.Empty, number);

    /// <summary>A special session.</summary>
    /// <param name="number">Its number.</param>
    /// <returns>The session.</returns>
    /// <exception cref="SessionNumberFormatException">UNM0016 when <paramref name="number"/> is not positive.</exception>
    public static SessionNumber Special(int number) => Create("S-", number);

    /// <summary>An emergency special session.</summary>
    /// <param name="number">Its number (11 for the session on Ukraine since 2022).</param>
    /// <returns>The session.</returns>
    /// <exception cref="SessionNumberFormatException">UNM0016 when <paramref name="number"/> is not positive.</exception>
    public static SessionNumber EmergencySpecial(int number) => Create("ES-", number);

    /// <summary>Parses <c>79</c>, <c>S-27</c> or <c>ES-11</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The session.</returns>
    /// <exception cref="SessionNumberFormatException">UNM0016 for anything else.</exception>
    public static SessionNumber Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => From(s.ToString());

    /// <summary>Tries to parse <c>79</c>, <c>S-27</c> or <c>ES-11</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The session when valid.</param>
    /// <returns>Whether the text is a session.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SessionNumber result)
    {
        if (Read(s).Kind == 0)
        {
#pragma warning disable VOG009 // the out value of a failed TryParse, as Vogen's own TryParse leaves it
            result = default;
#pragma warning restore VOG009
            return false;
        }

        result = From(s.ToString());
        return true;
    }

    /// <summary>Equality by the text; two uninitialized sessions are equal to each other and to nothing else.</summary>
    /// <param name="other">The other session.</param>
    /// <returns>Whether both are the same session, or both uninitialized.</returns>
    public bool Equals(SessionNumber other) =>
        IsInitialized() ? other.IsInitialized() && string.Equals(Value, other.Value, StringComparison.Ordinal) : !other.IsInitialized();

    /// <summary>A hash of the session (0 for an uninitialized one).</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => IsInitialized() ? StringComparer.Ordinal.GetHashCode(Value) : 0;

    /// <summary>Orders by kind (regular, special, emergency special), then number.</summary>
    /// <param name="other">The other session.</param>
    /// <returns>The comparison.</returns>
    public int CompareTo(SessionNumber other)
    {
        (SessionKind kind, int number) = Read(Value);
        (SessionKind otherKind, int otherNumber) = Read(other.Value);
        return kind != otherKind ? kind.CompareTo(otherKind) : number.CompareTo(otherNumber);
    }

    /// <summary>The UN's notation: <c>79</c>, <c>S-27</c>, <c>ES-11</c>; "(uninitialized SessionNumber)" for <c>default</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => IsInitialized() ? Value : UninitializedText;

    /// <summary><see cref="TypeCode.String"/>, as for the text; throws UNM0009 for an uninitialized instance.</summary>
    /// <returns>The type code of the text.</returns>
    public TypeCode GetTypeCode() => Value.GetTypeCode();

    /// <summary>The same text as <see cref="ToString()"/>.</summary>
    /// <param name="provider">Ignored.</param>
    /// <returns>The text.</returns>
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

    /// <summary>The kind and number of a session's text; kind 0 when the text is not a session.</summary>
    private static (SessionKind Kind, int Number) Read(ReadOnlySpan<char> s)
    {
        SessionKind kind = SessionKind.Regular;
        if (s.StartsWith("ES-", StringComparison.Ordinal))
        {
            kind = SessionKind.EmergencySpecial;
            s = s[3..];
        }
        else if (s.StartsWith("S-", StringComparison.Ordinal))
        {
            kind = SessionKind.Special;
            s = s[2..];
        }

        return s.IsEmpty || s[0] == '0' || !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n <= 0
            ? (0, 0)
            : (kind, n);
    }

    private static SessionNumber Create(string prefix, int number) =>
        number > 0
            ? From(prefix + number.ToString(CultureInfo.InvariantCulture))
            : throw new SessionNumberFormatException("a session number is 1 or more, not " + RuleMessages.Number(number) + ".");

    [SuppressMessage("CodeQuality", "IDE0051:Remove unused private members", Justification = "Called by the Vogen-generated factories.")]
    private static Validation Validate(string input) =>
        Read(input).Kind != 0
            ? Validation.Ok
            : Validation.Invalid("'" + (input.Length <= 16 ? input : input[..15] + "…") + "' is not a General Assembly session (79, S-27 or ES-11).").WithData(UNModelException.SubjectKey, input);
}
