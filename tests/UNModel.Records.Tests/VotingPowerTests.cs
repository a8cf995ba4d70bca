using System.Numerics;
using UNModel.Analysis;

namespace UNModel.Records.Tests;

public class VotingPowerTests
{
    [Fact]
    public void Security_council_since_1966_matches_the_published_values()
    {
        VotingGame game = VotingGame.Of(Body.SecurityCouncil, new DateOnly(2025, 2, 24));
        Assert.Equal(15, game.Players);
        var power = game.Compute();
        ClassPower permanent = power[0], elected = power[1];
        Assert.True(permanent.Class.IsVeto);
        Assert.Equal(5, permanent.Class.Count);
        Assert.Equal(10, elected.Class.Count);

        // Shapley-Shubik: 421/2145 ≈ 0.1963 and 4/2145 ≈ 0.00186.
        Assert.Equal((new BigInteger(421), new BigInteger(2145)), (permanent.ShapleyShubikNumerator, permanent.ShapleyShubikDenominator));
        Assert.Equal((new BigInteger(4), new BigInteger(2145)), (elected.ShapleyShubikNumerator, elected.ShapleyShubikDenominator));
        Assert.Equal(0.1963, permanent.ShapleyShubik, 4);
        Assert.Equal(0.00186, elected.ShapleyShubik, 5);

        // Normalised Banzhaf ≈ 0.1669 and 0.0165.
        Assert.Equal(0.1669, permanent.Banzhaf, 4);
        Assert.Equal(0.0165, elected.Banzhaf, 4);
        Assert.Equal(1.0, (5 * permanent.ShapleyShubik) + (10 * elected.ShapleyShubik), 12);
        Assert.Equal(1.0, (5 * permanent.Banzhaf) + (10 * elected.Banzhaf), 12);
        Assert.Contains(CountryCode.From("RUS"), permanent.Class.Members);
    }

    [Fact]
    public void Security_council_1946_to_1965_seven_of_eleven()
    {
        VotingGame game = VotingGame.Of(Body.SecurityCouncil, new DateOnly(1960, 6, 1));
        Assert.Equal(11, game.Players);
        var power = game.Compute();

        // Shapley-Shubik: 76/385 ≈ 0.1974 and 1/462 ≈ 0.00216; normalised Banzhaf 19/105 ≈ 0.1810 and 1/63 ≈ 0.0159.
        Assert.Equal((new BigInteger(76), new BigInteger(385)), (power[0].ShapleyShubikNumerator, power[0].ShapleyShubikDenominator));
        Assert.Equal((new BigInteger(1), new BigInteger(462)), (power[1].ShapleyShubikNumerator, power[1].ShapleyShubikDenominator));
        Assert.Equal(19.0 / 105, power[0].Banzhaf, 12);
        Assert.Equal(1.0 / 63, power[1].Banzhaf, 12);
        Assert.Contains(CountryCode.From("SUN"), power[0].Class.Members);
        Assert.Equal(BruteForce(11, 5, 7), (power[0].ShapleyShubik, power[1].ShapleyShubik, power[0].Banzhaf, power[1].Banzhaf), new Tolerance());
    }

    [Theory]
    [InlineData(15, 9)]
    [InlineData(11, 7)]
    public void Agrees_with_brute_force_over_every_coalition_and_with_the_weighted_game(int seats, int quota)
    {
        VotingGame weighted = VotingGame.Weighted("veto game", quota, new PlayerClass("permanent", 5, 1, isVeto: true), new PlayerClass("elected", seats - 5));
        var w = weighted.Compute();
        var engine = VotingGame.Of(Body.SecurityCouncil, seats == 15 ? new DateOnly(2000, 1, 1) : new DateOnly(1950, 1, 1)).Compute();
        Assert.Equal(BruteForce(seats, 5, quota), (w[0].ShapleyShubik, w[1].ShapleyShubik, w[0].Banzhaf, w[1].Banzhaf), new Tolerance());
        Assert.Equal((w[0].ShapleyShubikNumerator, w[1].Swings), (engine[0].ShapleyShubikNumerator, engine[1].Swings));
    }

