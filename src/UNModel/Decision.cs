using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using UNModel.Serialization;

namespace UNModel;

/// <summary>
/// The engine's decision on a vote: outcome, reason, counts, the threshold required and who vetoed. A value type:
/// deciding allocates nothing; <see cref="Explanation"/>, <see cref="VetoedBy"/> and <see cref="LegalEffect"/> are
/// computed on demand.
/// </summary>
[JsonConverter(typeof(DecisionJsonConverter))]
public readonly struct Decision : IEquatable<Decision>
{
    private readonly Vote? vote;
    private readonly DecisionReason reason;
    private readonly int yes;
    private readonly int required;
    private readonly int no;
    private readonly int abstain;
    private readonly int absent;
    private readonly byte permanentNoMask; // the permanent seats (Vote.PermanentSeats) that voted no
    private readonly byte known; // 2 = no known, 4 = abstain known

    internal Decision(Vote vote, DecisionReason reason, int yes, int? no, int? abstain, int required, byte permanentNoMask)
    {
        this.vote = vote;
        this.reason = reason;
        this.yes = yes;
        this.no = no ?? 0;
        this.abstain = abstain ?? 0;
        known = (byte)((no.HasValue ? 2 : 0) | (abstain.HasValue ? 4 : 0));
        absent = no.HasValue && abstain.HasValue ? vote.Seats - yes - no.Value - abstain.Value : 0;
        this.required = required;
        this.permanentNoMask = permanentNoMask;
    }

    /// <summary>The vote decided.</summary>
    public Vote Vote => vote ?? throw new UninitializedValueObjectException(nameof(Decision));

    /// <summary>Adopted or rejected.</summary>
    public VoteOutcome Outcome => Reason == DecisionReason.MajorityReached ? VoteOutcome.Adopted : VoteOutcome.Rejected;

    /// <summary>Why.</summary>
    public DecisionReason Reason => Check().reason;

    /// <summary>Votes in favour.</summary>
    public int Yes => Check().yes;

    /// <summary>Votes against; null only for a tally that does not give them.</summary>
    public int? No => (Check().known & 2) != 0 ? no : null;

    /// <summary>Abstentions; null only for a tally that does not give them.</summary>
    public int? Abstain => (Check().known & 4) != 0 ? abstain : null;

    /// <summary>Members of the body absent or not voting (seats less those who voted yes, no or abstained); null when a count is unknown.</summary>
    public int? Absent => Check().known == 6 ? absent : null;

    /// <summary>Members present and voting: yes plus no (GA rule 86); null when "no" is unknown.</summary>
    public int? PresentAndVoting => (Check().known & 2) != 0 ? yes + no : null;

    /// <summary>The affirmative votes the rule required given those present and voting.</summary>
    public int Required => Check().required;

    /// <summary>Whether a permanent member's "no" defeated a draft that had the votes.</summary>
    public bool IsVetoed => Reason == DecisionReason.Vetoed;

    /// <summary>The permanent members whose "no" vetoed the draft; empty unless <see cref="IsVetoed"/>.</summary>
    public ImmutableArray<CountryCode> VetoedBy
    {
        get
        {
            if (Reason != DecisionReason.Vetoed)
            {
                return ImmutableArray<CountryCode>.Empty;
            }

            ReadOnlySpan<int> seats = Vote.PermanentSeats;
            ImmutableArray<CountryCode>.Builder result = ImmutableArray.CreateBuilder<CountryCode>();
            for (int i = 0; i < seats.Length; i++)
            {
                if ((permanentNoMask & (1 << i)) != 0)
                {
                    result.Add(CountryCode.FromPacked(seats[i]));
                }
            }

            return result.ToImmutable();
        }
    }

    /// <summary>How many permanent members voted no (a veto only when the draft had the votes).</summary>
    internal int PermanentNoCount => System.Numerics.BitOperations.PopCount(permanentNoMask);

    /// <summary>One sentence that says what happened and cites the Charter article or rule.</summary>
    public string Explanation => Charter.Explain(this);

    /// <summary>What the adopted text is in law; <see cref="LegalEffectKind.None"/> when not adopted.</summary>
    public LegalEffect LegalEffect => Charter.LegalEffectOf(this);

    /// <summary>Equality of two decisions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Decision left, Decision right) => left.Equals(right);

    /// <summary>Inequality of two decisions.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Decision left, Decision right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(Decision other) =>
        Equals(vote, other.vote) && reason == other.reason && yes == other.yes && no == other.no && abstain == other.abstain
        && known == other.known && required == other.required && permanentNoMask == other.permanentNoMask;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Decision other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(vote, reason, yes, no, abstain, required, permanentNoMask);

    /// <summary>The explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => vote is null ? "(uninitialized Decision)" : Explanation;

    /// <summary>Whether this instance was made by <see cref="Charter.Decide(Vote)"/> (false for <c>default</c>).</summary>
    /// <returns>False for <c>default</c> and <c>new Decision()</c>.</returns>
    public bool IsInitialized() => vote is not null;

    private Decision Check() => vote is not null ? this : throw new UninitializedValueObjectException(nameof(Decision));
}
