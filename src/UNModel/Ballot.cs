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
    private readonly int packed; // the state's packed code, read by the engine without touching the code's text
    private readonly BallotChoice choice;
    private readonly bool castAsVeto;

    private Ballot(CountryCode state, int packed, BallotChoice choice, bool castAsVeto)
    {
        this.state = state;
        this.packed = packed;
        this.choice = choice;
        this.castAsVeto = castAsVeto;
    }

    /// <summary>Who voted.</summary>
    public CountryCode State => Check().state;

    /// <summary>How the state voted.</summary>
    public BallotChoice Choice => Check().choice;

    /// <summary>Whether the ballot was cast with <see cref="Veto(State)"/>: a "no" that its author meant as a veto, checked to come from a permanent member on a substantive question (UNM0001, UNM0007).</summary>
    public bool IsCastAsVeto => Check().castAsVeto;

    internal int Packed => Check().packed;

    /// <summary>The packed code without the check, for the engine's loops over ballots of a built vote.</summary>
    internal int PackedUnchecked => packed;

    /// <summary>The choice without the check, for the engine's loops over ballots of a built vote.</summary>
    internal BallotChoice ChoiceUnchecked => choice;

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
        int p = code.Packed;
        Violations.ThrowIf(VoteRules.CheckVoter(p) ?? VoteRules.CheckVetoBallot(p));
        return new Ballot(code, p, BallotChoice.No, castAsVeto: true);
    }

    /// <summary>A ballot by code.</summary>
    /// <param name="state">The voter's code.</param>
    /// <param name="choice">How it voted.</param>
    /// <returns>The ballot.</returns>
    /// <exception cref="UNModelException">UNM0017 when no state of the catalogue has the code; UNM0008 (a <see cref="CharterViolationException"/>) for an observer State, which never votes.</exception>
    public static Ballot Of(CountryCode state, BallotChoice choice)
    {
        Preconditions.CheckDefined(choice, nameof(choice));
        int p = state.Packed; // UNM0009 first, for an uninitialized code
        Violations.ThrowIf(VoteRules.CheckVoter(p));
        return new Ballot(state, p, choice, castAsVeto: false);
    }

    /// <summary>Whether this instance was created by a factory (false for <c>default</c>).</summary>
    /// <returns>False for <c>default</c> and <c>new Ballot()</c>.</returns>
    public bool IsInitialized() => packed != 0;

    /// <summary>Equality of state, choice and veto intent; two uninitialized ballots are equal.</summary>
    /// <param name="other">The other ballot.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Equals(Ballot other) => packed == other.packed && choice == other.choice && castAsVeto == other.castAsVeto;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Ballot other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(packed, choice, castAsVeto);

    /// <summary>E.g. "RUS: No (veto)"; "(uninitialized Ballot)" for <c>default</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => packed == 0 ? "(uninitialized Ballot)" : state + ": " + choice + (castAsVeto ? " (veto)" : string.Empty);

    private Ballot Check() => packed != 0 ? this : throw new UninitializedValueObjectException(nameof(Ballot));

    private static CountryCode Code(State state) => Preconditions.CheckNotNull(state, nameof(state)).Code;
}
