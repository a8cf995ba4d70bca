using System;
using System.Collections.Generic;

namespace UNModel;

/// <summary>
/// Argument checks in one place (NodaTime style). A null argument is a programming error and throws
/// <see cref="ArgumentNullException"/>; a value outside its domain is bad input and throws a <see cref="UNModelException"/>.
/// </summary>
internal static class Preconditions
{
    public static T CheckNotNull<T>(T? value, string paramName)
        where T : class
    {
        return value ?? throw new ArgumentNullException(paramName);
    }

    public static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new MalformedRecordException(RuleIds.MalformedRecord, "'" + paramName + "' is " + value + ", which is not a " + typeof(TEnum).Name + " value", paramName);
        }
    }

    public static List<T> ToList<T>(IEnumerable<T>? items, string paramName)
    {
        CheckNotNull(items, paramName);
        return new List<T>(items!);
    }
}
