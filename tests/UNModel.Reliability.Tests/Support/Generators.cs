using FsCheck;
using FsCheck.Fluent;

namespace UNModel.Reliability.Tests.Support;

/// <summary>FsCheck generators for valid votes and document symbols.</summary>
public static class Generators
{
    /// <summary>The last day the catalogue can vouch for (its last Security Council roster year ends then; 2026 at least).</summary>
    public static readonly DateOnly LastDay = new(Math.Max(2026, Body.SecurityCouncil.LastRecordedYear), 12, 31);

    /// <summary>
    /// A date between the body's first meeting (1946 for all but the Human Rights Council), or <paramref name="from"/> if
    /// later, and <see cref="LastDay"/>.
    /// </summary>
    public static Gen<DateOnly> Dates(BodyKind body, DateOnly? from = null)
    {
        DateOnly first = from is DateOnly f && f > Body.Of(body).FirstMeeting ? f : Body.Of(body).FirstMeeting;
        DateOnly last = Body.Of(body).MembersKnownThrough ?? Body.GeneralAssembly.MembersKnownThrough!.Value;
        int span = last.DayNumber - first.DayNumber;
        return Gen.Choose(0, span).Select(d => first.AddDays(d));
    }

    /// <summary>A valid roll call of any of the four bodies (weighted towards the Security Council and the General Assembly).</summary>
    public static Gen<RollCallCase> RollCalls() =>
        Gen.Frequency(
            (4, RollCalls(BodyKind.SecurityCouncil)),
            (3, RollCalls(BodyKind.GeneralAssembly)),
            (1, RollCalls(BodyKind.EconomicAndSocialCouncil)),
            (1, RollCalls(BodyKind.HumanRightsCouncil)));

    /// <summary>
    /// A valid roll call of one body, dated <paramref name="since"/> or later when given: every voter is drawn from the
    /// body's real membership on the date.
    /// </summary>
    public static Gen<RollCallCase> RollCalls(BodyKind body, DateOnly? since = null) =>
        from date in Dates(body, since)
        from question in Gen.Elements(body == BodyKind.SecurityCouncil ? [QuestionKind.Substantive, QuestionKind.Procedural] : new[] { QuestionKind.SimpleMajority, QuestionKind.TwoThirds })
        from voters in Voters(body, date)
        from weights in Gen.ArrayOf(Gen.Choose(0, 10), 5)
        from choices in Gen.ArrayOf(Choice(weights), voters.Length)
        from vetoes in Gen.ArrayOf(Gen.Elements(true, false), voters.Length)
        select Build(body, date, question, voters, choices, vetoes);

    /// <summary>A roll call paired with a seed for shuffling it.</summary>
    public static Gen<(RollCallCase Case, int Seed)> RollCallsWithSeed() =>
        from c in RollCalls()
        from seed in Gen.Choose(0, int.MaxValue)
        select (c, seed);

