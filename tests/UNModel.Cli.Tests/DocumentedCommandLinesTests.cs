using System.Text.RegularExpressions;

namespace UNModel.Cli.Tests;

/// <summary>
/// Every <c>unmodel …</c> command line that README.md and docs/*.md show (in code blocks and inline code) works as shown:
/// exit code 0, nothing on standard error. Lines with placeholders (<c>FILE</c>, <c>[--svg F]</c>, <c>-</c>) are not runnable
/// as written and are left out, as is a bare <c>decide</c> (it needs a record file); output files go to a temporary folder.
/// </summary>
public sealed partial class DocumentedCommandLinesTests
{
    public static TheoryData<string, string> CommandLines()
    {
        var data = new TheoryData<string, string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string root = Testing.Snapshot.RepositoryRoot;
        foreach (string file in Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Prepend(Path.Combine(root, "README.md")))
        {
            string text = File.ReadAllText(file);
            foreach (Match m in Shown().Matches(text))
            {
                string line = m.Groups["args"].Value.Trim();
                if (Runnable().IsMatch(line) && seen.Add(line))
                {
                    data.Add(Path.GetRelativePath(root, file), line);
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_docs_show_the_main_commands() =>
        Assert.True(CommandLines().Count() >= 6, string.Join("; ", CommandLines().Select(c => (string)c[1])));

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void A_documented_command_line_works_as_shown(string file, string commandLine)
    {
        using Cli.TempFolder temp = Cli.Temp();
        string[] args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i - 1] == "--svg")
            {
                args[i] = temp.File(args[i]);
            }
        }

        (int code, string output, string error) = Cli.Run(args);
        Assert.True(code == 0 && error.Length == 0, file + ": unmodel " + commandLine + " → exit " + code + ": " + error);
        Assert.NotEqual(string.Empty, output);
    }

    /// <summary><c>unmodel ARGS</c> in inline code or at the start of a code-block line, and <c>dotnet run --project src/UNModel.Cli -- ARGS</c>.</summary>
    [GeneratedRegex(@"(?:`unmodel (?<args>[^`]+)`|^\s*(?:unmodel|~/\.unmodel/unmodel|dotnet run --project src/UNModel\.Cli --) (?<args>[^#\n]+))", RegexOptions.Multiline)]
    private static partial Regex Shown();

    /// <summary>
    /// Concrete arguments only: no placeholder in capitals (FILE, DIR, F), no brackets, no standard input, and no bare
    /// <c>decide</c> (the prose names the command; its runs are the tests of vote records).
    /// </summary>
    [GeneratedRegex(@"^(?!decide\b)(?!.*\b(?:FILE|DIR|F|N|ID)\b)(?!.*[\[\]<>…])(?!.*(?:^| )-(?: |$))[a-z]+(?: [A-Za-z0-9:./_-]+)*$")]
    private static partial Regex Runnable();
}
