using System.Text.RegularExpressions;

namespace UNModel.Cli.Tests;

/// <summary>
/// Every command, option and argument of <c>unmodel</c> ends a bad input the same way: exit code 2, exactly one line on
/// standard error (<c>error UNMxxxx: …</c> for a broken rule, <c>error: … (see 'unmodel CMD --help')</c> for usage),
/// nothing on standard output, never a stack trace. Paths in the cases: <c>{missing}</c> a folder that does not exist,
/// <c>{dir}</c> an existing folder, <c>{file}</c> an existing text file, <c>{two}</c> a JSON file of two valid records,
/// <c>{bad}</c> a JSON file of a bad record, <c>{empty-csv}</c> a Digital Library CSV header without rows.
/// </summary>
public sealed partial class BadArgumentTests : IDisposable
{
    private const string Valid = """{"body":"SecurityCouncil","date":"2025-02-24","question":"Procedural","tally":{"yes":6,"no":3,"abstain":6},"permanentNo":["USA"]}""";

    private readonly Cli.TempFolder temp = Cli.Temp();

    public static TheoryData<string, string> Cases() => new()
    {
        // The root.
        { "", "^error: no command given; the commands are replay, decide, import, agreement, power, chart \\(see 'unmodel --help'\\)$" },
        { "replya 2025-02-24", "'replya' is not a command of unmodel; did you mean 'replay'\\? \\(see 'unmodel --help'\\)" },
        { "--frobnicate", "unknown option '--frobnicate'.*'unmodel --help'" },
        { "ga", "'ga' is not a command" },

        // replay DATE [--json]
        { "replay", "missing <date> \\(see 'unmodel replay --help'\\)" },
        { "replay 2025-13-01", "the date is \"2025-13-01\": there is no month 13" },
        { "replay 2025-02-30", "the date is \"2025-02-30\": February 2025 has 28 days, not 30" },
        { "replay 2024-02-30", "the date is \"2024-02-30\": February 2024 has 29 days, not 30" },
        { "replay 24/02/2025", "the date must be a date written yyyy-mm-dd, not \"24/02/2025\"" },
        { "replay 2025-02-25", "no record for 2025-02-25; records exist for 2025-02-24" },
        { "replay 2025-02-24 extra", "unexpected argument 'extra'" },
        { "replay --jsn 2025-02-24", "unknown option '--jsn' \\(see 'unmodel replay --help'\\)" },

        // decide FILE|- [--json] [--keep-going]
        { "decide", "missing <file>" },
        { "decide {missing}/r.json", "^error: cannot read '.*r.json': (no such file|the folder does not exist)$" },
        { "decide {dir}", "is a folder; give a vote record file" },
        { "decide {bad}", "^error UNM0001: line 1, column \\d+: " },
        { "decide {bad} --keep-going", "^error UNM0001: " },
        { "decide {file}", "^error UNM0016: line 1, column \\d+: malformed JSON" },
        { "decide {two} --json --verbose", "unknown option '--verbose'" },

        // import [--data DIR] [--two-thirds] [--all] [--list]
        { "import --data {missing}", "no roll-call data in --data '.*': pass --data DIR" },
        { "import --data {dir}", "no roll-call data in --data '.*'" },
        { "import --data {file}", "--data '.*' is a file; give the folder" },
        { "import --data", "--data needs a value \\(see 'unmodel import --help'\\)" },
        { "import --two-thirds=maybe", "maybe" },

        // agreement STATE STATE... [--by year|session|issue] [--svg FILE] [--no-succession] [--data DIR]
        { "agreement", "missing <states>" },
        { "agreement USA", "give two states to compare \\(e.g. USA RUS\\), or three or more" },
        { "agreement USA XYZ", "^error UNM0017: 'XYZ' is not the code of a Member" },
        { "agreement USA usa", "error UNM0017: 'usa' is written in lower case; country codes are written in capitals: USA" },
        { "agreement usa RUS", "error UNM0017: 'usa' is written in lower case; country codes are written in capitals: USA" },
        { "agreement USA USA", "USA is named twice" },
        { "agreement USA RUS --by decade", "'decade' is not one of 'year', 'session', 'issue'" },
        { "agreement USA RUS --by issue --svg {dir}/a.svg", "--svg draws the agreement of two states over years or sessions" },
        { "agreement USA RUS GBR --svg {dir}/a.svg", "--svg draws the agreement of two states" },
        { "agreement USA RUS --svg {missing}/a.svg", "^error: cannot write '.*a.svg': the folder '.*' does not exist$" },
        { "agreement USA RUS --svg {dir}", "--svg '.*' is a folder; give the file to write" },
        { "agreement USA RUS --data {missing}", "no roll-call data in --data" },

        // power BODY [--date DATE] [--question KIND]
        { "power", "missing <body>" },
        { "power Senate", "'Senate' is not a body: use SecurityCouncil, GeneralAssembly" },
        { "power SecurityCouncil --date 1900-01-01", "^error UNM0015: the Security Council first met on 17 January 1946" },
        { "power HumanRightsCouncil --date 2006-06-01", "^error UNM0015: the Human Rights Council first met on 19 June 2006" },
        { "power GeneralAssembly --question procedural", "^error UNM0012: the General Assembly does not decide 'Procedural' questions" },
        { "power SecurityCouncil --question two-thirds", "^error UNM0012: the Security Council does not decide 'TwoThirds' questions" },
        { "power sc --question bogus", "--question 'bogus' is not a kind of question" },
        { "power sc --date 2025-02-30", "--date is \"2025-02-30\": February 2025 has 28 days, not 30" },

        // chart VOTE --svg FILE [--vote-id ID] [--data DIR]
        { "chart ga-l10", "option '--svg' is required \\(see 'unmodel chart --help'\\)" },
        { "chart ga-l10 --svg {missing}/c.svg", "^error: cannot write '.*c.svg': the folder '.*' does not exist$" },
        { "chart ga-l10 --svg {dir}", "--svg '.*' is a folder" },
        { "chart no-such-vote --svg {dir}/c.svg", "'no-such-vote' is neither a seed vote id \\(ga-l10, " },
        { "chart ga-l10 --vote-id 2 --svg {dir}/c.svg", "--vote-id picks a vote of a file holding several; a seed vote is one vote" },
        { "chart {two} --vote-id 3 --svg {dir}/c.svg", "--vote-id for a JSON file is a record number from 1 to 2" },
        { "chart {two} --vote-id 0 --svg {dir}/c.svg", "from 1 to 2" },
        { "chart {bad} --svg {dir}/c.svg", "^error UNM0001: " },
        { "chart {empty-csv} --svg {dir}/c.svg", "^error UNM0016: no vote could be read from" },
        { "chart rcid:999999 --svg {dir}/c.svg --data " + "{data}", "no roll call rcid 999999 in the data \\(rcids run from 3 to " },
        { "chart rcid:5 --svg {dir}/c.svg --data {missing}", "no roll-call data in --data" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_argument_is_one_error_line_with_exit_code_2_and_nothing_on_standard_output(string commandLine, string expected)
    {
        string[] args = [.. commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Expand)];
        (int code, string output, string error) = Cli.Run(args);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(code == 2, "exit " + code + " for 'unmodel " + commandLine + "': " + error);
        Assert.Equal(string.Empty, output);
        string line = Assert.Single(lines);
        Assert.Matches("^error( UNM\\d{4})?: ", line);
        Assert.Matches(expected, line);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        if (line.StartsWith("error: ", StringComparison.Ordinal) && !line.StartsWith("error: cannot ", StringComparison.Ordinal))
        {
            Assert.Matches("\\(see 'unmodel( [a-z]+)? --help'\\)$", line);
        }

        Assert.False(File.Exists(Path.Combine(temp.Path, "c.svg")) || File.Exists(Path.Combine(temp.Path, "a.svg")), "an output file was written");
    }

    [Fact]
    public void Every_command_and_option_is_covered_by_a_bad_argument_case()
    {
        string all = string.Join("\n", Cases().Select(c => (string)c[0]));
        foreach (string command in new[] { "replay", "decide", "import", "agreement", "power", "chart" })
        {
            Assert.Contains("\n" + command, "\n" + all, StringComparison.Ordinal);
        }

        foreach (string option in new[] { "--keep-going", "--data", "--two-thirds", "--by", "--svg", "--date", "--question", "--vote-id" })
        {
            Assert.Contains(option, all, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--help", "Usage:\n  unmodel [command] [options]")]
    [InlineData("power --help", "Usage:\n  unmodel power <body> [options]")]
    [InlineData("decide -h", "Usage:\n  unmodel decide <file> [options]")]
    public void Help_names_the_tool_unmodel(string commandLine, string expected)
    {
        (int code, string output, string error) = Cli.Run(commandLine.Split(' '));
        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains(expected, output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.DoesNotContain("UNModel.Cli", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_the_package_version()
    {
        (int code, string output, _) = Cli.Run("--version");
        Assert.Equal(0, code);
        Assert.Matches("^\\d+\\.\\d+\\.\\d+", output);
    }

    public void Dispose() => temp.Dispose();

    private string Expand(string arg) => arg
        .Replace("{missing}", Path.Combine(temp.Path, "no", "such", "folder"), StringComparison.Ordinal)
        .Replace("{dir}", temp.Path, StringComparison.Ordinal)
        .Replace("{file}", Write("notes.txt", "not JSON"), StringComparison.Ordinal)
        .Replace("{two}", Write("two.json", "[" + Valid + "," + Valid + "]"), StringComparison.Ordinal)
        .Replace("{bad}", Write("bad.json", """{"body":"SecurityCouncil","date":"2025-02-24","question":"Substantive","ballots":{"SVN":"Veto"}}"""), StringComparison.Ordinal)
        .Replace("{empty-csv}", Write("empty.csv", UndlHeader().Match(Testing.UndlSamples.SecurityCouncil).Value), StringComparison.Ordinal)
        .Replace("{data}", Cli.ShippedData, StringComparison.Ordinal);

    private string Write(string name, string text)
    {
        string path = temp.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    [GeneratedRegex("^[^\n]*\n")]
    private static partial Regex UndlHeader();
}
