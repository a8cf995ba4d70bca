using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;

namespace UNModel.Analysis;

/// <summary>A class of interchangeable players of a voting game: the same weight and the same veto.</summary>
public sealed class PlayerClass
{
    /// <summary>Creates a class of players.</summary>
    /// <param name="name">A name, e.g. "permanent".</param>
    /// <param name="count">How many players.</param>
    /// <param name="weight">Each player's weight (1 for one state, one vote).</param>
    /// <param name="isVeto">Whether every winning coalition must include each of them.</param>
    /// <param name="members">The states, when known (empty for bodies without a roster).</param>
    public PlayerClass(string name, int count, int weight = 1, bool isVeto = false, IEnumerable<CountryCode>? members = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        Argument.Count(count, nameof(count), minimum: 1);
        Argument.Count(weight, nameof(weight));
        Name = name;
        Count = count;
        Weight = weight;
        IsVeto = isVeto;
        Members = members is null ? [] : [.. members];
        if (!Members.IsEmpty && Members.Length != count)
        {
            throw Argument.Invalid(nameof(members), "the class '" + name + "' has " + count.ToString(CultureInfo.InvariantCulture) + " players but " + Members.Length.ToString(CultureInfo.InvariantCulture) + " members are named");
        }
    }

    /// <summary>The class's name.</summary>
    public string Name { get; }

    /// <summary>How many players.</summary>
    public int Count { get; }

    /// <summary>Each player's weight.</summary>
    public int Weight { get; }

    /// <summary>Whether each player of the class has a veto.</summary>
    public bool IsVeto { get; }

    /// <summary>The states, when known.</summary>
    public ImmutableArray<CountryCode> Members { get; }
}

/// <summary>The power of one player of a class, by each index.</summary>
public sealed class ClassPower
{
    internal ClassPower(PlayerClass players, BigInteger shapleyNumerator, BigInteger shapleyDenominator, BigInteger swings, BigInteger totalSwings, int playerCount)
    {
        Class = players;
        ShapleyShubikNumerator = shapleyNumerator;
        ShapleyShubikDenominator = shapleyDenominator;
        Swings = swings;
        ShapleyShubik = Ratio(shapleyNumerator, shapleyDenominator);
        Banzhaf = totalSwings.IsZero ? 0 : Ratio(swings, totalSwings);
        RawBanzhaf = Ratio(swings, BigInteger.Pow(2, playerCount - 1));
    }

    /// <summary>The class.</summary>
    public PlayerClass Class { get; }

    /// <summary>The Shapley–Shubik index of one player: the share of the orders of all players in which it is pivotal.</summary>
    public double ShapleyShubik { get; }

    /// <summary>The exact Shapley–Shubik index's numerator (over <see cref="ShapleyShubikDenominator"/>, in lowest terms).</summary>
    public BigInteger ShapleyShubikNumerator { get; }

    /// <summary>The exact Shapley–Shubik index's denominator.</summary>
    public BigInteger ShapleyShubikDenominator { get; }

    /// <summary>The normalised Banzhaf index of one player: its swings over all players' swings.</summary>
    public double Banzhaf { get; }

    /// <summary>The absolute (raw) Banzhaf index: its swings over the 2^(n−1) coalitions of the others.</summary>
    public double RawBanzhaf { get; }

    /// <summary>Coalitions of the others that the player turns from losing to winning.</summary>
    public BigInteger Swings { get; }

    private static double Ratio(BigInteger a, BigInteger b)
    {
        if (a.IsZero)
        {
            return 0;
        }

        return Math.Exp(BigInteger.Log(a) - BigInteger.Log(b));
    }
}

