using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using UNModel.Core;
using UNModel.Serialization;

namespace UNModel;

/// <summary>The outcome a record claims (e.g. what a press release said), checked against the engine's decision (UNM0005).</summary>
[JsonConverter(typeof(DeclaredOutcomeJsonConverter))]
public sealed class DeclaredOutcome : IEquatable<DeclaredOutcome>
{
    private DeclaredOutcome(VoteOutcome outcome, ImmutableArray<CountryCode> vetoedBy)
    {
        Outcome = outcome;
        VetoedBy = vetoedBy;
    }

    /// <summary>A claim that the proposal was adopted.</summary>
    public static DeclaredOutcome Adopted { get; } = new(VoteOutcome.Adopted, ImmutableArray<CountryCode>.Empty);

    /// <summary>A claim that the proposal was rejected (without saying it was vetoed).</summary>
    public static DeclaredOutcome Rejected { get; } = new(VoteOutcome.Rejected, ImmutableArray<CountryCode>.Empty);

    /// <summary>Adopted or rejected.</summary>
    public VoteOutcome Outcome { get; }

    /// <summary>The permanent members the record says vetoed the draft; empty when it names none.</summary>
    public ImmutableArray<CountryCode> VetoedBy { get; }

    /// <summary>A claim that the draft was vetoed by these permanent members (checked here: UNM0001; in a vote: UNM0001, UNM0005, UNM0007).</summary>
    /// <param name="states">The permanent members.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="CharterViolationException">UNM0001 for a state that has never held a permanent seat.</exception>
    public static DeclaredOutcome Vetoed(params State[] states) =>
        Vetoed(Preconditions.CheckNotNull(states, nameof(states)).Select(s => Preconditions.CheckNotNull(s, nameof(states)).Code));

    /// <summary>A claim that the draft was vetoed by these codes.</summary>
    /// <param name="codes">The permanent members' codes.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="UNModelException">UNM0001 (a <see cref="CharterViolationException"/>) for a state that has never held a permanent seat; UNM0017 for a code of no state.</exception>
    public static DeclaredOutcome Vetoed(IEnumerable<CountryCode> codes)
    {
        ImmutableArray<CountryCode> list = [.. Preconditions.CheckNotNull(codes, nameof(codes))];
        foreach (CountryCode code in list)
        {
            Violations.ThrowIf(VoteRules.CheckDeclaredVeto(code.Packed)); // UNM0009 first, for an uninitialized code
        }

        return new(VoteOutcome.Rejected, list);
    }

    /// <summary>A claim of an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The claim.</returns>
    public static DeclaredOutcome Of(VoteOutcome outcome)
    {
        Preconditions.CheckDefined(outcome, nameof(outcome));
        return outcome == VoteOutcome.Adopted ? Adopted : Rejected;
    }

    /// <summary>Equality of two claims.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether both claim the same outcome and the same vetoers (in any order).</returns>
    public static bool operator ==(DeclaredOutcome? left, DeclaredOutcome? right) => Equals(left, right);

    /// <summary>Inequality of two claims.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DeclaredOutcome? left, DeclaredOutcome? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(DeclaredOutcome? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Outcome == other.Outcome && ModelEquality.SameSet(VetoedBy, other.VetoedBy)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DeclaredOutcome);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Outcome, ModelEquality.SetHash(VetoedBy));

    /// <summary>E.g. "Rejected (vetoed by RUS)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Outcome + (VetoedBy.IsEmpty ? string.Empty : " (vetoed by " + string.Join(", ", VetoedBy) + ")");
}
