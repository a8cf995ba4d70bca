using System;
using System.Collections.Generic;

namespace UNModel;

/// <summary>Argument checks in one place (NodaTime style).</summary>
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
            throw new ArgumentOutOfRangeException(paramName, value, "Not a defined " + typeof(TEnum).Name + " value.");
        }
    }

    public static List<T> ToList<T>(IEnumerable<T>? items, string paramName)
    {
        CheckNotNull(items, paramName);
        return new List<T>(items!);
    }
}