/// <summary>
/// A simple voting game of classes of interchangeable players: a coalition of "yes" voters wins or loses, everyone else
/// voting no. Build it from a body's rule in the engine (<see cref="Of(Body, DateOnly, QuestionKind?)"/>: the winning test
/// is <see cref="Majority.Decide"/>, the same arithmetic that decides real votes) or as a weighted game with veto players
/// (<see cref="Weighted"/>). <see cref="Compute"/> gives the exact Shapley–Shubik and Banzhaf indices, summing over the
/// numbers of players of each class in a coalition rather than over coalitions, so a 193-member Assembly is instant.
/// </summary>
public sealed class VotingGame
{
    private const long MaxProfiles = 20_000_000;
    private readonly Func<int[], bool> wins;

    private VotingGame(string name, ImmutableArray<PlayerClass> classes, Func<int[], bool> wins)
    {
        Name = name;
        Classes = classes;
        this.wins = wins;
        int n = 0;
        long profiles = 1;
        foreach (PlayerClass c in classes)
        {
            n += c.Count;
            profiles *= c.Count + 1;
            if (profiles > MaxProfiles)
            {
                throw Argument.Invalid(nameof(classes), "the game has too many distinct classes of players to compute exactly");
            }
        }

        Players = n;
    }

    /// <summary>A name, e.g. "Security Council, 2025-02-24 (substantive)".</summary>
    public string Name { get; }

    /// <summary>The classes of players.</summary>
    public ImmutableArray<PlayerClass> Classes { get; }

    /// <summary>The number of players.</summary>
    public int Players { get; }

    /// <summary>
    /// The game a body plays on a date under the engine's rule: the Security Council's permanent members (veto) and
    /// elected members on a substantive (default) or procedural question; every other body's seats on a simple-majority
    /// (default) or two-thirds question.
    /// </summary>
    /// <param name="body">The body.</param>
    /// <param name="date">The date (fixes the seats and, for the Council, 7 of 11 or 9 of 15).</param>
    /// <param name="question">The question, or null for the body's default.</param>
    /// <returns>The game.</returns>
    public static VotingGame Of(Body body, DateOnly date, QuestionKind? question = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        Majority majority = Majority.For(body, question ?? (body.Kind == BodyKind.SecurityCouncil ? QuestionKind.Substantive : QuestionKind.SimpleMajority), date);
        int seats = majority.Seats;
        string name = body.Name + ", " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " (" + majority.Question + ")";
        if (body is SecurityCouncilBody council)
        {
            ImmutableArray<MemberState> permanent = council.PermanentMembersOn(date);
            ImmutableArray<MemberState> elected = council.ElectedMembersOn(date);
            int p = permanent.Length;
            int e = seats - p;
            var classes = ImmutableArray.Create(
                new PlayerClass("permanent", p, 1, majority.HasVeto, Codes(permanent)),
                new PlayerClass("elected", e, 1, false, elected.Length == e ? Codes(elected) : null));
            return new VotingGame(name, classes, k =>
            {
                int yes = k[0] + k[1];
                return majority.Decide(yes, seats - yes, p - k[0]) == DecisionReason.MajorityReached;
            });
        }

        ImmutableArray<MemberState> members = body.TryGetVotersOn(date, out ImmutableArray<MemberState> voters) ? voters : [];
        var all = ImmutableArray.Create(new PlayerClass("member", seats, 1, false, members.Length == seats ? Codes(members) : null));
        return new VotingGame(name, all, k => majority.Decide(k[0], seats - k[0]) == DecisionReason.MajorityReached);
    }

    /// <summary>A weighted game with veto players: a coalition wins when its weight reaches the quota and it includes every veto player.</summary>
    /// <param name="name">A name.</param>
    /// <param name="quota">The weight needed to win.</param>
    /// <param name="classes">The classes of players.</param>
    /// <returns>The game.</returns>
    public static VotingGame Weighted(string name, int quota, params PlayerClass[] classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        Argument.Count(quota, nameof(quota), minimum: 1);
        ImmutableArray<PlayerClass> list = [.. classes];
        return new VotingGame(name ?? "weighted game", list, k =>
        {
            long weight = 0;
            for (int i = 0; i < k.Length; i++)
            {
                if (list[i].IsVeto && k[i] < list[i].Count)
                {
                    return false;
                }

                weight += (long)k[i] * list[i].Weight;
            }

            return weight >= quota;
        });
    }

