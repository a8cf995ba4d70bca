using System.Globalization;
using System.Reflection;
using System.Text;

namespace UNModel.Fuzz.Harness;

/// <summary>
/// Writes programs for the differential test: each method is one case, a vote in one of the API's forms (roll call, tally,
/// builder chain, builder kept in a local, values through locals and fields) or one factory call, on real memberships
/// of a random date, and most cases carry one or two mistakes of the kinds the rules name. Everything is written with
/// constants, so the analyzers can read all of it; the runtime decides what is right.
/// </summary>
public sealed class VoteProgramGenerator
{
    private static readonly Dictionary<string, string> PropertyByCode = typeof(MemberStates).GetProperties(BindingFlags.Public | BindingFlags.Static)
        .Where(p => p.PropertyType == typeof(MemberState))
        .ToDictionary(p => ((MemberState)p.GetValue(null)!).Code.Value, p => p.Name, StringComparer.Ordinal);

    private static readonly string[] Permanent = ["USA", "RUS", "CHN", "FRA", "GBR"];

    private readonly Random random;
    private readonly List<string> members = [];
    private int counter;

    public VoteProgramGenerator(Random random) => this.random = random;

    /// <summary>The kinds of case, one method each.</summary>
    private enum Kind
    {
        CouncilRollCall,
        CouncilBuilder,
        CouncilBuilderLocal,
        CouncilTally,
        AssemblyRollCall,
        AssemblyTally,
        OtherBodyRollCall,
        Factory,
        Meeting,
    }

    /// <summary>A program: a static class of several case methods.</summary>
    public string Program(int number)
    {
        var sb = new StringBuilder(Corpus.Usings);
        sb.Append("public static class Differential").Append(number.ToString(CultureInfo.InvariantCulture)).Append("\n{\n");

        // A helper of one expression, read at its calls (one level deep).
        members.Clear();
        members.Add("    private static Ballot VetoBy(State state) => Ballot.Veto(state);");
        int cases = 3 + random.Next(5);
        for (int i = 0; i < cases; i++)
        {
            sb.Append("    public static object? Case").Append(i.ToString(CultureInfo.InvariantCulture)).Append("()\n    {\n");
            sb.Append(Case((Kind)random.Next(Enum.GetValues<Kind>().Length)));
            sb.Append("    }\n\n");
        }

        foreach (string member in members)
        {
            sb.Append(member).Append("\n\n");
        }

        return sb.Append("}\n").ToString();
    }

    private static string State(string code) => "MemberStates." + PropertyByCode[code];

    private static string Day(DateOnly d) => "new DateOnly(" + d.Year.ToString(CultureInfo.InvariantCulture) + ", " + d.Month.ToString(CultureInfo.InvariantCulture) + ", " + d.Day.ToString(CultureInfo.InvariantCulture) + ")";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    private string Case(Kind kind) => kind switch
    {
        Kind.CouncilRollCall => CouncilVote(Form.RollCall),
        Kind.CouncilBuilder => CouncilVote(Form.Builder),
        Kind.CouncilBuilderLocal => CouncilVote(Form.BuilderLocal),
        Kind.CouncilTally => CouncilTally(),
        Kind.AssemblyRollCall => AssemblyVote(),
        Kind.AssemblyTally => AssemblyTally(),
        Kind.OtherBodyRollCall => OtherBodyVote(),
        Kind.Factory => Factory(),
        _ => MeetingCase(),
    };

    private bool Chance(int percent) => random.Next(100) < percent;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private DateOnly RandomDate(int fromYear, int toYear) => new(fromYear + random.Next(toYear - fromYear + 1), 1 + random.Next(12), 1 + random.Next(28));

    private string Symbol(string organ, DateOnly date) => organ == "S"
        ? "S/" + N(date.Year) + "/" + N(1 + random.Next(900))
        : date.Year >= 1976 ? "A/" + N(date.Year - 1945) + "/L." + N(1 + random.Next(80)) : "A/L." + N(1 + random.Next(700));

    /// <summary>A literal symbol, well formed or (sometimes) not.</summary>
    private string SymbolLiteral(string organ, DateOnly date) => Chance(6) ? Pick(new[] { "s/2025/112", "S//112", "A/RES/ES-11/7/", "X/1" }) : Symbol(organ, date);

    private enum Form
    {
        RollCall,
        Builder,
        BuilderLocal,
    }

