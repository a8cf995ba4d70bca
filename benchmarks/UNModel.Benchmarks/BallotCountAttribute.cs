using System;

namespace UNModel.Benchmarks;

/// <summary>How many ballots one invocation of a benchmark decides; read by <see cref="BallotsPerSecondColumn"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BallotCountAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="count">The number of ballots.</param>
    public BallotCountAttribute(int count) => Count = count;

    /// <summary>The number of ballots.</summary>
    public int Count { get; }
}
