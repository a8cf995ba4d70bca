using System.Xml.Linq;

namespace UNModel.Cli.Tests;

/// <summary>The record commands through the CLI's entry point, with --data pointing at the shipped copy.</summary>
public class RecordCommandTests
{
    [Fact]
    public void Power_of_the_security_council_on_24_february_2025()
    {
        (int code, string output, string error) = Run("power", "SecurityCouncil", "--date", "2025-02-24");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("0.19627 (421/2145)", output, StringComparison.Ordinal);
        Assert.Contains("0.00186 (4/2145)", output, StringComparison.Ordinal);
        Assert.Contains("0.16693", output, StringComparison.Ordinal);
        Assert.Contains("0.01654", output, StringComparison.Ordinal);
        Assert.Contains("Russian Federation (RUS)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Power_rejects_an_unknown_body() => Assert.Equal(Program.BadInput, Run("power", "Senate").Code);

    [Fact]
    public void Agreement_usa_russia_by_year_prints_1946_to_2019_and_the_gap()
    {
        string svg = TempFile(".svg");
        try
        {
            (int code, string output, string error) = Run("agreement", "USA", "RUS", "--by", "year", "--svg", svg, "--data", Cli.ShippedData);
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, error); // no progress bar when standard error is not a terminal
            string[] lines = output.Split('\n');
            for (int year = 1946; year <= 2019; year++)
            {
                Assert.Contains(lines, l => l.StartsWith(year.ToString(System.Globalization.CultureInfo.InvariantCulture) + " ", StringComparison.Ordinal));
            }

            Assert.Contains(lines, l => l.StartsWith("1964 ", StringComparison.Ordinal) && l.Contains("no roll calls in the data", StringComparison.Ordinal));
            Assert.Contains("Union of Soviet Socialist Republics (SUN)", output, StringComparison.Ordinal);
            Assert.Equal("svg", XDocument.Load(svg).Root!.Name.LocalName);
        }
        finally
        {
            File.Delete(svg);
        }
    }

    [Fact]
    public void Agreement_of_three_states_is_cohesion() =>
        Assert.Contains("Hix-Noury-Roland", Run("agreement", "USA", "GBR", "FRA", "--data", Cli.ShippedData).Output, StringComparison.Ordinal);

    [Fact]
    public void Agreement_rejects_an_unknown_state() =>
        Assert.Equal(Program.BadInput, Run("agreement", "USA", "XYZ", "--data", Cli.ShippedData).Code);

    [Fact]
    public void Import_reports_the_summary_with_no_silent_drop()
    {
        (int code, string output, _) = Run("import", "--list", "--data", Cli.ShippedData);
        Assert.Equal(0, code);
        Assert.Contains("unvotes.csv: read 870,109, accepted 870,109, rejected 0", output, StringComparison.Ordinal);
        Assert.Contains("silently dropped 0", output, StringComparison.Ordinal);
        Assert.Contains("Flagged for inspection (22)", output, StringComparison.Ordinal);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("9147 ", StringComparison.Ordinal) && l.Contains("A/RES/74/19", StringComparison.Ordinal) && l.Contains("135-1-3", StringComparison.Ordinal) && l.Contains("+66", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_without_data_says_where_to_get_it()
    {
        string empty = Path.Combine(Path.GetTempPath(), "unmodel-empty-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(empty);
        try
        {
            (int code, string output, string error) = Run("import", "--data", empty);
            Assert.Equal(Program.BadInput, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains("--data", error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }

    [Theory]
    [InlineData("ga-l10")]
    [InlineData("sc-s2025-112")]
    [InlineData("rcid:1190")]
    public void Chart_writes_an_svg(string vote)
    {
        string svg = TempFile(".svg");
        try
        {
            (int code, string output, _) = Run("chart", vote, "--svg", svg, "--data", Cli.ShippedData);
            Assert.Equal(0, code);
            Assert.Contains("Wrote", output, StringComparison.Ordinal);
            Assert.NotEmpty(XDocument.Load(svg).Descendants(XName.Get("circle", "http://www.w3.org/2000/svg")));
        }
        finally
        {
            File.Delete(svg);
        }
    }

    [Fact]
    public void Chart_of_a_digital_library_file()
    {
        string csv = TempFile(".csv");
        string svg = TempFile(".svg");
        File.WriteAllText(csv, Testing.UndlSamples.SecurityCouncil);
        try
        {
            (int code, string output, string error) = Run("chart", csv, "--vote-id", "1", "--svg", svg);
            Assert.Equal(0, code);
            Assert.Contains("rejected", output, StringComparison.Ordinal);
            Assert.Contains("BRA", error, StringComparison.Ordinal); // the rejected row is reported
            Assert.Contains("VETOED", File.ReadAllText(svg), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(csv);
            File.Delete(svg);
        }
    }

    [Fact]
    public void Chart_of_a_json_vote_record()
    {
        string json = TempFile(".json");
        string svg = TempFile(".svg");
        File.WriteAllText(json, "{\"body\": \"SecurityCouncil\", \"date\": \"2025-02-24\", \"question\": \"Substantive\", \"document\": \"S/2025/112\", \"ballots\": {\"USA\": \"Yes\", \"RUS\": \"Veto\", \"FRA\": \"Yes\", \"GBR\": \"Yes\", \"CHN\": \"Yes\", \"DNK\": \"Yes\", \"GRC\": \"Yes\", \"SVN\": \"Yes\", \"KOR\": \"Yes\", \"PAN\": \"Yes\"}}");
        try
        {
            (int code, string output, _) = Run("chart", json, "--svg", svg);
            Assert.Equal(0, code);
            Assert.Contains("rejected 9-1-0", output, StringComparison.Ordinal);
            Assert.Contains("Russian Federation: No (veto)", File.ReadAllText(svg), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(json);
            File.Delete(svg);
        }
    }

    [Fact]
    public void Chart_of_an_unknown_vote_fails_with_the_known_ids() =>
        Assert.Contains("ga-l10", Run("chart", "no-such-vote", "--svg", TempFile(".svg")).Error, StringComparison.Ordinal);

    private static (int Code, string Output, string Error) Run(params string[] args) => Cli.Run(args);

    private static string TempFile(string extension) => Path.Combine(Path.GetTempPath(), "unmodel-cli-" + Guid.NewGuid().ToString("N") + extension);
}
