using System;
using System.Collections.Immutable;
using UNModel.Core;

namespace UNModel;

/// <summary>
/// The catalogue of Members of the United Nations, present and former, read from the same data the analyzers use.
/// Membership is a function of the date: <see cref="MembersOn"/>.
/// </summary>
public static partial class MemberStates
{
    private static readonly Lazy<Catalogue> Instance = new(() => new Catalogue(CharterFacts.Data));

    /// <summary>Every Member, present and former, in the catalogue's order.</summary>
    public static ImmutableArray<MemberState> All => Instance.Value.Members;

    /// <summary>The Members on that date (193 from 14 July 2011).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The Members, in the catalogue's order.</returns>
    public static ImmutableArray<MemberState> MembersOn(DateOnly date)
    {
        int day = State.ToDay(date);
        ImmutableArray<MemberState>.Builder result = ImmutableArray.CreateBuilder<MemberState>();
        foreach (MemberState m in All)
        {
            if (m.Record.HoldsSeatOn(day))
            {
                result.Add(m);
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Finds a Member (present or former) by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="member">The Member when found.</param>
    /// <returns>Whether the catalogue has a Member with that code.</returns>
    public static bool TryGet(CountryCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MemberState? member)
    {
        member = Instance.Value.Find(code.Packed) as MemberState;
        return member is not null;
    }

    /// <summary>The Member with that code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The Member.</returns>
    /// <exception cref="UnknownCountryCodeException">UNM0017 when no Member has that code.</exception>
    public static MemberState Get(CountryCode code) =>
        TryGet(code, out MemberState? m) ? m : throw new UnknownCountryCodeException(RuleMessages.NoMemberWithCode(code.Value), code.Value);

    /// <summary>Any state of the catalogue, Member or observer, by code.</summary>
    /// <param name="code">The code.</param>
    /// <param name="state">The state when found.</param>
    /// <returns>Whether the catalogue knows the code.</returns>
    public static bool TryGetState(CountryCode code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out State? state)
    {
        state = Instance.Value.Find(code.Packed);
        return state is not null;
    }

    internal static State? FindPacked(int packed) => Instance.Value.Find(packed);

    private static MemberState Get(string code) => Get(CountryCode.From(code));

    private sealed class Catalogue
    {
        private readonly State?[] byPacked = new State?[CountryCodePacking.Capacity];

        public Catalogue(CharterFacts.Catalogue data)
        {
            ImmutableArray<MemberState>.Builder members = ImmutableArray.CreateBuilder<MemberState>();
            ImmutableArray<ObserverState>.Builder observers = ImmutableArray.CreateBuilder<ObserverState>();
            foreach (StateRecord r in data.States)
            {
                if (r.IsObserver)
                {
                    var o = new ObserverState(r);
                    observers.Add(o);
                    byPacked[r.Packed] = o;
                }
                else
                {
                    var m = new MemberState(r);
                    members.Add(m);
                    byPacked[r.Packed] = m;
                }
            }

            Members = members.ToImmutable();
            Observers = observers.ToImmutable();
        }

        public ImmutableArray<MemberState> Members { get; }

        public ImmutableArray<ObserverState> Observers { get; }

        public State? Find(int packed) => byPacked[packed];
    }

    internal static ImmutableArray<ObserverState> ObserverList => Instance.Value.Observers;
}

/// <summary>The non-member observer States (the Holy See, the State of Palestine).</summary>
public static partial class ObserverStates
{
    /// <summary>Every non-member observer State.</summary>
    public static ImmutableArray<ObserverState> All => MemberStates.ObserverList;

    private static ObserverState Get(string code) =>
        MemberStates.TryGetState(CountryCode.From(code), out State? s) && s is ObserverState o ? o : throw new InvalidOperationException("The catalogue has no observer " + code + ".");
}
