using System.Text.Json;

namespace UNModel.Cli.Tests;

/// <summary>The <c>unmodel</c> command line, run in-process.</summary>
public class DecideAndReplayTests
{
    private static (int Code, string Out, string Err) Run(string stdin, params string[] args) => Cli.RunWithInput(stdin, args);

    [Fact]
    public void Replay_prints_the_days_votes_as_a_table_with_explanations()
    {
        (int code, string output, string err) = Run(string.Empty, "replay", "2025-02-24");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.Contains("S/RES/2774 (2025)", output, StringComparison.Ordinal);
        Assert.Contains("A/RES/ES-11/7", output, StringComparison.Ordinal);
        Assert.Matches(@"A/ES-11/L\.10\s+General Assembly\s+93-18-65\s+Adopted", output);
        Assert.Matches(@"S/2025/112\s+Security Council\s+10-0-5\s+Adopted", output);
        Assert.Matches(@"11-\?-\?\s+Rejected\s+RUS", output);
        Assert.Contains("vetoed by the Russian Federation", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_json_has_the_documented_fields()
    {
        (int code, string output, _) = Run(string.Empty, "replay", "2025-02-24", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        JsonElement[] rows = doc.RootElement.EnumerateArray().ToArray();
        Assert.Equal(13, rows.Length);
        foreach (string field in new[] { "document", "body", "yes", "no", "abstain", "outcome", "reason", "vetoedBy", "legalEffect" })
        {
            Assert.All(rows, r => Assert.True(r.TryGetProperty(field, out _), field));
        }

        JsonElement sc = rows.Single(r => r.GetProperty("document").GetString() == "S/2025/112");
        Assert.Equal(("SecurityCouncil", 10, 0, 5, "Adopted", "Recommendation"), (sc.GetProperty("body").GetString(), sc.GetProperty("yes").GetInt32(), sc.GetProperty("no").GetInt32(), sc.GetProperty("abstain").GetInt32(), sc.GetProperty("outcome").GetString(), sc.GetProperty("legalEffect").GetString()));
        Assert.Equal(2, rows.Count(r => r.GetProperty("vetoedBy").GetArrayLength() == 1 && r.GetProperty("vetoedBy")[0].GetString() == "RUS"));
    }

    [Fact]
    public void Replay_of_a_day_without_a_record_is_a_clear_error()
    {
        (int code, string output, string err) = Run(string.Empty, "replay", "2025-02-25");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("no record for 2025-02-25", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_the_issue_example_from_standard_input()
    {
        const string record = """{"body": "SecurityCouncil", "date": "2025-02-24", "question": "Substantive", "document": "S/2025/112", "ballots": {"USA": "Yes", "RUS": "No", "FRA": "Abstain"}}""";
        (int code, string output, string err) = Run(record, "decide", "-", "--json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        using var doc = JsonDocument.Parse(output);
        JsonElement d = doc.RootElement;
        Assert.Equal("Rejected", d.GetProperty("outcome").GetString());
        Assert.Equal("InsufficientVotes", d.GetProperty("reason").GetString());
        Assert.Equal(0, d.GetProperty("vetoedBy").GetArrayLength());
        Assert.Equal((1, 1, 1, 9), (d.GetProperty("yes").GetInt32(), d.GetProperty("no").GetInt32(), d.GetProperty("abstain").GetInt32(), d.GetProperty("required").GetInt32()));
    }

    [Fact]
    public void Decide_a_file_and_explain()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """{"body":"SecurityCouncil","date":"2022-02-25","question":"Substantive","document":"S/2022/155","tally":{"yes":11,"no":1,"abstain":3},"permanentNo":["RUS"],"declared":{"outcome":"Rejected","vetoedBy":["RUS"]}}""");
            (int code, string output, _) = Run(string.Empty, "decide", path);
            Assert.Equal(0, code);
            Assert.Contains("vetoed by the Russian Federation", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_batch_returns_decisions_in_order()
    {
        const string batch = """
            [{"body":"GeneralAssembly","date":"2022-04-07","question":"TwoThirds","document":"A/ES-11/L.4","tally":{"yes":93,"no":24,"abstain":58}},
             {"body":"SecurityCouncil","date":"2025-02-24","question":"Procedural","tally":{"yes":6,"no":3,"abstain":6},"permanentNo":["USA"]}]
            """;
        (int code, string output, _) = Run(batch, "decide", "-", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["Adopted", "Rejected"], doc.RootElement.EnumerateArray().Select(e => e.GetProperty("outcome").GetString()));
        Assert.Equal(78, doc.RootElement[0].GetProperty("required").GetInt32());
    }

    [Fact]
    public void Records_name_the_majorities_that_count_the_members_and_the_elections()
    {
        // A/RES/ES-11/3 (7 April 2022, 93-24-58) as a suspension from the Human Rights Council (A/RES/60/251 para. 8); an
        // election of the Court in the Council needs 8 of 15 with no veto and no count of votes against (SC/10482).
        const string batch = """
            [{"body":"GeneralAssembly","date":"2022-04-07","question":"HumanRightsCouncilSuspension","document":"A/ES-11/L.4","tally":{"yes":93,"no":24,"abstain":58}},
             {"body":"SecurityCouncil","date":"2011-12-13","question":"CourtElection","tally":{"yes":9}}]
            """;
        (int code, string output, _) = Run(batch, "decide", "-", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["Adopted", "Adopted"], doc.RootElement.EnumerateArray().Select(e => e.GetProperty("outcome").GetString()));
        Assert.Equal([78, 8], doc.RootElement.EnumerateArray().Select(e => e.GetProperty("required").GetInt32()));
    }

    [Theory]
    [InlineData("""{"body":"GeneralAssembly","date":"2025-02-24","question":"Unanimity","tally":{"yes":1,"no":0}}""", "UNM0016", "'question' must be Substantive, Procedural, SimpleMajority, TwoThirds, SecurityCouncilElection, HumanRightsCouncilElection, HumanRightsCouncilSuspension, CourtElection or CharterAmendment, not \"Unanimity\"")]
    [InlineData("""{"body":"SecurityCouncil","date":"2025-02-24","question":"CharterAmendment","tally":{"yes":9}}""", "UNM0012", "use Substantive, Procedural or CourtElection")]
    [InlineData("""{"body":"SecurityCouncil","date":"2025-02-24","question":"Substantive","ballots":{"SVN":"Veto"}}""", "UNM0001", "SVN")]
    [InlineData("""{"body":"SecurityCouncil","date":"2025-02-24","question":"Substantive","ballots":{"DEU":"Yes"}}""", "UNM0002", "column 83: Germany (DEU)")]
    [InlineData("""{"body":"SecurityCouncil","date":"2025-02-24","question":"Substantive","ballots":{"USA":"Yes","USA":"No"}}""", "UNM0003", "USA")]
    [InlineData("""{"body":"SecurityCouncil","date":"2025-02-24","question":"Substantive","tally":{"yes":10,"no":0,"abstain":6},"permanentNo":[]}""", "UNM0004", "tally")]
    [InlineData("""{"body":"SecurityCouncil","date":"2025-02-24","question":"Substantive","tally":{"yes":8,"no":0,"abstain":7},"permanentNo":[],"declared":{"outcome":"Adopted"}}""", "UNM0005", "Adopted")]
    [InlineData("""{"body":"SecurityCouncil","date":"2025-02-24","question":"Procedural","ballots":{"RUS":"Veto"}}""", "UNM0007", "RUS")]
    [InlineData("""{"body":"GeneralAssembly","date":"2025-02-24","question":"SimpleMajority","ballots":{"VAT":"Yes"}}""", "UNM0008", "VAT")]
    [InlineData("""{"body":"GeneralAssembly","date":"2025-02-24","question":"SimpleMajority","document":"a/es-11/l.10","ballots":{}}""", "UNM0010", "A/ES-11/L.10")]
    [InlineData("""{"body":"SecurityCouncil","date":"2025-02-24","question":"Substantive","tally":{"yes":9,"no":1,"abstain":5}}""", "UNM0016", "permanentNo")]
    [InlineData("""{"body":"SecurityCouncil","date":"2025-02-24","question":"Substantive","ballots":{"usa":"Yes"}}""", "UNM0017", "usa")]
    [InlineData("""{"bdy":"SecurityCouncil"}""", "UNM0016", "unknown field 'bdy'")]
    [InlineData("""{"body":"SecurityCouncil","body":"GeneralAssembly"}""", "UNM0016", "duplicate field 'body'")]
    [InlineData("""[{"body":"GeneralAssembly","date":"2025-02-24","question":"SimpleMajority","ballots":{"UKR":"Yes"}},{"body":"Nowhere"}]""", "UNM0016", "record 2")]
    [InlineData("{", "UNM0016", "malformed JSON")]
    [InlineData("", "UNM0016", "empty")]
    public void A_bad_record_exits_2_with_one_line_naming_the_rule_and_place(string input, string rule, string mention)
    {
        (int code, string output, string err) = Run(input, "decide", "-", "--json");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        string line = Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error " + rule + ":", line, StringComparison.Ordinal);
        Assert.Contains(mention, line, StringComparison.Ordinal);
        Assert.Contains("line ", line, StringComparison.Ordinal);
    }
}