    /// <summary>A valid UN document symbol in canonical form, drawn from the grammar in DocumentSymbolGrammar.cs.</summary>
    /// <param name="huge">Draw every number from the largest the grammar accepts (up to nine digits), to probe buffer sizes.</param>
    public static Gen<string> DocumentSymbols(bool huge = false)
    {
        Gen<int> nine = Gen.Choose(100_000_000, 999_999_999);
        Gen<int> small = huge ? nine : Gen.Frequency((6, Gen.Choose(1, 200)), (3, Gen.Choose(1, 99999)), (1, Gen.Choose(1, 999_999_999)));
        Gen<int> session = huge ? nine : Gen.Frequency((6, Gen.Choose(1, 80)), (1, Gen.Choose(1, 999_999_999)));
        Gen<int> year = Gen.Choose(1945, 2999);
        Gen<int> roman = Gen.Choose(1, 30);
        Gen<string> regularOrSpecial = Gen.OneOf(
            session.Select(s => S(s)),
            session.Select(s => "S-" + S(s)));
        Gen<string> gaSession = Gen.OneOf(regularOrSpecial, session.Select(s => "ES-" + S(s)));

        Gen<string> ga = Gen.OneOf(
            from s in gaSession from n in small select "A/RES/" + s + "/" + S(n),
            from n in small from r in roman select "A/RES/" + S(n) + " (" + Roman(r) + ")",
            from n in small from letter in Gen.Elements('A', 'B', 'K') from r in roman select "A/RES/" + S(n) + letter + " (" + Roman(r) + ")",
            from n in small from kind in Gen.Elements("S-", "ES-") from r in Gen.Choose(1, 9) select "A/RES/" + S(n) + " (" + kind + Roman(r) + ")",
            small.Select(n => "A/" + S(n)),
            from s in gaSession from n in small select "A/" + s + "/L." + S(n),
            from s in gaSession from n in small select "A/" + s + "/PV." + S(n),
            from s in gaSession from n in small select "A/" + s + "/" + S(n),
            small.Select(n => "A/L." + S(n)),
            small.Select(n => "A/PV." + S(n)));
        Gen<string> hrc = Gen.OneOf(
            from s in regularOrSpecial from n in small select "A/HRC/RES/" + s + "/" + S(n),
            from s in regularOrSpecial from n in small select "A/HRC/" + s + "/L." + S(n),
            from s in regularOrSpecial from n in small select "A/HRC/" + s + "/PV." + S(n),
            from s in regularOrSpecial from n in small select "A/HRC/" + s + "/" + S(n));
        Gen<string> sc = Gen.OneOf(
            from n in small from y in year select "S/RES/" + S(n) + " (" + S(y) + ")",
            small.Select(n => "S/PV." + S(n)),
            from y in year from n in small select "S/" + S(y) + "/" + S(n),
            small.Select(n => "S/" + S(n)));
        Gen<string> ecosoc = Gen.OneOf(
            from y in year from n in small select "E/RES/" + S(y) + "/" + S(n),
            from y in year from n in small select "E/" + S(y) + "/L." + S(n),
            from y in year from n in small select "E/" + S(y) + "/PV." + S(n),
            from y in year from n in small select "E/" + S(y) + "/" + S(n));
        Gen<string> suffix =
            from rev in Gen.Frequency((huge ? 0 : 3, Gen.Constant(0)), (1, small))
            from add in Gen.Frequency((huge ? 0 : 3, Gen.Constant(0)), (1, small))
            from corr in Gen.Frequency((huge ? 0 : 3, Gen.Constant(0)), (1, small))
            select (rev > 0 ? "/Rev." + S(rev) : string.Empty) + (add > 0 ? "/Add." + S(add) : string.Empty) + (corr > 0 ? "/Corr." + S(corr) : string.Empty);
        Gen<string> trailer =
            from part in Gen.Frequency((huge ? 0 : 6, Gen.Constant(0)), (1, roman))
            from reissued in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
            select (part > 0 ? " (Part " + Roman(part) + ")" : string.Empty) + (reissued ? "*" : string.Empty);

        // The other series (OtherSymbolGrammar.cs): committees, commissions, statements, the Secretariat, treaty bodies.
        Gen<string> other = Gen.OneOf(
            from c in Gen.Choose(1, 6) from s in session from n in small select "A/C." + S(c) + "/" + S(s) + "/L." + S(n),
            from c in small from n in small select "A/CN." + S(c) + "/" + S(n),
            from c in small from w in roman from n in small select "A/CN." + S(c) + "/WG." + Roman(w) + "/WP." + S(n),
            from c in small from n in small select "A/CONF." + S(c) + "/" + S(n),
            from y in year from n in small select "S/PRST/" + S(y) + "/" + S(n),
            from n in small select "S/INF/" + S(n),
            from y in year from n in small select "ST/SGB/" + S(y) + "/" + S(n),
            from body in Gen.Elements("CEDAW", "CRC", "CCPR") from n in small select body + "/C/GC/" + S(n),
            from y in year from n in small select "E/CN.7/" + S(y) + "/L." + S(n));
        return from stem in Gen.OneOf(ga, hrc, sc, ecosoc, other) from sfx in suffix from end in trailer select stem + sfx + end;
    }

    private static string S(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Roman(int n)
    {
        var sb = new System.Text.StringBuilder();
        for (; n >= 10; n -= 10)
        {
            sb.Append('X');
        }

        string[] units = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        return sb.Append(units[n]).ToString();
    }

    private static Gen<MemberState[]> Voters(BodyKind body, DateOnly date)
    {
        if (Body.Of(body).TryGetVotersOn(date, out var known))
        {
            return Gen.Constant(known.ToArray());
        }

        MemberState[] all = [.. MemberStates.MembersOn(date)];

        // ECOSOC and the Human Rights Council: no roster is shipped, so any Member may sit, up to the body's seats.
        int seats = Body.Of(body).SeatsOn(date);
        return from shuffled in Gen.Shuffle(all) from n in Gen.Choose(0, Math.Min(seats, shuffled.Length)) select shuffled.Take(n).ToArray();
    }

    /// <summary>Yes / No / Abstain / Absent / not listed, with per-vote weights so counts spread over the whole range.</summary>
    private static Gen<BallotChoice?> Choice(int[] weights) =>
        Gen.Frequency(
            (weights[0] + 1, Gen.Constant<BallotChoice?>(BallotChoice.Yes)),
            (weights[1], Gen.Constant<BallotChoice?>(BallotChoice.No)),
            (weights[2], Gen.Constant<BallotChoice?>(BallotChoice.Abstain)),
            (weights[3], Gen.Constant<BallotChoice?>(BallotChoice.Absent)),
            (weights[4], Gen.Constant<BallotChoice?>(null)));

    private static RollCallCase Build(BodyKind body, DateOnly date, QuestionKind question, MemberState[] voters, BallotChoice?[] choices, bool[] vetoes)
    {
        var permanent = body == BodyKind.SecurityCouncil ? Body.SecurityCouncil.PermanentMembersOn(date).Select(m => m.Code).ToHashSet() : [];
        var ballots = new List<GeneratedBallot>();
        for (int i = 0; i < voters.Length; i++)
        {
            if (choices[i] is not BallotChoice choice)
            {
                continue; // not listed: counts as absent
            }

            bool asVeto = choice == BallotChoice.No && question == QuestionKind.Substantive && permanent.Contains(voters[i].Code) && vetoes[i];
            ballots.Add(new GeneratedBallot(voters[i], choice, asVeto));
        }

        return new RollCallCase(body, date, question, [.. ballots]);
    }
}
