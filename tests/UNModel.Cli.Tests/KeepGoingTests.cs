using System.Text.Json;
using UNModel.Testing;

namespace UNModel.Cli.Tests;

/// <summary>
/// <c>decide --keep-going</c>: one inconsistent record (here two permanent members voting no with one vote against, the
/// kind of misprint the UN's own tables carry) does not hide the rest of a batch; without the option it rejects it whole.
/// </summary>
public sealed class KeepGoingTests
{
    // S/2022/155 (25 February 2022, vetoed by the Russian Federation, SC/14808); a misprinted copy of it; A/ES-11/L.4
    // (7 April 2022, 93-24-58, two thirds of those present and voting: A/RES/ES-11/3).
    private const string Batch = """
        [{"body":"SecurityCouncil","date":"2022-02-25","question":"Substantive","document":"S/2022/155","tally":{"yes":11,"no":1,"abstain":3},"permanentNo":["RUS"]},
         {"body":"SecurityCouncil","date":"2022-02-25","question":"Substantive","document":"S/2022/155","tally":{"yes":11,"no":1,"abstain":3},"permanentNo":["RUS","CHN"]},
         {"body":"GeneralAssembly","date":"2022-04-07","question":"TwoThirds","document":"A/ES-11/L.4","tally":{"yes":93,"no":24,"abstain":58}}]
        """;

    [Fact]
    public void Without_it_one_bad_record_rejects_the_batch()
    {
        (int code, string output, string error) = Cli.RunWithInput(Batch, "decide", "-");
        Assert.Equal((2, string.Empty), (code, output));
        Assert.StartsWith("error UNM0004: record 2, line 2, column ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void With_it_every_good_record_is_decided_and_the_bad_one_reported_in_its_place()
    {
        (int code, string output, string error) = Cli.RunWithInput(Batch, "decide", "-", "--keep-going");
        Assert.Equal(2, code);
        string line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error UNM0004: 1 of 3 records rejected, each reported in its place (the first: record 2, line 2, column ", line, StringComparison.Ordinal);
        Snapshot.Match(output, "decide.keep-going.text");
    }

    [Fact]
    public void With_it_the_json_holds_the_error_in_the_bad_records_place()
    {
        (int code, string output, _) = Cli.RunWithInput(Batch, "decide", "-", "--keep-going", "--json");
        Assert.Equal(2, code);
        using var doc = JsonDocument.Parse(output);
        JsonElement[] records = [.. doc.RootElement.EnumerateArray()];
        Assert.Equal(["Rejected", null, "Adopted"], records.Select(r => r.TryGetProperty("outcome", out JsonElement o) ? o.GetString() : null));
        JsonElement bad = records[1];
        Assert.Equal(2, bad.GetProperty("record").GetInt32());
        Assert.Equal("UNM0004", bad.GetProperty("error").GetProperty("rule").GetString());
        Assert.Equal(2, bad.GetProperty("error").GetProperty("line").GetInt32());
        Snapshot.Match(output, "decide.keep-going", "json");
    }

    [Fact]
    public void With_it_a_good_batch_exits_0_with_nothing_on_standard_error()
    {
        string good = Batch.Replace("\"RUS\",\"CHN\"", "\"RUS\"", StringComparison.Ordinal);
        (int code, string output, string error) = Cli.RunWithInput(good, "decide", "-", "--keep-going");
        Assert.Equal((0, string.Empty), (code, error));
        Assert.Equal(3, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void With_it_malformed_json_still_fails_as_a_whole()
    {
        (int code, string output, string error) = Cli.RunWithInput(Batch.Replace("\"TwoThirds\",", "\"TwoThirds\"", StringComparison.Ordinal), "decide", "-", "--keep-going");
        Assert.Equal((2, string.Empty), (code, output));
        Assert.StartsWith("error UNM0016: line 3, column ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void Many_bad_records_are_reported_in_one_pass()
    {
        // 5,000 bad records in one batch: each is reported, in order, with its own line.
        string bad = """{"body":"SecurityCouncil","date":"2025-02-24","question":"Substantive","ballots":{"SVN":"Veto"}}""";
        string input = "[" + string.Join(",\n", Enumerable.Repeat(bad, 5000)) + "]";
        (int code, string output, string error) = Cli.RunWithInput(input, "decide", "-", "--keep-going");
        Assert.Equal(2, code);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5000, lines.Length);
        Assert.StartsWith("record 5000: error UNM0001: record 5000, line 5000, column ", lines[^1], StringComparison.Ordinal);
        Assert.StartsWith("error UNM0001: 5000 of 5000 records rejected", error, StringComparison.Ordinal);
    }
}