    private string CouncilVote(Form form)
    {
        // Real members of the Council on a random date; now and then a date before it met.
        DateOnly date = Chance(4) ? new DateOnly(1945, 12, 1 + random.Next(28)) : RandomDate(1946, 2026);
        bool exists = date >= Body.SecurityCouncil.FirstMeeting;
        List<string> members = exists ? [.. Body.SecurityCouncil.VotersOn(date).Select(m => m.Code.Value)] : ["USA", "FRA", "GBR", "CHN", "AUS"];
        var permanent = members.Where(c => exists && Body.SecurityCouncil.IsPermanentMember(CountryCode.From(c), date)).ToList();
        var ballots = new List<(string Code, string Choice)>();
        foreach (string code in members)
        {
            if (Chance(8))
            {
                continue; // absent
            }

            string choice = Pick(new[] { "Yes", "Yes", "Yes", "No", "Abstain" });
            if (choice == "No" && permanent.Contains(code) && Chance(50))
            {
                choice = "Veto";
            }

            ballots.Add((code, choice));
        }

        string question = Chance(75) ? "Substantive" : Chance(70) ? "Procedural" : "CourtElection"; // no veto in the election of the Court
        string basis = "CharterBasis.None";
        string parties = string.Empty;

        // Mistakes, each with its own chance.
        if (Chance(12) && ballots.Count > 0)
        {
            string elected = members.Where(c => !permanent.Contains(c)).DefaultIfEmpty("DNK").First();
            ballots.Add((elected, "Veto")); // UNM0001 (or UNM0003 when it voted already)
        }

        if (Chance(12))
        {
            string outsider = Pick(PropertyByCode.Keys.Where(c => !members.Contains(c)).ToList());
            ballots.Add((outsider, Pick(new[] { "Yes", "No" }))); // UNM0002, or UNM0008 when not a Member that day
        }

        if (Chance(8) && ballots.Count > 0)
        {
            ballots.Add((ballots[0].Code, "Abstain")); // UNM0003
        }

        if (Chance(8))
        {
            question = Pick(new[] { "SimpleMajority", "TwoThirds" }); // UNM0012
        }

        if (Chance(10) && permanent.Count > 0)
        {
            question = "Procedural";
            ballots.Add((permanent[0], "Veto")); // UNM0007 (or UNM0003)
        }

        if (Chance(10) && ballots.Count > 1)
        {
            basis = "CharterBasis.ChapterVI";
            parties = ballots[random.Next(ballots.Count)].Code; // UNM0013 when it voted yes or no
        }

        string declared = Chance(35) ? Pick(new[] { "DeclaredOutcome.Adopted", "DeclaredOutcome.Rejected", permanent.Count > 0 ? "DeclaredOutcome.Vetoed(" + State(Pick(permanent)) + ")" : "DeclaredOutcome.Rejected" }) : string.Empty;
        string proposal = "Proposal.Draft(\"" + SymbolLiteral("S", date) + "\")" + (basis == "CharterBasis.None" ? string.Empty : ".WithBasis(" + basis + ").WithPartiesToDispute([CountryCode.From(\"" + parties + "\")])");
        return form switch
        {
            Form.RollCall => RollCall("Body.SecurityCouncil", date, question, proposal, ballots, declared),
            Form.Builder => Builder("Body.SecurityCouncil", date, question, proposal, ballots, declared, local: false),
            _ => Builder("Body.SecurityCouncil", date, question, proposal, ballots, declared, local: true),
        };
    }

