namespace UNModel.Cli.Tests;

/// <summary>The edges of the command line: where the output goes, what a date or a code must look like, which record a chart reads, where the data comes from.</summary>
public sealed class CliEdgeTests
{
    private const string Adopted = """{"body": "SecurityCouncil", "date": "2025-02-24", "question": "Substantive", "document": "S/2025/112", "tally": {"yes": 10, "no": 0, "abstain": 5}, "permanentNo": []}""";

    private const string Rejected = """{"body": "GeneralAssembly", "date": "2025-02-24", "question": "SimpleMajority", "tally": {"yes": 31, "no": 71, "abstain": 59}}""";

    private const string Misspelt = """{"bdy": "SecurityCouncil", "date": "2025-02-24"}""";

    [Fact]
    public void A_failed_write_to_standard_output_is_one_error_line_and_exit_code_2()
    {
        var error = new StringWriter();
        int code = Program.Run(["replay", "2025-02-24"], new StreamWriter(new FullDevice()), error, () => Stream.Null);
        Assert.Equal(Program.BadInput, code);
        string line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("error: could not write to standard output: No space left on device", line);
    }

    [Fact]
    public void Json_output_escapes_only_what_json_must()
    {
        (int code, string output, _) = Cli.Run("replay", "2025-02-24", "--json");
        Assert.Equal(0, code);
        Assert.Contains("""add \"including by addressing its root causes\" to""", output, StringComparison.Ordinal);
        Assert.Contains("Ukraine's sovereignty", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u00", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_json_gives_each_record_its_note()
    {
        (_, string output, _) = Cli.Run("replay", "2025-02-24", "--json");
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var notes = json.RootElement.EnumerateArray().Select(v => v.GetProperty("note")).ToList();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, notes[0].ValueKind);
        Assert.Equal("Document symbol and place in the voting order not confirmed.", notes[1].GetString());
    }

    [Fact]
    public void Chart_vote_id_reads_only_the_record_it_draws()
    {
        using Cli.TempFolder temp = Cli.Temp();
        File.WriteAllText(temp.File("batch.json"), "[" + Adopted + ", " + Rejected + ", " + Misspelt + "]");

        (int code, string output, string error) = Cli.Run("chart", temp.File("batch.json"), "--vote-id", "2", "--svg", temp.File("c.svg"));
        Assert.True(code == 0, error);
        Assert.StartsWith("General Assembly, 2025-02-24: ", output, StringComparison.Ordinal);
        Assert.Contains(": rejected 31-71-59.", output, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("c.svg")));

        (code, output, error) = Cli.Run("chart", temp.File("batch.json"), "--vote-id", "3", "--svg", temp.File("d.svg"));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error UNM0016: record 3, line 1, column ", error, StringComparison.Ordinal);
        Assert.Contains("unknown field 'bdy'", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("d.svg")));
    }

    [Fact]
    public void Chart_of_an_empty_batch_says_there_is_nothing_to_draw()
    {
        using Cli.TempFolder temp = Cli.Temp();
        File.WriteAllText(temp.File("empty.json"), "[]");
        (int code, string output, string error) = Cli.Run("chart", temp.File("empty.json"), "--svg", temp.File("c.svg"));
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Matches("^error UNM0016: '.*empty\\.json' is an empty array: it holds no vote record to draw\n$", error);
    }

    [Fact]
    public void The_record_commands_read_the_copy_of_the_data_installed_with_the_tool()
    {
        // The test host has no --data and no $UNMODEL_DATA: the commands find the copy beside the program, as the installed tool does.
        Assert.Null(Environment.GetEnvironmentVariable("UNMODEL_DATA"));
        string bundled = Path.Combine(AppContext.BaseDirectory, "data", "unvotes");
        foreach (string file in new[] { "roll_calls.csv.gz", "unvotes.csv.gz", "issues.csv.gz", "SOURCES.md", "LICENSE.unvotes-package" })
        {
            Assert.True(File.Exists(Path.Combine(bundled, file)), file + " is not installed beside the program");
        }

        (int code, string output, string error) = Cli.Run("import");
        Assert.True(code == 0, error);
        Assert.StartsWith("Imported 6,203 General Assembly roll calls from " + bundled + " in ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Country_codes_on_the_command_line_are_written_in_capitals_as_in_records()
    {
        (int code, string output, string error) = Cli.Run("agreement", "usa", "rus");
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal("error UNM0017: 'usa' is written in lower case; country codes are written in capitals: USA\n", error);

        (code, _, error) = Cli.Run("agreement", "XXX", "RUS");
        Assert.Equal(2, code);
        Assert.StartsWith("error UNM0017: 'XXX' is not the code of a Member", error, StringComparison.Ordinal);
    }

    /// <summary>A device that refuses every write, as <c>/dev/full</c> does.</summary>
    private sealed class FullDevice : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => 0;

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override void Flush() => throw new IOException("No space left on device");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("No space left on device");
    }
}
