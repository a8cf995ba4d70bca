using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace UNModel;

/// <summary>
/// Equality of the model's collections, in one place: a list whose order means something (a meeting's votes) is compared
/// in order, one whose order does not (a roll call's ballots, a round's candidates, the parties to a dispute) as a multiset.
/// </summary>
internal static class ModelEquality
{
    /// <summary>Whether both hold the same elements as many times each, in any order.</summary>
    public static bool SameSet<T>(ImmutableArray<T> a, ImmutableArray<T> b)
        where T : IEquatable<T>
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        if (a.Length <= 16)
        {
            // Small lists: count each element on both sides.
            foreach (T item in a)
            {
                if (Count(a, item) != Count(b, item))
                {
                    return false;
                }
            }

            return true;
        }

        var counts = new Dictionary<T, int>(a.Length);
        foreach (T item in a)
        {
            counts[item] = counts.TryGetValue(item, out int n) ? n + 1 : 1;
        }

        foreach (T item in b)
        {
            if (!counts.TryGetValue(item, out int n) || n == 0)
            {
                return false;
            }

            counts[item] = n - 1;
        }

        return true;
    }

    /// <summary>A hash that does not depend on the order of the elements (<see cref="SameSet{T}(ImmutableArray{T}, ImmutableArray{T})"/>).</summary>
    public static int SetHash<T>(ImmutableArray<T> items)
        where T : IEquatable<T>
    {
        int sum = 0;
        foreach (T item in items)
        {
            sum = unchecked(sum + (item?.GetHashCode() ?? 0));
        }

        return HashCode.Combine(items.Length, sum);
    }

    /// <summary>Whether both are absent, or present and <see cref="SameSet{T}(ImmutableArray{T}, ImmutableArray{T})"/>.</summary>
    public static bool SameSet<T>(ImmutableArray<T>? a, ImmutableArray<T>? b)
        where T : IEquatable<T> =>
        a is { } x ? b is { } y && SameSet(x, y) : b is null;

    /// <summary>Whether both hold equal elements in the same order.</summary>
    public static bool SameSequence<T>(ImmutableArray<T> a, ImmutableArray<T> b)
        where T : IEquatable<T>
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the elements in order (<see cref="SameSequence{T}"/>).</summary>
    public static int SequenceHash<T>(ImmutableArray<T> items)
        where T : IEquatable<T>
    {
        var hash = default(HashCode);
        foreach (T item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    private static int Count<T>(ImmutableArray<T> items, T item)
        where T : IEquatable<T>
    {
        int n = 0;
        foreach (T other in items)
        {
            if (EqualityComparer<T>.Default.Equals(other, item))
            {
                n++;
            }
        }

        return n;
    }
}
