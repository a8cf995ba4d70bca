using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;

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
/// A General Assembly session: regular (<c>79</c>), special (<c>S-27</c>) or emergency special (<c>ES-11</c>). A value
/// object: create it with <see cref="Regular"/>, <see cref="Special"/>, <see cref="EmergencySpecial"/> or
/// <see cref="Parse(string, IFormatProvider?)"/>; a <c>default</c> instance throws UNM0009 when used.
/// </summary>
[JsonConverter(typeof(UNModel.Serialization.SessionNumberJsonConverter))]
public readonly struct SessionNumber : IEquatable<SessionNumber>, IComparable<SessionNumber>, ISpanParsable<SessionNumber>, ISpanFormattable
{
    private readonly int number;
    private readonly SessionKind kind;

    private SessionNumber(SessionKind kind, int number)
    {
        this.kind = kind;
        this.number = number;
    }

    /// <summary>Regular, special or emergency special.</summary>
    public SessionKind Kind => kind != 0 ? kind : throw new UninitializedValueObjectException(nameof(SessionNumber));

    /// <summary>The session's number within its kind (1 or more).</summary>
    public int Number => kind != 0 ? number : throw new UninitializedValueObjectException(nameof(SessionNumber));

    /// <summary>Whether this instance was created by a factory.</summary>
    public bool IsInitialized => kind != 0;

    /// <summary>Equality.</summary>
    /// <param name="left">The first session.</param>
    /// <param name="right">The second session.</param>
    /// <returns>Whether they are the same session.</returns>
    public static bool operator ==(SessionNumber left, SessionNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The first session.</param>
    /// <param name="right">The second session.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(SessionNumber left, SessionNumber right) => !left.Equals(right);

    /// <summary>A regular session.</summary>
    /// <param name="number">1 for the first session (1946).</param>
    /// <returns>The session.</returns>
    /// <exception cref="UNModelException">UNM0016 when <paramref name="number"/> is not positive.</exception>
    public static SessionNumber Regular(int number) => Create(SessionKind.Regular, number);

    /// <summary>A special session.</summary>
    /// <param name="number">Its number.</param>
    /// <returns>The session.</returns>
    /// <exception cref="UNModelException">UNM0016 when <paramref name="number"/> is not positive.</exception>
    public static SessionNumber Special(int number) => Create(SessionKind.Special, number);

    /// <summary>An emergency special session.</summary>
    /// <param name="number">Its number (11 for the session on Ukraine since 2022).</param>
    /// <returns>The session.</returns>
    /// <exception cref="UNModelException">UNM0016 when <paramref name="number"/> is not positive.</exception>
    public static SessionNumber EmergencySpecial(int number) => Create(SessionKind.EmergencySpecial, number);

    /// <summary>Parses <c>79</c>, <c>S-27</c> or <c>ES-11</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The session.</returns>
    /// <exception cref="UNModelException">UNM0016 for anything else.</exception>
    public static SessionNumber Parse(string s, IFormatProvider? provider) => Parse(s.AsSpan(), provider);

    /// <summary>Parses <c>79</c>, <c>S-27</c> or <c>ES-11</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The session.</returns>
    /// <exception cref="UNModelException">UNM0016 for anything else.</exception>
    public static SessionNumber Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out SessionNumber result) ? result : throw new UNModelException(RuleIds.MalformedRecord, "'" + s.ToString() + "' is not a General Assembly session (79, S-27 or ES-11).", s.ToString());

    /// <summary>Tries to parse <c>79</c>, <c>S-27</c> or <c>ES-11</c>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The session when valid.</param>
    /// <returns>Whether the text is a session.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SessionNumber result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse <c>79</c>, <c>S-27</c> or <c>ES-11</c> without allocating.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The session when valid.</param>
    /// <returns>Whether the text is a session.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SessionNumber result)
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

        result = default;
        if (s.IsEmpty || s[0] == '0' || !int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n <= 0)
        {
            return false;
        }

        result = new SessionNumber(kind, n);
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(SessionNumber other) => kind == other.kind && number == other.number;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SessionNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(kind, number);

    /// <summary>Orders by kind (regular, special, emergency special), then number.</summary>
    /// <param name="other">The other session.</param>
    /// <returns>The comparison.</returns>
    public int CompareTo(SessionNumber other) => kind != other.kind ? kind.CompareTo(other.kind) : number.CompareTo(other.number);

    /// <summary>The UN's notation: <c>79</c>, <c>S-27</c>, <c>ES-11</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => kind == 0 ? "(uninitialized SessionNumber)" : Prefix + number.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string prefix = Kind == SessionKind.Regular ? string.Empty : Prefix;
        charsWritten = 0;
        if (!prefix.AsSpan().TryCopyTo(destination) || !number.TryFormat(destination[prefix.Length..], out int n, default, CultureInfo.InvariantCulture))
        {
            return false;
        }

        charsWritten = prefix.Length + n;
        return true;
    }

    private string Prefix => kind switch
    {
        SessionKind.Special => "S-",
        SessionKind.EmergencySpecial => "ES-",
        _ => string.Empty,
    };

    private static SessionNumber Create(SessionKind kind, int number)
    {
        if (number <= 0)
        {
            throw new UNModelException(RuleIds.MalformedRecord, "a session number is 1 or more, not " + number.ToString(CultureInfo.InvariantCulture) + ".", number.ToString(CultureInfo.InvariantCulture));
        }

        return new SessionNumber(kind, number);
    }
}
