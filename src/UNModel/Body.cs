using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using UNModel.Core;
using UNModel.Serialization;

namespace UNModel;

/// <summary>
/// A United Nations body that votes: it knows its seats on any date and who may vote in it. The instances are
/// <see cref="GeneralAssembly"/>, <see cref="SecurityCouncil"/>, <see cref="EconomicAndSocialCouncil"/> and
/// <see cref="HumanRightsCouncil"/>.
/// </summary>
[JsonConverter(typeof(BodyJsonConverter))]
public abstract class Body
{
    private protected Body(BodyKind kind, string name)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>The General Assembly (Charter Chapter IV).</summary>
    public static GeneralAssemblyBody GeneralAssembly { get; } = new();

    /// <summary>The Security Council (Charter Chapter V).</summary>
    public static SecurityCouncilBody SecurityCouncil { get; } = new();

    /// <summary>The Economic and Social Council (Charter Chapter X).</summary>
    public static EconomicAndSocialCouncilBody EconomicAndSocialCouncil { get; } = new();

    /// <summary>The Human Rights Council (A/RES/60/251).</summary>
    public static HumanRightsCouncilBody HumanRightsCouncil { get; } = new();

    /// <summary>Which body this is.</summary>
    public BodyKind Kind { get; }

    /// <summary>The body's name, e.g. "Security Council".</summary>
    public string Name { get; }

    /// <summary>
    /// Whether the catalogue keeps this body's roster: the General Assembly, the Security Council and the Human Rights
    /// Council do, for the dates <see cref="KnowsMembersOn"/> says; ECOSOC's is not shipped, and any Member may be seated there.
    /// </summary>
    public bool HasRoster => CharterFacts.HasRoster(Kind);

    /// <summary>The day of the body's first meeting; no vote can be dated earlier (UNM0015).</summary>
    public DateOnly FirstMeeting => State.ToDate(CharterFacts.FirstMeeting(Kind));

    /// <summary>The body for a kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The body.</returns>
    public static Body Of(BodyKind kind) => kind switch
    {
        BodyKind.GeneralAssembly => GeneralAssembly,
        BodyKind.SecurityCouncil => SecurityCouncil,
        BodyKind.EconomicAndSocialCouncil => EconomicAndSocialCouncil,
        BodyKind.HumanRightsCouncil => HumanRightsCouncil,
        _ => throw new MalformedRecordException(RuleIds.MalformedRecord, "'kind' is " + kind + ", which is not a body", nameof(kind)),
    };

    /// <summary>Whether the body decides questions of that kind (Security Council: substantive or procedural, Art. 27; other bodies: simple or two-thirds majority, Arts. 18, 67).</summary>
    /// <param name="question">The kind of question.</param>
    /// <returns>Whether a vote of this body may be of that kind (UNM0012 otherwise).</returns>
    public bool Decides(QuestionKind question) => CharterRules.IsValidQuestion(Kind, question);

    /// <summary>The number of seats on that date (for the General Assembly, the number of Members).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The number of seats.</returns>
    public int SeatsOn(DateOnly date) => CharterFacts.SeatCount(Kind, State.ToDay(date));

    /// <summary>
    /// The last day the catalogue knows the body's members on (<c>Charter/Data/horizons.csv</c>, each with its source), or
    /// null for ECOSOC, whose roster is not shipped. Past it UNModel says it does not know: a ballot is checked against
    /// membership of the United Nations (and, in the Security Council, the permanent members), the decision says so in
    /// words, no rule is reported that needs the roster, and <see cref="VotersOn"/> throws.
    /// </summary>
    public DateOnly? MembersKnownThrough => CharterFacts.MembersKnownThrough(Kind) is int day and > 0 ? State.ToDate(day) : null;

    /// <summary>
    /// Whether the catalogue knows who sat on the body on that date: from its first meeting to <see cref="MembersKnownThrough"/>
    /// (the Human Rights Council from <see cref="HumanRightsCouncilBody.FirstRecordedDay"/>), never for ECOSOC. Where it does
    /// not, ballots are checked against what is known and the decision's explanation says so.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the body's members on that date are known.</returns>
    public bool KnowsMembersOn(DateOnly date) => CharterFacts.KnowsMembers(Kind, State.ToDay(date));

