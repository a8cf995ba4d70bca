using System.Text.RegularExpressions;
using UNModel.Testing;

namespace UNModel.Cli.Tests;

/// <summary>
/// What users see, pinned: each command's text or JSON as checked-in snapshots (Snapshots/*.verified.*). A change of
/// layout, wording or a JSON field fails here with a diff until the snapshot is reviewed and accepted.
/// </summary>
public sealed partial class SnapshotTests
{
    private const string RollCallRecord = """{"body": "SecurityCouncil", "date": "2025-02-24", "question": "Substantive", "document": "S/2025/112", "ballots": {"USA": "Yes", "RUS": "No", "FRA": "Abstain"}}""";

    // S/2022/155, 25 February 2022: 11-1-3, vetoed by the Russian Federation (UN press release SC/14808).
    private const string TallyRecord = """{"body":"SecurityCouncil","date":"2022-02-25","question":"Substantive","document":"S/2022/155","tally":{"yes":11,"no":1,"abstain":3},"permanentNo":["RUS"],"declared":{"outcome":"Rejected","vetoedBy":["RUS"]}}""";

    [Fact]
    public void Replay_text() => Snapshot.Match(Ok("replay", "2025-02-24"), "replay.text");

    [Fact]
    public void Replay_json() => Snapshot.Match(Ok("replay", "2025-02-24", "--json"), "replay", "json");

    [Fact]
    public void Decide_json_roll_call() => Snapshot.Match(OkWithInput(RollCallRecord, "decide", "-", "--json"), "decide.roll-call", "json");

    [Fact]
    public void Decide_json_tally() => Snapshot.Match(OkWithInput(TallyRecord, "decide", "-", "--json"), "decide.tally", "json");

    [Fact]
    public void Decide_text_tally() => Snapshot.Match(OkWithInput(TallyRecord, "decide", "-"), "decide.tally.text");

    [Fact]
    public void Power_security_council() => Snapshot.Match(Ok("power", "SecurityCouncil", "--date", "2025-02-24"), "power.security-council");

    [Fact]
    public void Power_security_council_1965() => Snapshot.Match(Ok("power", "sc", "--date", "1965-06-01"), "power.security-council-1965");

    [Fact]
    public void Agreement_usa_rus_by_year() =>
        Snapshot.Match(Ok("agreement", "USA", "RUS", "--by", "year", "--data", Cli.ShippedData), "agreement.usa-rus.year");

    [Fact]
    public void Cohesion_by_session() =>
        Snapshot.Match(Ok("agreement", "USA", "GBR", "FRA", "--by", "session", "--data", Cli.ShippedData), "agreement.cohesion.session");

    [Fact]
    public void Import_list_head()
    {
        string output = Ok("import", "--list", "--data", Cli.ShippedData);
        string[] lines = Scrub(output).Split('\n');
        int list = Array.FindIndex(lines, l => l.StartsWith("Every roll call", StringComparison.Ordinal));
        Assert.True(list > 0, "no roll-call list in the output");
        Snapshot.Match(string.Join('\n', lines.Take(list + 40)) + "\n", "import.list.head");
    }

    [Fact]
    public void Chart_svg_of_a_seed_vote()
    {
        using Cli.TempFolder temp = Cli.Temp();
        string svg = temp.File("ga-l10.svg");
        (int code, string output, string error) = Cli.Run("chart", "ga-l10", "--svg", svg);
        Assert.Equal((0, string.Empty), (code, error));
        Assert.EndsWith("Wrote " + svg + "\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Snapshot.Match(File.ReadAllText(svg), "chart.ga-l10", "svg");
    }

    [Fact]
    public void Chart_svg_of_a_council_veto()
    {
        using Cli.TempFolder temp = Cli.Temp();
        string svg = temp.File("sc.svg");
        Assert.Equal(0, Cli.Run("chart", "sc-am-eu3", "--svg", svg).Code);
        Snapshot.Match(File.ReadAllText(svg), "chart.sc-am-eu3", "svg");
    }

    private static string Ok(params string[] args) => OkWithInput(string.Empty, args);

    private static string OkWithInput(string input, params string[] args)
    {
        (int code, string output, string error) = Cli.RunWithInput(input, args);
        Assert.True(code == 0 && error.Length == 0, "exit " + code + ": " + error);
        return output;
    }

    /// <summary>Replaces what differs between runs and machines: the data folder, times, memory figures.</summary>
    private static string Scrub(string output) =>
        Memory().Replace(Seconds().Replace(output.Replace(Cli.ShippedData, "{data}", StringComparison.Ordinal), " in {time} s"), "  memory: {scrubbed}");

    [GeneratedRegex(@" in \d+\.\d+ s")]
    private static partial Regex Seconds();

    [GeneratedRegex(@"  memory: .*")]
    private static partial Regex Memory();
}
