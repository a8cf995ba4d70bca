using System.Text;
using System.Text.RegularExpressions;
using UNModel.Reliability.Tests.Support;
using UNModel.Serialization;

namespace UNModel.Reliability.Tests;

/// <summary>
/// Bad input gets a clear error and nothing is lost: for every input of <see cref="BadInputs"/>, <c>unmodel decide</c>
/// exits with code 2, writes exactly one line to standard error naming the rule, the place (line and column) and the
/// field or item, no stack trace, and nothing to standard output; <see cref="VoteRecordReader"/> throws a
/// <see cref="VoteRecordException"/> and nothing else.
/// </summary>
public sealed partial class BadInputTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (BadInput b in BadInputs.All())
        {
            data.Add(b.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Decide_rejects_it_with_exit_code_2_and_one_line_on_stderr(string name)
    {
        BadInput input = BadInputs.Named(name);
        foreach (bool json in new[] { false, true })
        {
            CliResult r = CliRunner.DecideStdin(input.Bytes, json);
            AssertOneLineError(r, input.RuleId, input.Mentions);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_reader_throws_a_VoteRecordException_with_its_place(string name)
    {
        BadInput input = BadInputs.Named(name);
        VoteRecordException ex = Assert.Throws<VoteRecordException>(() => VoteRecordReader.Read(input.Bytes));
        Assert.Equal(input.RuleId, ex.RuleId);
        Assert.True(ex.Line >= 1 && ex.Column >= 1, ex.Message);
        Assert.StartsWith(input.RuleId + ": ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void The_bad_input_list_is_large_and_its_names_unique()
    {
        List<string> names = [.. BadInputs.All().Select(b => b.Name)];
        Assert.True(names.Count >= 80, names.Count + " bad inputs");
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void A_valid_record_is_decided()
    {
        CliResult r = CliRunner.DecideStdin(BadInputs.Valid, json: true);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(string.Empty, r.Stderr);
        Assert.Contains("\"outcome\"", r.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_100_MB_file_is_refused_without_being_read_whole()
    {
        string dir = Directory.CreateTempSubdirectory("unmodel-reliability-").FullName;
        try
        {
            // A valid batch, 100 MB long: records until the size is reached.
            string path = Path.Combine(dir, "huge.json");
            byte[] record = Encoding.UTF8.GetBytes(BadInputs.Valid + ",\n");
            const long size = 100L * 1024 * 1024;
            using (FileStream f = File.Create(path))
            {
                f.WriteByte((byte)'[');
                byte[] block = [.. Enumerable.Repeat(record, 4096).SelectMany(r => r)];
                long written = 1;
                while (written < size)
                {
                    f.Write(block);
                    written += block.Length;
                }

                f.Write(Encoding.UTF8.GetBytes(BadInputs.Valid + "]"));
            }

            Assert.True(new FileInfo(path).Length >= size);
            long before = GC.GetAllocatedBytesForCurrentThread();
            CliResult r = CliRunner.Run(["decide", path, "--json"]);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            AssertOneLineError(r, "UNM0016", "at most 33554432");
            Assert.True(allocated < 200L * 1024 * 1024, "allocated " + allocated + " bytes for a refused input");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void An_input_just_over_the_limit_is_refused_and_one_at_the_limit_is_read()
    {
        byte[] over = new byte[VoteRecordReader.MaxInputBytes + 1];
        over.AsSpan().Fill((byte)' ');
        AssertOneLineError(CliRunner.DecideStdin(over), "UNM0016", "at most");

        byte[] at = new byte[VoteRecordReader.MaxInputBytes];
        at.AsSpan().Fill((byte)' ');
        Encoding.UTF8.GetBytes(BadInputs.Valid).CopyTo(at, 0);
        CliResult r = CliRunner.DecideStdin(at);
        Assert.Equal(0, r.ExitCode);
    }

    [Fact]
    public void A_missing_file_a_directory_and_an_empty_file_are_one_line_errors()
    {
        string dir = Directory.CreateTempSubdirectory("unmodel-reliability-").FullName;
        try
        {
            string empty = Path.Combine(dir, "empty.json");
            File.WriteAllBytes(empty, []);
            // A file that cannot be read is a plain error naming the path; an empty one is a malformed record (UNM0016).
            foreach ((string path, string expected) in new[] { (Path.Combine(dir, "missing.json"), "^error: cannot read '.*missing.json': no such file$"), (dir, "^error: '.*' is a folder; give a vote record file"), (empty, "^error UNM0016: ") })
            {
                CliResult r = CliRunner.Run(["decide", path]);
                Assert.Equal(2, r.ExitCode);
                Assert.Equal(string.Empty, r.Stdout);
                string line = Assert.Single(r.ErrorLines);
                Assert.Matches(expected, line);
                AssertNoStackTrace(r.Stderr);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    internal static void AssertOneLineError(CliResult r, string ruleId, string mentions)
    {
        Assert.True(r.ExitCode == 2, "exit " + r.ExitCode + "; stderr: " + r.Stderr + "; stdout: " + r.Stdout);
        Assert.Equal(string.Empty, r.Stdout);
        string line = Assert.Single(r.ErrorLines);
        Assert.Matches(ErrorLine(), line);
        Assert.StartsWith("error " + ruleId + ": ", line, StringComparison.Ordinal);
        Assert.Contains(mentions, line, StringComparison.Ordinal);
        AssertNoStackTrace(r.Stderr);
    }

    private static void AssertNoStackTrace(string stderr)
    {
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^error UNM\d{4}: (record \d+, )?line \d+, column \d+: \S.*$")]
    private static partial Regex ErrorLine();
}