    /// <summary>Whether the state may cast a ballot here on that date.</summary>
    /// <param name="code">The state.</param>
    /// <param name="date">The date.</param>
    /// <returns>False for observers, non-members and, in the Security Council and the Human Rights Council, states not on the body that day (or, in the latter, with their rights suspended).</returns>
    public bool MayVote(CountryCode code, DateOnly date) => CharterFacts.MaySit(Kind, code.Packed, State.ToDay(date));

    /// <summary>Who may vote here on that date, as the catalogue knows it.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The states: every Member in the General Assembly (in the catalogue's order); the members in the Councils (alphabetical by code).</returns>
    /// <exception cref="MembershipUnknownException">When <see cref="KnowsMembersOn"/> is false: past <see cref="MembersKnownThrough"/>, and for ECOSOC.</exception>
    public ImmutableArray<MemberState> VotersOn(DateOnly date) =>
        TryGetVotersOn(date, out ImmutableArray<MemberState> voters) ? voters : throw new MembershipUnknownException(this, date);

    /// <summary>Who may vote here on that date, when the catalogue knows it (<see cref="KnowsMembersOn"/>).</summary>
    /// <param name="date">The date.</param>
    /// <param name="voters">The voters, as <see cref="VotersOn"/> gives them; empty when not known.</param>
    /// <returns>Whether the body's members on that date are known.</returns>
    public bool TryGetVotersOn(DateOnly date, out ImmutableArray<MemberState> voters)
    {
        voters = KnowsMembersOn(date) ? Voters(date) : ImmutableArray<MemberState>.Empty;
        return KnowsMembersOn(date);
    }

    /// <summary>The voters on a date the catalogue knows.</summary>
    private protected virtual ImmutableArray<MemberState> Voters(DateOnly date) => MemberStates.MembersOn(date);

    /// <summary>The body's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}

/// <summary>The General Assembly: every Member has one vote (Charter Art. 18(1)).</summary>
[JsonConverter(typeof(BodyJsonConverter))]
public sealed class GeneralAssemblyBody : Body
{
    internal GeneralAssemblyBody()
        : base(BodyKind.GeneralAssembly, "General Assembly")
    {
    }
}

/// <summary>
/// The Security Council: the five permanent members and the elected members of each year (11 seats and 7 affirmative
/// votes until 1965, 15 seats and 9 votes from 1 January 1966; Charter Arts. 23, 27).
/// </summary>
[JsonConverter(typeof(BodyJsonConverter))]
public sealed class SecurityCouncilBody : Body
{
    internal SecurityCouncilBody()
        : base(BodyKind.SecurityCouncil, "Security Council")
    {
    }

    /// <summary>The first calendar year for which the catalogue lists the elected members.</summary>
    public int FirstRecordedYear => CharterFacts.Data.FirstElectedYear;

    /// <summary>The last calendar year for which the catalogue lists the elected members.</summary>
    public int LastRecordedYear => CharterFacts.Data.LastElectedYear;

    /// <summary>The affirmative votes a decision needs on that date: 7 until 1965, 9 from 1966 (Art. 27(2), (3)).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The number of votes.</returns>
    public int AffirmativeVotesRequired(DateOnly date) => CharterFacts.CouncilAffirmativeVotes(State.ToDay(date));

    /// <summary>Whether the state holds a permanent seat on that date (the USSR until 24 December 1991, the Russian Federation after).</summary>
    /// <param name="code">The state.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is a permanent member.</returns>
    public bool IsPermanentMember(CountryCode code, DateOnly date) => CharterFacts.IsPermanentMember(code.Packed, State.ToDay(date));

    /// <summary>The permanent members on that date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Five states, alphabetical by code.</returns>
    public ImmutableArray<MemberState> PermanentMembersOn(DateOnly date) => SeatsWhere(date, permanent: true);

    /// <summary>The elected members on that date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The elected members, alphabetical by code.</returns>
    /// <exception cref="MembershipUnknownException">Past <see cref="Body.MembersKnownThrough"/>.</exception>
    public ImmutableArray<MemberState> ElectedMembersOn(DateOnly date) =>
        KnowsMembersOn(date) ? SeatsWhere(date, permanent: false) : throw new MembershipUnknownException(this, date);