    private string RollCall(string body, DateOnly date, string question, string proposal, List<(string Code, string Choice)> ballots, string declared, string arrears = "")
    {
        var sb = new StringBuilder();
        string dateExpression = Day(date);
        switch (random.Next(10))
        {
            case < 4:
                sb.Append("        var day").Append(N(++counter)).Append(" = ").Append(dateExpression).Append(";\n");
                dateExpression = "day" + N(counter);
                break;
            case 4:
                // An expression-bodied property.
                members.Add("    private static DateOnly Day" + N(++counter) + " => " + dateExpression + ";");
                dateExpression = "Day" + N(counter);
                break;
            case 5:
                // A helper of one expression with knowable arguments.
                members.Add("    private static DateOnly On" + N(++counter) + "(int year, int month, int day) => new DateOnly(year, month, day);");
                dateExpression = "On" + N(counter) + "(" + N(date.Year) + ", " + N(date.Month) + ", " + N(date.Day) + ")";
                break;
        }

        var written = ballots.Select(b => b.Choice == "Veto" && Chance(30) ? "VetoBy(" + State(b.Code) + ")" : "Ballot." + b.Choice + "(" + State(b.Code) + ")").ToList();
        string list;
        switch (random.Next(10))
        {
            case 6 or 7:
                // A list filled in the block: Add and AddRange statements.
                string name = "ballots" + N(++counter);
                sb.Append("        var ").Append(name).Append(" = new List<Ballot>();\n");
                for (int i = 0; i < written.Count; i++)
                {
                    if (i + 1 < written.Count && Chance(25))
                    {
                        sb.Append("        ").Append(name).Append(".AddRange([").Append(written[i]).Append(", ").Append(written[i + 1]).Append("]);\n");
                        i++;
                    }
                    else
                    {
                        sb.Append("        ").Append(name).Append(".Add(").Append(written[i]).Append(");\n");
                    }
                }

                list = name;
                break;
            case 8 or 9:
                // A spread of a local array.
                string first = "first" + N(++counter);
                int split = random.Next(written.Count + 1);
                sb.Append("        Ballot[] ").Append(first).Append(" = [").Append(string.Join(", ", written.Take(split))).Append("];\n");
                list = "[.. " + first + (split < written.Count ? ", " + string.Join(", ", written.Skip(split)) : string.Empty) + "]";
                break;
            default:
                list = "[" + string.Join(", ", written) + "]";
                break;
        }

        sb.Append("        return Vote.RollCall(").Append(body).Append(", ").Append(dateExpression).Append(", QuestionKind.").Append(question).Append(", ")
            .Append(proposal).Append(", ").Append(list);
        if (declared.Length > 0)
        {
            sb.Append(", ").Append(declared);
        }

        if (arrears.Length > 0)
        {
            sb.Append(declared.Length > 0 ? string.Empty : ", null").Append(", [").Append(arrears).Append(']');
        }

        return sb.Append(");\n").ToString();
    }

    private string Builder(string body, DateOnly date, string question, string proposal, List<(string Code, string Choice)> ballots, string declared, bool local, string arrears = "")
    {
        var sb = new StringBuilder();
        var calls = new List<string> { "." + question + "()", ".On(" + proposal + ")" };
        foreach (IGrouping<string, (string Code, string Choice)> group in ballots.GroupBy(b => b.Choice))
        {
            if (group.Key == "Veto")
            {
                calls.AddRange(group.Select(b => ".Veto(" + State(b.Code) + ")"));
            }
            else
            {
                calls.Add("." + group.Key + "(" + string.Join(", ", group.Select(b => State(b.Code))) + ")");
            }
        }

        if (arrears.Length > 0)
        {
            calls.Add(".InArrears(" + arrears + ")");
        }

        if (declared.Length > 0)
        {
            calls.Add(".Declared(" + declared + ")");
        }

        if (!local)
        {
            return sb.Append("        return VoteBuilder.In(").Append(body).Append(", ").Append(Day(date)).Append(')').Append(string.Concat(calls)).Append(".Build();\n").ToString();
        }

        // A builder kept in a local: the frame and the proposal in the initializer, the rest statement by statement.
        string name = "builder" + N(++counter);
        sb.Append("        var ").Append(name).Append(" = VoteBuilder.In(").Append(body).Append(", ").Append(Day(date)).Append(')').Append(calls[0]).Append(calls[1]).Append(";\n");
        foreach (string call in calls.Skip(2))
        {
            sb.Append("        ").Append(name).Append(call).Append(";\n");
        }

        return sb.Append("        return ").Append(name).Append(".Build();\n").ToString();
    }

