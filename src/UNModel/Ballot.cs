using System;
using System.Text.Json.Serialization;
using UNModel.Core;

namespace UNModel;

/// <summary>
/// One state's vote in a roll call. Create it with <see cref="Yes(State)"/>, <see cref="No(State)"/>,
/// <see cref="Abstain(State)"/>, <see cref="Absent(State)"/> or <see cref="Veto(State)"/>.
/// </summary>
[JsonConverter(typeof(UNModel.Serialization.BallotJsonConverter))]
public readonly struct Ballot : IEquatable<Ballot>
{
    private readonly CountryCode state;

    private Ballot(CountryCode state, BallotChoice choice, bool castAsVeto)
    {
        this.state = state;
        Choice = choice;
        IsCastAsVeto = castAsVeto;
    }

    /// <summary>Who voted; throws UNM0009 for a <c>default</c> ballot.</summary>
    public CountryCode State => state.IsInitialized ? state : throw new UninitializedValueObjectException(nameof(Ballot));

    /// <summary>How the state voted.</summary>
    public BallotChoice Choice { get; }

    /// <summary>Whether the ballot was cast with <see cref="Veto(State)"/>: a "no" that its author meant as a veto, checked to come from a permanent member on a substantive question (UNM0001, UNM0007).</summary>
    public bool IsCastAsVeto { get; }

    internal int Packed => State.Packed;

    /// <summary>Equality of two ballots.</summary>
    /// <param name="left">The first ballot.</param>
    /// <param name="right">The second ballot.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Ballot left, Ballot right) => left.Equals(right);

    /// <summary>Inequality of two ballots.</summary>
    /// <param name="left">The first ballot.</param>
    /// <param name="right">The second ballot.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Ballot left, Ballot right) => !left.Equals(right);

    /// <summary>A vote in favour.</summary>
    /// <param name="state">The voter.</param>
    /// <returns>The ballot.</returns>
    /// <exception cref="CharterViolationException">UNM0008 for an observer State, which never votes (Charter Art. 18(1)).</exception>
    public static Ballot Yes(State state) => Of(Code(state), BallotChoice.Yes);

    /// <summary>A vote against.</summary>
    /// <param name="state">The voter.</param>
    /// <returns>The ballot.</returns>
    /// <exception cref="CharterViolationException">UNM0008 for an observer State, which never votes (Charter Art. 18(1)).</exception>
    public static Ballot No(State state) => Of(Code(state), BallotChoice.No);

    /// <summary>An abstention (never a veto).</summary>
    /// <param name="state">The voter.</param>
    /// <returns>The ballot.</returns>
    /// <exception cref="CharterViolationException">UNM0008 for an observer State, which never votes (Charter Art. 18(1)).</exception>
    public static Ballot Abstain(State state) => Of(Code(state), BallotChoice.Abstain);

    /// <summary>Absent or not participating.</summary>
    /// <param name="state">The member.</param>
    /// <returns>The ballot.</returns>
    /// <exception cref="CharterViolationException">UNM0008 for an observer State, which never votes (Charter Art. 18(1)).</exception>
    public static Ballot Absent(State state) => Of(Code(state), BallotChoice.Absent);

    /// <summary>
    /// A "no" by a permanent member of the Security Council, meant as a veto (Charter Art. 27(3)). Whether it blocks the
    /// draft is decided by the engine: a "no" on a draft without nine votes is no veto.
    /// </summary>
    /// <param name="state">A permanent member.</param>
    /// <returns>The ballot.</returns>
    /// <exception cref="CharterViolationException">UNM0001 when the state has never held a permanent seat.</exception>
    public static Ballot Veto(State state)
    {
        CountryCode code = Code(state);
        Violations.ThrowIf(VoteRules.CheckVoter(code.Packed) ?? VoteRules.CheckVetoBallot(code.Packed));
        return new Ballot(code, BallotChoice.No, castAsVeto: true);
    }

    /// <summary>A ballot by code.</summary>
    /// <param name="state">The voter's code.</param>
    /// <param name="choice">How it voted.</param>
    /// <returns>The ballot.</returns>
    /// <exception cref="UNModelException">UNM0017 when no state of the catalogue has the code; UNM0008 (a <see cref="CharterViolationException"/>) for an observer State, which never votes.</exception>
    public static Ballot Of(CountryCode state, BallotChoice choice)
    {
        Preconditions.CheckDefined(choice, nameof(choice));
        Violations.ThrowIf(VoteRules.CheckVoter(state.Packed)); // UNM0009 first, for an uninitialized code
        return new Ballot(state, choice, castAsVeto: false);
    }

    /// <inheritdoc/>
    public bool Equals(Ballot other) => state == other.state && Choice == other.Choice && IsCastAsVeto == other.IsCastAsVeto;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Ballot other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(state, Choice, IsCastAsVeto);

    /// <summary>E.g. "RUS: No (veto)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => state + ": " + Choice + (IsCastAsVeto ? " (veto)" : string.Empty);

    private static CountryCode Code(State state) => Preconditions.CheckNotNull(state, nameof(state)).Code;
}
