using System;
using System.Globalization;
using System.Text.Json.Serialization;
using UNModel.Core;

namespace UNModel;

/// <summary>
/// The counts of a vote where the roll call is not known: yes, no and abstentions. Historic records sometimes give
/// only some counts (<see cref="Partial"/>); a Security Council decision needs only the affirmative votes and which
/// permanent members voted no, a General Assembly decision needs yes and no.
/// </summary>
[JsonConverter(typeof(UNModel.Serialization.TallyJsonConverter))]
public readonly struct Tally : IEquatable<Tally>
{
    private readonly int yes;
    private readonly int no;
    private readonly int abstain;
    private readonly byte known; // 1 = initialized, 2 = no known, 4 = abstain known

    private Tally(int yes, int no, int abstain, byte known)
    {
        this.yes = yes;
        this.no = no;
        this.abstain = abstain;
        this.known = known;
    }

    /// <summary>Votes in favour.</summary>
    public int Yes => Check().yes;

    /// <summary>Votes against, or null when the record does not give them.</summary>
    public int? No => (Check().known & 2) != 0 ? no : null;

    /// <summary>Abstentions, or null when the record does not give them.</summary>
    public int? Abstain => (Check().known & 4) != 0 ? abstain : null;

    /// <summary>Whether all three counts are known.</summary>
    public bool IsComplete => (Check().known & 6) == 6;

    /// <summary>Whether this instance was created by a factory (false for <c>default</c>).</summary>
    /// <returns>False for <c>default</c> and <c>new Tally()</c>.</returns>
    public bool IsInitialized() => known != 0;

    /// <summary>Equality of two tallies.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Tally left, Tally right) => left.Equals(right);

    /// <summary>Inequality of two tallies.</summary>
    /// <param name="left">The first tally.</param>
    /// <param name="right">The second tally.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Tally left, Tally right) => !left.Equals(right);

    /// <summary>A complete tally.</summary>
    /// <param name="yes">Votes in favour.</param>
    /// <param name="no">Votes against.</param>
    /// <param name="abstain">Abstentions.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="UNModelException">UNM0004 for a negative or impossible count.</exception>
    public static Tally From(int yes, int no, int abstain) => Partial(yes, no, abstain);

    /// <summary>A tally of which some counts are not on record.</summary>
    /// <param name="yes">Votes in favour.</param>
    /// <param name="no">Votes against, or null.</param>
    /// <param name="abstain">Abstentions, or null.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="UNModelException">UNM0004 for a negative or impossible count.</exception>
    public static Tally Partial(int yes, int? no = null, int? abstain = null)
    {
        CheckCount(yes, "yes");
        if (no is int n)
        {
            CheckCount(n, "no");
        }

        if (abstain is int a)
        {
            CheckCount(a, "abstain");
        }

        byte known = (byte)(1 | (no.HasValue ? 2 : 0) | (abstain.HasValue ? 4 : 0));
        return new Tally(yes, no ?? 0, abstain ?? 0, known);
    }

    /// <inheritdoc/>
    public bool Equals(Tally other) => yes == other.yes && no == other.no && abstain == other.abstain && known == other.known;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Tally other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(yes, no, abstain, known);

    /// <summary>The UN's notation, e.g. "93-18-65"; unknown counts as "?".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => known == 0 ? "(uninitialized Tally)" : yes.ToString(CultureInfo.InvariantCulture) + "-" + (No?.ToString(CultureInfo.InvariantCulture) ?? "?") + "-" + (Abstain?.ToString(CultureInfo.InvariantCulture) ?? "?");

    private static void CheckCount(int value, string field) => Violations.ThrowIf(VoteRules.CheckCount(field, value));

    private Tally Check() => known != 0 ? this : throw new UninitializedValueObjectException(nameof(Tally));
}