    private string CouncilTally()
    {
        DateOnly date = RandomDate(1946, 2026);
        int seats = Body.SecurityCouncil.SeatsOn(date);
        int yes = random.Next(seats + 1);
        int no = random.Next(seats - yes + 1);
        int abstain = random.Next(seats - yes - no + 1);
        var permanent = Body.SecurityCouncil.PermanentMembersOn(date).Select(m => m.Code.Value).ToList();
        var permanentNo = permanent.OrderBy(_ => random.Next()).Take(Math.Min(no, random.Next(3))).ToList();
        if (Chance(10))
        {
            abstain += seats; // UNM0004: more than the Council
        }

        if (Chance(10))
        {
            permanentNo.Add(Pick(Body.SecurityCouncil.ElectedMembersOn(date).Select(m => m.Code.Value).ToList())); // UNM0001
        }

        if (Chance(8) && permanentNo.Count > 0)
        {
            permanentNo.Add(permanentNo[0]); // UNM0003
        }

        if (Chance(8))
        {
            permanentNo.AddRange(permanent.Take(no + 1)); // UNM0004: more permanent "no" than votes against
            permanentNo = [.. permanentNo.Distinct()];
        }

        bool givePermanentNo = !Chance(12); // UNM0016 when the draft had the votes
        string question = Chance(80) ? "Substantive" : Chance(60) ? "Procedural" : "CourtElection";
        string declared = Chance(40) ? Pick(new[] { "DeclaredOutcome.Adopted", "DeclaredOutcome.Rejected" }) : "null";
        string codes = string.Join(", ", permanentNo.Select(c => "CountryCode.From(\"" + c + "\")"));
        return "        return Vote.FromTally(Body.SecurityCouncil, " + Day(date) + ", QuestionKind." + question + ", Proposal.Draft(\"" + Symbol("S", date) + "\"), Tally.From("
            + N(yes) + ", " + N(no) + ", " + N(abstain) + "), " + (givePermanentNo ? "[" + codes + "]" : "null") + ", " + declared + ");\n";
    }

    private string AssemblyVote()
    {
        DateOnly date = RandomDate(1946, 2026);
        List<string> members = [.. MemberStates.MembersOn(date).Select(m => m.Code.Value).Where(c => PropertyByCode.ContainsKey(c))];
        var ballots = members.Where(_ => Chance(70)).Take(40 + random.Next(60)).Select(c => (c, Pick(new[] { "Yes", "Yes", "No", "Abstain", "Absent" }))).ToList();
        if (Chance(10))
        {
            ballots.Add((Pick(PropertyByCode.Keys.ToList()), "Yes")); // UNM0008 when not a Member that day, UNM0003 when it voted
        }

        if (Chance(8) && ballots.Count > 0)
        {
            ballots.Add((ballots[^1].Item1, "Yes")); // UNM0003
        }

        if (Chance(8) && ballots.Count > 0)
        {
            ballots.Add((Pick(Permanent.Where(members.Contains).DefaultIfEmpty(members[0]).ToList()), "Veto")); // UNM0001: no veto in the Assembly
        }

        string arrears = Chance(15) && ballots.Count > 0 ? "CountryCode.From(\"" + Pick(ballots).Item1 + "\")" : string.Empty; // UNM0014 unless it was absent
        string question = Chance(55) ? "SimpleMajority" : Chance(95)
            ? Pick(new[] { "TwoThirds", "SecurityCouncilElection", "HumanRightsCouncilElection", "HumanRightsCouncilSuspension", "CourtElection", "CharterAmendment" })
            : "Substantive"; // UNM0012 now and then
        string proposal = "Proposal.Draft(\"" + SymbolLiteral("A", date) + "\")";
        if (Chance(15))
        {
            proposal += ".WithDeclaredEffect(LegalEffectKind." + Pick(new[] { "BindingOnMembers", "Recommendation", "BindingWithinOrganization" }) + ")"; // UNM0006
            if (Chance(50))
            {
                proposal += ".WithBasis(CharterBasis." + Pick(new[] { "Article17Budget", "None", "Election" }) + ")";
            }
        }

        string declared = Chance(35) ? Pick(new[] { "DeclaredOutcome.Adopted", "DeclaredOutcome.Rejected" }) : string.Empty;
        return Chance(50)
            ? RollCall("Body.GeneralAssembly", date, question, proposal, ballots, declared, arrears)
            : Builder("Body.GeneralAssembly", date, question, proposal, ballots, declared, local: Chance(30), arrears.Replace("CountryCode.From(\"", "MemberStates.Get(CountryCode.From(\"", StringComparison.Ordinal).Replace("\")", "\"))", StringComparison.Ordinal));
    }

    private string AssemblyTally()
    {
        DateOnly date = RandomDate(1946, 2026);
        int members = MemberStates.MembersOn(date).Length;
        int yes = random.Next(members + 1);
        int no = random.Next(members - yes + 1);
        int abstain = random.Next(members - yes - no + 1) + (Chance(8) ? members : 0); // UNM0004 now and then
        string noText = Chance(10) ? "null" : N(no); // UNM0016
        string permanentNo = Chance(8) ? "[CountryCode.From(\"USA\")]" : "null"; // UNM0007: no permanent members outside the Council
        string declared = Chance(40) ? Pick(new[] { "DeclaredOutcome.Adopted", "DeclaredOutcome.Rejected" }) : "null";
        return "        return Vote.FromTally(Body.GeneralAssembly, " + Day(date) + ", QuestionKind." + (Chance(60) ? "SimpleMajority" : "TwoThirds") + ", Proposal.Draft(\"" + Symbol("A", date)
            + "\"), Tally.Partial(" + N(yes) + ", " + noText + ", " + N(abstain) + "), " + permanentNo + ", " + declared + ");\n";
    }