    [Fact]
    public void Procedural_questions_have_no_veto_and_equal_power()
    {
        var power = VotingGame.Of(Body.SecurityCouncil, new DateOnly(2025, 2, 24), QuestionKind.Procedural).Compute();
        Assert.False(power[0].Class.IsVeto);
        Assert.Equal(1.0 / 15, power[0].ShapleyShubik, 12);
        Assert.Equal(1.0 / 15, power[1].ShapleyShubik, 12);
    }

    [Fact]
    public void General_assembly_members_are_equal()
    {
        VotingGame game = VotingGame.Of(Body.GeneralAssembly, new DateOnly(2025, 2, 24));
        ClassPower member = Assert.Single(game.Compute());
        Assert.Equal(193, member.Class.Count);
        Assert.Equal((BigInteger.One, new BigInteger(193)), (member.ShapleyShubikNumerator, member.ShapleyShubikDenominator));
        Assert.Equal(1.0 / 193, member.Banzhaf, 12);
        Assert.True(game.IsWinning(97));
        Assert.False(game.IsWinning(96));
        Assert.True(VotingGame.Of(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.TwoThirds).IsWinning(129));
        Assert.False(VotingGame.Of(Body.GeneralAssembly, new DateOnly(2025, 2, 24), QuestionKind.TwoThirds).IsWinning(128));
    }

    [Fact]
    public void A_weighted_game_with_unequal_weights()
    {
        // [4; 3, 2, 1]: a player of weight 3 is pivotal in 4 of 6 orders; the others in 1 of 6.
        VotingGame game = VotingGame.Weighted("[4; 3,2,1]", 4, new PlayerClass("a", 1, 3), new PlayerClass("b", 1, 2), new PlayerClass("c", 1, 1));
        var p = game.Compute();
        Assert.Equal(4.0 / 6, p[0].ShapleyShubik, 12);
        Assert.Equal(1.0 / 6, p[1].ShapleyShubik, 12);
        Assert.Equal(1.0 / 6, p[2].ShapleyShubik, 12);
        Assert.Equal(0.6, p[0].Banzhaf, 12);
    }

    [Fact]
    public void Questions_a_body_does_not_decide_are_refused() =>
        Assert.Throws<CharterViolationException>(() => VotingGame.Of(Body.GeneralAssembly, new DateOnly(2000, 1, 1), QuestionKind.Substantive));

    /// <summary>An independent check: every coalition of n players (the first five veto players), the subset formulas.</summary>
    private static (double, double, double, double) BruteForce(int n, int vetoes, int quota)
    {
        double[] shapley = new double[n];
        long[] swings = new long[n];
        double[] fact = new double[n + 1];
        fact[0] = 1;
        for (int i = 1; i <= n; i++)
        {
            fact[i] = fact[i - 1] * i;
        }

        bool Wins(int mask) => BitOperations.PopCount((uint)mask) >= quota && (mask & ((1 << vetoes) - 1)) == (1 << vetoes) - 1;
        for (int mask = 0; mask < 1 << n; mask++)
        {
            for (int i = 0; i < n; i++)
            {
                if ((mask & (1 << i)) == 0 && !Wins(mask) && Wins(mask | (1 << i)))
                {
                    int s = BitOperations.PopCount((uint)mask);
                    shapley[i] += fact[s] * fact[n - s - 1] / fact[n];
                    swings[i]++;
                }
            }
        }

        double total = swings.Sum();
        return (shapley[0], shapley[n - 1], swings[0] / total, swings[n - 1] / total);
    }

    private sealed class Tolerance : IEqualityComparer<(double, double, double, double)>
    {
        public bool Equals((double, double, double, double) x, (double, double, double, double) y) =>
            Math.Abs(x.Item1 - y.Item1) < 1e-12 && Math.Abs(x.Item2 - y.Item2) < 1e-12 && Math.Abs(x.Item3 - y.Item3) < 1e-12 && Math.Abs(x.Item4 - y.Item4) < 1e-12;

        public int GetHashCode((double, double, double, double) obj) => 0;
    }
}
