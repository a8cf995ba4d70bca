using System.Globalization;

namespace UNModel.Analysis;

/// <summary>
/// The checks of the analysis' arguments, in one place: a count out of its range is UNM0004, any other value outside
/// its domain UNM0016, both <see cref="UNModelException"/>s as the model's own (a null argument stays an
/// <see cref="System.ArgumentNullException"/>).
/// </summary>
internal static class Argument
{
    /// <summary>A count of at least <paramref name="minimum"/> and, when given, at most <paramref name="maximum"/>.</summary>
    public static void Count(long value, string name, long minimum = 0, long maximum = long.MaxValue)
    {
        if (value < minimum || value > maximum)
        {
            throw new UNModelException(RuleIds.CountsExceedMembership, "'" + name + "' is " + value.ToString(CultureInfo.InvariantCulture) + " but must be "
                + (maximum == long.MaxValue ? "at least " + minimum.ToString(CultureInfo.InvariantCulture) : "between " + minimum.ToString(CultureInfo.InvariantCulture) + " and " + maximum.ToString(CultureInfo.InvariantCulture)), name);
        }
    }

    /// <summary>A value outside what the argument accepts, with why.</summary>
    public static UNModelException Invalid(string name, string why) => new(RuleIds.MalformedRecord, "'" + name + "': " + why, name);
}
