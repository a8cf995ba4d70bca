using System.Globalization;
using System.Reflection;
using System.Text;

namespace UNModel.Fuzz.Harness;

/// <summary>
/// Writes random but realistic UNModel code: builder chains, roll calls, tallies, meetings with amendments, document
/// symbols and country codes (valid and not), declared outcomes, values through locals and constants, default value
/// objects. Most of it is what a user would write; some of it breaks a rule the analyzers check.
/// </summary>
public sealed class CodeGenerator
{
    public static readonly string[] Members = [.. typeof(MemberStates).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(MemberState)).Select(p => p.Name).Order(StringComparer.Ordinal)];

    public static readonly string[] Observers = [.. typeof(ObserverStates).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(ObserverState)).Select(p => p.Name).Order(StringComparer.Ordinal)];

    public static readonly string[] Permanent = ["UnitedStates", "RussianFederation", "China", "France", "UnitedKingdom", "UnionOfSovietSocialistRepublics"];

    public static readonly string[] Symbols =
    [
        "S/2025/112", "S/RES/2774 (2025)", "A/ES-11/L.10", "A/ES-11/L.11", "A/RES/ES-11/7", "A/RES/ES-11/8", "S/PV.9866", "A/RES/2758(XXVI)",
        "A/HRC/58/L.1", "E/2025/L.1", "A/79/L.1/Rev.1", "S/2025/113", "S/2025/114", "A/L.630", "A/PV.1976",
        "s/res/2774(2025)", "S/RES/2774(2025)", "A/RES/ES-11/7/", "S//112", "", " ", "X/1", "A/RES/2758(XXXI)", "S/RES/0 (2025)", "S/RES/1 (1900)",
        "A/ES-11/L.99999999999", "S/2025/112/Rev.1/Rev.2", "A/HRC/RES/S-1/1/Corr.1", "\\u0053/2025/112",
    ];

    private static readonly string[] Bodies = ["Body.SecurityCouncil", "Body.GeneralAssembly", "Body.EconomicAndSocialCouncil", "Body.HumanRightsCouncil"];
    private static readonly string[] Questions = ["QuestionKind.Substantive", "QuestionKind.Procedural", "QuestionKind.SimpleMajority", "QuestionKind.TwoThirds"];
    private static readonly string[] Choices = ["Yes", "No", "Abstain", "Absent", "Veto"];
    private static readonly string[] Bases = ["CharterBasis.None", "CharterBasis.ChapterVI", "CharterBasis.ChapterVII", "CharterBasis.Article52", "CharterBasis.Article17Budget", "CharterBasis.Admission", "CharterBasis.ChapterVI | CharterBasis.ChapterVII"];
    private static readonly string[] Effects = ["LegalEffectKind.BindingOnMembers", "LegalEffectKind.Recommendation", "LegalEffectKind.BindingWithinOrganization", "LegalEffectKind.None"];
    private static readonly string[] Codes = ["USA", "RUS", "CHN", "FRA", "GBR", "SVN", "DNK", "SUN", "VAT", "PSE", "usa", "XYZ", "US", "USAA", "", "BRA", "YUG"];

    private readonly Random random;
    private int locals;

    public CodeGenerator(Random random) => this.random = random;

    /// <summary>A compilation unit: usings, a static class, one to five methods.</summary>
    public string Program()
    {
        var sb = new StringBuilder(Corpus.Usings);
        sb.Append(random.Next(4) == 0 ? "namespace Fuzz.Generated;\n\n" : string.Empty);
        sb.Append("public static class Generated").Append(random.Next(1000)).Append("\n{\n");
        if (random.Next(3) == 0)
        {
            sb.Append("    private const string Draft = \"").Append(Pick(Symbols)).Append("\";\n");
            sb.Append("    private static readonly DateOnly Day = ").Append(Date()).Append(";\n\n");
        }

        int methods = 1 + random.Next(5);
        for (int m = 0; m < methods; m++)
        {
            locals = 0;
            sb.Append("    public static object? M").Append(m).Append("()\n    {\n");
            int statements = 1 + random.Next(5);
            for (int s = 0; s < statements; s++)
            {
                sb.Append("        ").Append(Statement()).Append('\n');
            }

            sb.Append("        return null;\n    }\n\n");
        }

        return sb.Append("}\n").ToString();
    }

    public string Statement() => random.Next(16) switch
    {
        14 => HandMadeVetoCheck(),
        15 => "_ = Charter.Decide(" + Pick(RollCall(), FromTally(), Builder()) + ")." + Pick("IsVetoed", "VetoedBy", "Outcome", "Explanation", "LegalEffect", "Required") + ";",
        0 or 1 or 2 => "_ = " + Builder() + ";",
        3 or 4 => "_ = " + RollCall() + ";",
        5 => "_ = " + FromTally() + ";",
        6 => "_ = " + Meeting() + ";",
        7 => "_ = DocumentSymbol." + Pick("From", "Parse") + "(" + Str(Pick(Symbols)) + (random.Next(2) == 0 ? ", null" : string.Empty) + ")" + ";",
        8 => "_ = CountryCode.From(" + Str(Pick(Codes)) + ");",
        9 => "_ = " + Pick("default(CountryCode).Value", "new DocumentSymbol().Value", "default(Tally).Yes", "new CountryCode()", "default(Ballot).State", "new Tally().No", "default(Decision).Explanation") + ";",
        10 => Locals(),
        11 => "_ = " + Declared() + ";",
        12 => "_ = " + Proposal() + ";",
        _ => "var ballots" + (locals++) + " = new List<Ballot> { " + string.Join(", ", Enumerable.Range(0, random.Next(6)).Select(_ => BallotExpr())) + " };",
    };

    public string Builder()
    {
        var sb = new StringBuilder("VoteBuilder.In(" + Pick(Bodies) + ", " + Date() + ")");
        int steps = random.Next(9);
        for (int i = 0; i < steps; i++)
        {
            sb.Append(random.Next(9) switch
            {
                0 => "." + Pick("Substantive", "Procedural", "SimpleMajority", "TwoThirds") + "()",
                1 => ".On(" + Proposal() + ")",
                2 => ".Question(" + Pick(Questions) + ")",
                3 => ".Veto(" + Member() + ")",
                4 => ".Declared(" + Declared() + ")",
                5 => ".InArrears(" + Member() + ")",
                6 => ".Ballots(new[] { " + BallotExpr() + " })",
                _ => "." + Pick("Yes", "No", "Abstain", "Absent") + "(" + string.Join(", ", Enumerable.Range(0, 1 + random.Next(4)).Select(_ => Member())) + ")",
            });
        }

        return sb.Append(".Build()").ToString();
    }

    public string RollCall()
    {
        string ballots = random.Next(3) == 0
            ? "new[] { " + string.Join(", ", Enumerable.Range(0, random.Next(8)).Select(_ => BallotExpr())) + " }"
            : "[" + string.Join(", ", Enumerable.Range(0, random.Next(8)).Select(_ => BallotExpr())) + "]";
        return "Vote.RollCall(" + Pick(Bodies) + ", " + Date() + ", " + Pick(Questions) + ", " + Proposal() + ", " + ballots
            + (random.Next(3) == 0 ? ", " + Declared() : string.Empty) + ")";
    }

    public string FromTally() =>
        "Vote.FromTally(" + Pick(Bodies) + ", " + Date() + ", " + Pick(Questions) + ", " + Proposal() + ", " + Tally()
        + (random.Next(2) == 0 ? ", [" + string.Join(", ", Enumerable.Range(0, random.Next(4)).Select(_ => CodeExpr())) + "]" : ", null")
        + (random.Next(3) == 0 ? ", " + Declared() : string.Empty) + ")";

    public string Meeting()
    {
        string body = Pick(Bodies);
        string date = Date();
        string draft = Pick(Symbols);
        string amendment = "Vote.RollCall(" + body + ", " + date + ", " + Pick(Questions) + ", Proposal.Amendment(DocumentSymbol.From(" + Str(Pick(Symbols)) + "), DocumentSymbol.From(" + Str(draft) + ")), [" + BallotExpr() + "])";
        string vote = "Vote.RollCall(" + body + ", " + date + ", " + Pick(Questions) + ", Proposal.Draft(" + Str(draft) + "), [" + BallotExpr() + "])";
        string[] order = random.Next(2) == 0 ? [amendment, vote] : [vote, amendment];
        return "UNModel.Meeting.Create(" + body + ", " + date + ", " + (random.Next(2) == 0 ? "null" : "DocumentSymbol.From(\"S/PV.9866\")") + ", [" + string.Join(", ", order) + "])";
    }

    public string Proposal() => random.Next(6) switch
    {
        0 => "Proposal.Motion(\"to adjourn\")",
        1 => "Proposal.Amendment(null, DocumentSymbol.From(" + Str(Pick(Symbols)) + "))",
        2 => "Proposal.Draft(" + Str(Pick(Symbols)) + ").WithBasis(" + Pick(Bases) + ").WithLanguage(OperativeLanguage." + Pick("Decides", "Hortatory") + ")",
        3 => "Proposal.Draft(" + Str(Pick(Symbols)) + ").WithDeclaredEffect(" + Pick(Effects) + ")",
        4 => "Proposal.Draft(" + Str(Pick(Symbols)) + ").WithBasis(CharterBasis.ChapterVI).WithPartiesToDispute([" + CodeExpr() + "])",
        _ => "Proposal.Draft(" + Str(Pick(Symbols)) + ")",
    };

    public string Declared() => random.Next(5) switch
    {
        0 => "DeclaredOutcome.Adopted",
        1 => "DeclaredOutcome.Rejected",
        2 => "DeclaredOutcome.Of(VoteOutcome." + Pick("Adopted", "Rejected") + ")",
        3 => "DeclaredOutcome.Vetoed(" + string.Join(", ", Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Member())) + ")",
        _ => "DeclaredOutcome.Vetoed(new[] { " + CodeExpr() + " })",
    };

    public string Tally() => random.Next(4) switch
    {
        0 => "Tally.Partial(" + Count() + ")",
        1 => "Tally.Partial(" + Count() + ", " + Count() + ")",
        _ => "Tally.From(" + Count() + ", " + Count() + ", " + Count() + ")",
    };

    public string BallotExpr() => random.Next(6) == 0
        ? "Ballot.Of(" + CodeExpr() + ", BallotChoice." + Pick("Yes", "No", "Abstain", "Absent") + ")"
        : "Ballot." + Pick(Choices) + "(" + Member() + ")";

    public string Member() => random.Next(10) switch
    {
        0 => "ObserverStates." + Pick(Observers),
        1 or 2 => "MemberStates." + Pick(Permanent),
        _ => "MemberStates." + Pick(Members),
    };

    public string CodeExpr() => random.Next(3) == 0 ? "CountryCode.From(" + Str(Pick(Codes)) + ")" : Member() + ".Code";

    public string Date() => random.Next(8) switch
    {
        0 => "new DateOnly(" + random.Next(1940, 1966) + ", " + (1 + random.Next(12)) + ", " + (1 + random.Next(28)) + ")",
        1 => "DateOnly.FromDateTime(DateTime.Today)",
        2 => "new DateOnly(2025, 2, 24)",
        3 => "new(" + random.Next(1946, 2027) + ", " + (1 + random.Next(12)) + ", " + (1 + random.Next(28)) + ")",
        4 => "DateOnly.Parse(\"1971-10-25\")",
        _ => "new DateOnly(" + random.Next(1946, 2027) + ", " + (1 + random.Next(12)) + ", " + (1 + random.Next(28)) + ")",
    };

    /// <summary>User code that re-implements the veto, sometimes wrongly counting abstentions or absences (UNM0018).</summary>
    public string HandMadeVetoCheck()
    {
        int n = locals++;
        string choice = Pick("BallotChoice.Abstain", "BallotChoice.Absent", "BallotChoice.No", "BallotChoice.Yes");
        string test = random.Next(3) switch
        {
            0 => "Body.SecurityCouncil.IsPermanentMember(b.State, day" + n + ") && (b.Choice == BallotChoice.No || b.Choice == " + choice + ")",
            1 => "Body.SecurityCouncil.PermanentMembersOn(day" + n + ").Any(m => m.Code == b.State) && b.Choice is BallotChoice.No or " + choice,
            _ => "!(b.Choice != BallotChoice.No && b.Choice != " + choice + ") && Body.SecurityCouncil.IsPermanentMember(b.State, day" + n + ")",
        };
        return "var day" + n + " = " + Date() + "; foreach (Ballot b in " + RollCall() + ".Ballots) { if (" + test + ") { _ = b; break; } }";
    }

    private string Locals()
    {
        int n = locals++;
        return random.Next(4) switch
        {
            0 => "var date" + n + " = " + Date() + "; _ = VoteBuilder.In(Body.SecurityCouncil, date" + n + ").On(Proposal.Draft(\"S/2025/112\")).Yes(" + Member() + ").Build();",
            1 => "State s" + n + " = " + Member() + "; _ = Ballot.Veto(s" + n + ");",
            2 => "const string symbol" + n + " = " + Str(Pick(Symbols)) + "; _ = DocumentSymbol.From(symbol" + n + ");",
            _ => "Body body" + n + " = " + Pick(Bodies) + "; _ = Vote.RollCall(body" + n + ", " + Date() + ", " + Pick(Questions) + ", " + Proposal() + ", [" + BallotExpr() + ", " + BallotExpr() + "]);",
        };
    }

    private string Count() => random.Next(10) switch
    {
        0 => "-1",
        1 => "1000",
        2 => random.Next(200).ToString(CultureInfo.InvariantCulture),
        _ => random.Next(16).ToString(CultureInfo.InvariantCulture),
    };

    private static string Str(string s) => "\"" + s.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private string Pick(params string[] items) => items[random.Next(items.Length)];
}