    /// <inheritdoc/>
    private protected override ImmutableArray<MemberState> Voters(DateOnly date) => PermanentMembersOn(date).AddRange(ElectedMembersOn(date)).Sort((a, b) => a.Code.CompareTo(b.Code));

    private static ImmutableArray<MemberState> SeatsWhere(DateOnly date, bool permanent)
    {
        int day = State.ToDay(date);
        ImmutableArray<MemberState>.Builder result = ImmutableArray.CreateBuilder<MemberState>();
        foreach (CouncilSeat seat in CharterFacts.Data.Seats)
        {
            if (seat.Permanent == permanent && day >= seat.From && day < seat.To)
            {
                result.Add(MemberStates.Get(CountryCode.FromPacked(seat.Packed)));
            }
        }

        result.Sort((a, b) => a.Code.CompareTo(b.Code));
        return result.ToImmutable();
    }
}

/// <summary>The Economic and Social Council: 18, then 27 (1966), then 54 (1974) members (Charter Art. 61). Its yearly roster is not shipped.</summary>
[JsonConverter(typeof(BodyJsonConverter))]
public sealed class EconomicAndSocialCouncilBody : Body
{
    internal EconomicAndSocialCouncilBody()
        : base(BodyKind.EconomicAndSocialCouncil, "Economic and Social Council")
    {
    }
}

/// <summary>
/// The Human Rights Council: 47 members elected by the General Assembly for three years, from 19 June 2006 (A/RES/60/251).
/// Its members are known day by day from its first meeting to the end of 2026 (<c>human-rights-council.csv</c>, a cited
/// source for each election).
/// </summary>
[JsonConverter(typeof(BodyJsonConverter))]
public sealed class HumanRightsCouncilBody : Body
{
    internal HumanRightsCouncilBody()
        : base(BodyKind.HumanRightsCouncil, "Human Rights Council")
    {
    }

    /// <summary>The first day for which the catalogue lists the Council's members (its first meeting, 19 June 2006).</summary>
    public DateOnly FirstRecordedDay => State.ToDate(CharterFacts.Data.HumanRightsFirstDay);

    /// <summary>The last day for which the catalogue lists the Council's members (<see cref="Body.MembersKnownThrough"/>).</summary>
    public DateOnly LastRecordedDay => MembersKnownThrough!.Value;

    /// <summary>The members on that date, including any whose rights were suspended.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The members, alphabetical by code.</returns>
    /// <exception cref="MembershipUnknownException">Outside <see cref="FirstRecordedDay"/> to <see cref="Body.MembersKnownThrough"/>.</exception>
    public ImmutableArray<MemberState> MembersOn(DateOnly date) =>
        KnowsMembersOn(date) ? Members(date, withRights: false) : throw new MembershipUnknownException(this, date);

    /// <summary>Whether the state's rights of membership were suspended on that date (A/RES/60/251 para. 8): Libya in 2011, the Russian Federation on 7 April 2022.</summary>
    /// <param name="code">The state.</param>
    /// <param name="date">The date.</param>
    /// <returns>Whether it was suspended.</returns>
    public bool IsSuspendedOn(CountryCode code, DateOnly date) => CharterFacts.HumanRightsSuspendedSince(code.Packed, State.ToDay(date)) != 0;

    /// <inheritdoc/>
    private protected override ImmutableArray<MemberState> Voters(DateOnly date) => Members(date, withRights: true);

    private static ImmutableArray<MemberState> Members(DateOnly date, bool withRights)
    {
        int day = State.ToDay(date);
        ImmutableArray<MemberState>.Builder result = ImmutableArray.CreateBuilder<MemberState>();
        foreach (CouncilSeat term in CharterFacts.Data.HumanRightsTerms)
        {
            if (day >= term.From && day < term.To && (!withRights || CharterFacts.HumanRightsSuspendedSince(term.Packed, day) == 0))
            {
                result.Add(MemberStates.Get(CountryCode.FromPacked(term.Packed)));
            }
        }

        result.Sort((a, b) => a.Code.CompareTo(b.Code));
        return result.ToImmutable();
    }
}