    /// <summary>Whether a coalition wins, given how many players of each class it has.</summary>
    /// <param name="countsPerClass">Players of each class in the coalition.</param>
    /// <returns>Whether it wins.</returns>
    public bool IsWinning(params int[] countsPerClass)
    {
        ArgumentNullException.ThrowIfNull(countsPerClass);
        if (countsPerClass.Length != Classes.Length)
        {
            throw Argument.Invalid(nameof(countsPerClass), "give one count per class (" + Classes.Length.ToString(CultureInfo.InvariantCulture) + "), not " + countsPerClass.Length.ToString(CultureInfo.InvariantCulture));
        }

        for (int i = 0; i < countsPerClass.Length; i++)
        {
            Argument.Count(countsPerClass[i], nameof(countsPerClass), maximum: Classes[i].Count);
        }

        return wins((int[])countsPerClass.Clone());
    }

    /// <summary>The exact Shapley–Shubik and Banzhaf indices of one player of each class.</summary>
    /// <returns>One entry per class, in the order of <see cref="Classes"/>.</returns>
    public ImmutableArray<ClassPower> Compute()
    {
        int m = Classes.Length;
        int n = Players;
        BigInteger[] factorial = new BigInteger[n + 1];
        factorial[0] = BigInteger.One;
        for (int i = 1; i <= n; i++)
        {
            factorial[i] = factorial[i - 1] * i;
        }

        var shapley = new BigInteger[m];
        var swings = new BigInteger[m];
        int[] k = new int[m];
        int[] limit = new int[m];
        for (int t = 0; t < m; t++)
        {
            // Coalitions S of the others: at most Count - 1 players of the player's own class.
            for (int j = 0; j < m; j++)
            {
                limit[j] = Classes[j].Count - (j == t ? 1 : 0);
            }

            Array.Clear(k);
            while (true)
            {
                bool losing = !wins(k);
                k[t]++;
                bool winning = wins(k);
                k[t]--;
                if (losing && winning)
                {
                    BigInteger ways = BigInteger.One;
                    int s = 0;
                    for (int j = 0; j < m; j++)
                    {
                        ways *= Binomial(limit[j], k[j], factorial);
                        s += k[j];
                    }

                    swings[t] += ways;
                    shapley[t] += ways * factorial[s] * factorial[n - s - 1];
                }

                int pos = 0;
                while (pos < m && k[pos] == limit[pos])
                {
                    k[pos] = 0;
                    pos++;
                }

                if (pos == m)
                {
                    break;
                }

                k[pos]++;
            }
        }

        BigInteger totalSwings = BigInteger.Zero;
        for (int t = 0; t < m; t++)
        {
            totalSwings += swings[t] * Classes[t].Count;
        }

        ImmutableArray<ClassPower>.Builder result = ImmutableArray.CreateBuilder<ClassPower>(m);
        for (int t = 0; t < m; t++)
        {
            BigInteger g = BigInteger.GreatestCommonDivisor(shapley[t], factorial[n]);
            BigInteger num = g.IsZero ? BigInteger.Zero : shapley[t] / g;
            BigInteger den = g.IsZero ? BigInteger.One : factorial[n] / g;
            result.Add(new ClassPower(Classes[t], num, den, swings[t], totalSwings, n));
        }

        return result.MoveToImmutable();
    }

    /// <summary>The name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;

    private static BigInteger Binomial(int n, int k, BigInteger[] factorial) => factorial[n] / (factorial[k] * factorial[n - k]);

    private static IEnumerable<CountryCode> Codes(ImmutableArray<MemberState> states)
    {
        foreach (MemberState s in states)
        {
            yield return s.Code;
        }
    }
}
