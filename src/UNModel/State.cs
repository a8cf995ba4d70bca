using System;
using System.Text.Json.Serialization;
using UNModel.Core;
using UNModel.Serialization;

namespace UNModel;

/// <summary>A state as the catalogue records it: a Member of the United Nations (present or former) or a non-member observer State.</summary>
[JsonConverter(typeof(StateJsonConverter))]
public abstract class State : IEquatable<State>
{
    private protected State(StateRecord record)
    {
        Record = record;
        Code = CountryCode.FromPacked(record.Packed);
        Admitted = ToDate(record.Admitted);
        Left = record.Left == int.MaxValue ? null : ToDate(record.Left);
    }

    /// <summary>The ISO 3166-1 alpha-3 code (a former code for seats that no longer exist, e.g. <c>SUN</c>).</summary>
    public CountryCode Code { get; }

    /// <summary>The short name the United Nations uses, e.g. "Russian Federation".</summary>
    public string Name => Record.Name;

    /// <summary>The name as the United Nations writes it in running text, with the article it takes: "the Russian Federation", "the Holy See", "Slovenia".</summary>
    public string NameInText => Record.NameInText;

    /// <summary>Members: the date of admission; observers: the start of observer status.</summary>
    public DateOnly Admitted { get; }

    /// <summary>The first day on which the state no longer held its seat, or null while it does.</summary>
    public DateOnly? Left { get; }

    internal StateRecord Record { get; }

    /// <summary>Whether the state held its seat (membership or observer status) on that date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True from <see cref="Admitted"/> up to, not including, <see cref="Left"/>.</returns>
    public bool HoldsSeatOn(DateOnly date) => Record.HoldsSeatOn(ToDay(date));

    /// <inheritdoc/>
    public bool Equals(State? other) => other is not null && other.Code == Code && other.GetType() == GetType();

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as State);

    /// <inheritdoc/>
    public override int GetHashCode() => Code.GetHashCode();

    /// <summary>The name and code, e.g. "Slovenia (SVN)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " (" + Code.Value + ")";

    internal static int ToDay(DateOnly date) => CharterFacts.ToDay(date.Year, date.Month, date.Day);

    internal static DateOnly ToDate(int day) => new(day / 10000, day / 100 % 100, day % 100);
}

/// <summary>A Member of the United Nations, present or former (the USSR, Yugoslavia, Czechoslovakia…).</summary>
[JsonConverter(typeof(StateJsonConverter))]
public sealed class MemberState : State
{
    internal MemberState(StateRecord record)
        : base(record)
    {
        ContinuedBy = record.ContinuedBy is null ? null : CountryCode.From(record.ContinuedBy);
    }

    /// <summary>The Member that continues this seat, e.g. the Russian Federation for the USSR from 24 December 1991.</summary>
    public CountryCode? ContinuedBy { get; }

    /// <summary>Whether the state was a Member on that date (and so may vote in the General Assembly, Charter Art. 18(1)).</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it held a membership seat.</returns>
    public bool IsMemberOn(DateOnly date) => HoldsSeatOn(date);
}

/// <summary>A non-member observer State (the Holy See, the State of Palestine): it takes part but never votes (UNM0008).</summary>
[JsonConverter(typeof(StateJsonConverter))]
public sealed class ObserverState : State
{
    internal ObserverState(StateRecord record)
        : base(record)
    {
    }
}
