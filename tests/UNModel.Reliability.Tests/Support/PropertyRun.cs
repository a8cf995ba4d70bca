using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;

namespace UNModel.Reliability.Tests.Support;

/// <summary>
/// Runs FsCheck properties with a fixed seed, so CI is reproducible. <c>UNMODEL_PROPERTY_SEED=random</c> draws a new
/// seed (FsCheck prints it on failure for replay), <c>UNMODEL_PROPERTY_SEED=seed,gamma</c> replays one, and
/// <c>UNMODEL_PROPERTY_SCALE=n</c> multiplies the number of cases.
/// </summary>
public static class PropertyRun
{
    public const ulong DefaultSeed = 20250224;
    public const ulong DefaultGamma = 9867; // FsCheck requires an odd gamma.

    public static int Scale => int.TryParse(Environment.GetEnvironmentVariable("UNMODEL_PROPERTY_SCALE"), NumberStyles.None, CultureInfo.InvariantCulture, out int s) && s > 0 ? s : 1;

    public static void Check<T>(Gen<T> gen, Func<T, bool> property, int maxTest, string name)
    {
        Property prop = Prop.ForAll(gen.ToArbitrary(), property);
        prop.Check(Config(maxTest, name));
    }

    public static void Check<T>(Gen<T> gen, Action<T> property, int maxTest, string name)
    {
        Property prop = Prop.ForAll(gen.ToArbitrary(), property);
        prop.Check(Config(maxTest, name));
    }

    /// <summary>
    /// <paramref name="count"/> values of <paramref name="gen"/> drawn from the run's seed (the fixed one unless
    /// <c>UNMODEL_PROPERTY_SEED</c> says otherwise), so a test that samples is as reproducible as a property.
    /// </summary>
    public static T[] Sample<T>(Gen<T> gen, int count, int size)
    {
        Rnd seed = Seed() ?? new Rnd((ulong)Random.Shared.NextInt64(), (ulong)(Random.Shared.NextInt64() | 1));
        return gen.Sample(count, seed, size);
    }

    private static Config Config(int maxTest, string name)
    {
        Config config = FsCheck.Config.QuickThrowOnFailure.WithMaxTest(maxTest * Scale).WithName(name).WithQuietOnSuccess(true);
        return Seed() is Rnd rnd ? config.WithReplay(FSharpOption<Replay>.Some(new Replay(rnd, FSharpOption<int>.None))) : config;
    }

    /// <summary>The seed of this run, or null when <c>UNMODEL_PROPERTY_SEED=random</c>.</summary>
    private static Rnd? Seed()
    {
        string? seed = Environment.GetEnvironmentVariable("UNMODEL_PROPERTY_SEED");
        if (string.Equals(seed, "random", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        ulong s = DefaultSeed, g = DefaultGamma;
        if (!string.IsNullOrEmpty(seed))
        {
            string[] parts = seed.Trim('(', ')').Split(',');
            s = ulong.Parse(parts[0], CultureInfo.InvariantCulture);
            g = parts.Length > 1 ? ulong.Parse(parts[1], CultureInfo.InvariantCulture) : DefaultGamma;
        }

        return new Rnd(s, g);
    }
}