    private string OtherBodyVote()
    {
        bool hrc = Chance(50);
        DateOnly date = hrc ? (Chance(10) ? new DateOnly(2006, 5, 1) : RandomDate(2007, 2026)) : RandomDate(1946, 2026);
        // The Human Rights Council's own members most of the time (its roster is known to 2026), any Members otherwise (UNM0002).
        IEnumerable<MemberState> pool = hrc && Chance(70) && Body.HumanRightsCouncil.TryGetVotersOn(date, out var voters) ? voters : MemberStates.MembersOn(date);
        List<string> members = [.. pool.Select(m => m.Code.Value).Where(c => PropertyByCode.ContainsKey(c)).OrderBy(_ => random.Next()).Take(hrc ? 40 : 50)];
        var ballots = members.Select(c => (c, Pick(new[] { "Yes", "No", "Abstain" }))).ToList();
        if (Chance(12))
        {
            ballots.Add((Pick(PropertyByCode.Keys.ToList()), "Yes"));
        }

        return RollCall(hrc ? "Body.HumanRightsCouncil" : "Body.EconomicAndSocialCouncil", date, Chance(85) ? "SimpleMajority" : "Procedural", "Proposal.Draft(\"A/HRC/55/L." + N(1 + random.Next(40)) + "\")", ballots, Chance(30) ? "DeclaredOutcome.Adopted" : string.Empty);
    }

    private string Factory() => random.Next(8) switch
    {
        0 => "        return CountryCode.From(\"" + Pick(new[] { "USA", "SUN", "ZAN", "ATA", "XYZ", "BUR", "ZAR", "usa", "US" }) + "\");\n",
        1 => "        return DocumentSymbol.From(\"" + Pick(new[] { "S/RES/2774 (2025)", "A/RES/ES-11/7", "s/res/2774(2025)", "S/RES/2774(2025)", "A/ES-11/L.10", "S//112" }) + "\");\n",
        2 => "        return Tally.From(" + N(random.Next(3) == 0 ? -1 : random.Next(200)) + ", " + N(random.Next(3) == 0 ? 1001 : random.Next(200)) + ", 0);\n",
        3 => "        return Ballot.Veto(" + State(Pick(new[] { "USA", "SVN", "SUN", "DNK", "RUS" })) + ");\n",
        4 => "        return MemberStates.Get(CountryCode.From(\"" + Pick(new[] { "USA", "ATA", "VAT", "SUN", "PRI" }) + "\"));\n",
        5 => "        return DeclaredOutcome.Vetoed(" + State(Pick(new[] { "RUS", "SVN", "CHN", "DEU" })) + ");\n",
        6 => "        return Ballot.Yes(ObserverStates." + Pick(new[] { "HolySee", "StateOfPalestine" }) + ");\n",
        _ => "        return Ballot.Of(CountryCode.From(\"" + Pick(new[] { "USA", "ATA", "VAT", "PSE", "DEU" }) + "\"), BallotChoice.Yes);\n",
    };

    private string MeetingCase()
    {
        DateOnly date = new(2025, 2, 24);
        DateOnly other = Chance(15) ? new DateOnly(2025, 2, 25) : date; // UNM0016: a vote of another day
        string draft = "S/2025/112";
        string amendment = "VoteBuilder.In(Body.SecurityCouncil, " + Day(date) + ").Procedural().On(Proposal.Amendment(null, DocumentSymbol.From(\"" + draft + "\"))).Yes(" + State("USA") + ").Build()";
        string main = "VoteBuilder.In(Body.SecurityCouncil, " + Day(other) + ").Procedural().On(Proposal.Draft(\"" + draft + "\")).Yes(" + State("USA") + ").Build()";
        string votes = Chance(30) ? main + ", " + amendment : amendment + ", " + main; // UNM0011: the amendment after its draft
        return "        return Meeting.Create(Body.SecurityCouncil, " + Day(date) + ", null, [" + votes + "]);\n";
    }
}
