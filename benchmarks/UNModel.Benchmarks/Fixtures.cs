using System;
using System.Collections.Generic;
using System.Text;

namespace UNModel.Benchmarks;

/// <summary>The real votes the benchmarks decide and read, built once in each benchmark's global setup.</summary>
internal static class Fixtures
{
    /// <summary>24 February 2025, the day of S/2025/112 and A/ES-11/L.10.</summary>
    public static readonly DateOnly Day = new(2025, 2, 24);

    /// <summary>S/2025/112, adopted 10-0-5 as resolution 2774 (2025): the yes votes.</summary>
    public const string CouncilYes = "CHN DZA GUY KOR PAK PAN RUS SLE SOM USA";

    /// <summary>S/2025/112: the abstentions.</summary>
    public const string CouncilAbstain = "DNK FRA GBR GRC SVN";

    /// <summary>A/ES-11/L.10, adopted 93-18-65 as A/RES/ES-11/7: the yes votes (Digital Library record 4076672).</summary>
    public const string AssemblyYes = "ALB AND ATG AUS AUT BEL BGR BHS BIH BLZ BRB BTN CAN CHE CHL CIV COM CPV CYP CZE DEU DJI DNK EGY ESP EST FIN FJI FRA GBR GMB GRC GTM GUY HRV IDN IRL ISL ITA JAM JOR JPN KHM KNA KOR LBR LCA LIE LTU LUX LVA MCO MDA MDV MEX MLT MMR MNE MUS MYS NGA NLD NOR NPL NRU NZL PER PHL PNG POL PRT ROU SGP SLB SLE SMR SOM SRB SUR SVK SVN SWE SYC THA TLS TON TTO TUN TUR UKR URY VUT WSM";

    /// <summary>A/ES-11/L.10: the no votes.</summary>
    public const string AssemblyNo = "BDI BFA BLR CAF ERI GNQ HTI HUN ISR MHL MLI NER NIC PLW PRK RUS SDN USA";

    /// <summary>A/ES-11/L.10: the abstentions.</summary>
    public const string AssemblyAbstain = "AGO ARE ARG ARM BGD BHR BRA BRN BWA CHN COL CRI CUB DOM DZA ETH FSM GAB GHA GIN GRD HND IND IRN IRQ KAZ KEN KGZ KIR KWT LAO LBN LBY LKA LSO MKD MNG MOZ MRT MWI NAM OMN PAK PAN PRY QAT RWA SAU SEN SLV STP SYR TCD TGO TJK TUV TZA UGA UZB VCT VNM YEM ZAF ZMB ZWE";

    /// <summary>The Security Council roll call on S/2025/112: 15 ballots, 10 yes and 5 abstentions.</summary>
    public static Vote CouncilRollCall() => Vote.RollCall(
        Body.SecurityCouncil,
        Day,
        QuestionKind.Substantive,
        Proposal.Draft(DocumentSymbol.From("S/2025/112")),
        Ballots((CouncilYes, BallotChoice.Yes), (CouncilAbstain, BallotChoice.Abstain)),
        DeclaredOutcome.Adopted);

    /// <summary>
    /// The General Assembly roll call on A/ES-11/L.10 with all 193 Members: the 176 recorded ballots plus an explicit
    /// "Absent" ballot for each of the 17 Members that did not vote, so the engine walks 193 ballots.
    /// </summary>
    public static Vote AssemblyRollCall()
    {
        List<Ballot> ballots = Ballots((AssemblyYes, BallotChoice.Yes), (AssemblyNo, BallotChoice.No), (AssemblyAbstain, BallotChoice.Abstain));
        var voted = new HashSet<CountryCode>();
        foreach (Ballot b in ballots)
        {
            voted.Add(b.State);
        }

        foreach (MemberState m in MemberStates.MembersOn(Day))
        {
            if (!voted.Contains(m.Code))
            {
                ballots.Add(Ballot.Absent(m));
            }
        }

        if (ballots.Count != 193)
        {
            throw new InvalidOperationException("Expected 193 ballots, built " + ballots.Count + ".");
        }

        return Vote.RollCall(Body.GeneralAssembly, Day, QuestionKind.SimpleMajority, Proposal.Draft(DocumentSymbol.From("A/ES-11/L.10")), ballots, DeclaredOutcome.Adopted);
    }

    /// <summary>A/ES-11/L.10 known only by its tally, 93-18-65.</summary>
    public static Vote AssemblyTally() =>
        Vote.FromTally(Body.GeneralAssembly, Day, QuestionKind.SimpleMajority, Proposal.Draft(DocumentSymbol.From("A/ES-11/L.10")), Tally.From(93, 18, 65), declared: DeclaredOutcome.Adopted);

    /// <summary>The third European amendment to S/2025/112, 11 in favour and vetoed by the Russian Federation: a Council tally with a permanent member's "no".</summary>
    public static Vote CouncilTallyVetoed() =>
        Vote.FromTally(Body.SecurityCouncil, Day, QuestionKind.Substantive, Proposal.Amendment(null, DocumentSymbol.From("S/2025/112")), Tally.Partial(yes: 11), permanentNo: [CountryCode.From("RUS")]);

    /// <summary>The vote as a JSON vote record (docs/vote-record-format.md), UTF-8.</summary>
    /// <param name="vote">A roll call.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] ToJson(Vote vote)
    {
        var json = new StringBuilder();
        json.Append("{\n  \"body\": \"").Append(vote.Body.Kind).Append("\",\n  \"date\": \"").Append(vote.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .Append("\",\n  \"question\": \"").Append(vote.Question).Append("\",\n  \"document\": \"").Append(vote.Proposal.Symbol!.Value.Value).Append("\",\n  \"ballots\": {");
        bool first = true;
        foreach (Ballot b in vote.Ballots)
        {
            json.Append(first ? "\n    \"" : ",\n    \"").Append(b.State.Value).Append("\": \"").Append(b.Choice).Append('"');
            first = false;
        }

        json.Append("\n  },\n  \"declared\": { \"outcome\": \"Adopted\" }\n}\n");
        return Encoding.UTF8.GetBytes(json.ToString());
    }

    /// <summary>Fails the run when <paramref name="action"/> allocates once warm, so a regression is loud even before the table is read.</summary>
    /// <param name="what">What is checked, for the message.</param>
    /// <param name="action">The operation.</param>
    public static void AssertAllocationFree(string what, Action action)
    {
        for (int i = 0; i < 1000; i++)
        {
            action();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            action();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        if (allocated != 0)
        {
            throw new InvalidOperationException(what + " allocated " + allocated + " bytes in 1000 calls; it must allocate nothing.");
        }
    }

    private static List<Ballot> Ballots(params (string Codes, BallotChoice Choice)[] groups)
    {
        var ballots = new List<Ballot>();
        foreach ((string codes, BallotChoice choice) in groups)
        {
            foreach (string code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                ballots.Add(Ballot.Of(CountryCode.From(code), choice));
            }
        }

        return ballots;
    }
}
