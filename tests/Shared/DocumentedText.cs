using System.Text.RegularExpressions;

namespace UNModel.Testing;

/// <summary>A fenced code block of a documentation page, with the context its page gives it for compilation.</summary>
/// <param name="Page">The page, relative to the repository root (<c>docs/rules/UNM0001.md</c>).</param>
/// <param name="Line">The one-based line of the opening fence.</param>
/// <param name="Info">The fence's info string (<c>csharp</c>, <c>console</c>, or empty).</param>
/// <param name="Lines">The block's lines, without the fences.</param>
/// <param name="Context">
/// C# declarations the page states just above the block in an HTML comment (<c>&lt;!-- context: var date = …; --&gt;</c>),
/// which the block's fragment assumes; null when there is none.
/// </param>
internal sealed record DocBlock(string Page, int Line, string Info, IReadOnlyList<string> Lines, string? Context)
{
    /// <summary>Where the block is, as a test names it.</summary>
    public string Place => Page + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// One command of a console transcript in the docs and the output the page shows for it. A transcript is a fenced block
/// whose first line starts with <c>$ </c>: each <c>$ </c> line is a command, the lines below it are what it prints
/// (standard output, then standard error).
/// </summary>
/// <param name="Place">The page and line of the command.</param>
/// <param name="Command">The command line after <c>$ </c>, without an <c>echo '…' |</c> prefix.</param>
/// <param name="Input">The text piped in with <c>echo '…' |</c>, or null.</param>
/// <param name="Expected">The lines shown; see <see cref="DocumentedText.Matches(IReadOnlyList{string}, IReadOnlyList{string})"/>.</param>
internal sealed record Transcript(string Place, string Command, string? Input, IReadOnlyList<string> Expected)
{
    /// <summary>The arguments of the <c>unmodel</c> tool when the command runs it (installed, or from the clone), else null.</summary>
    public string[]? UnmodelArguments =>
        Command.StartsWith("unmodel ", StringComparison.Ordinal) ? DocumentedText.SplitArguments(Command["unmodel ".Length..])
        : Command.StartsWith(DocumentedText.CliFromClone, StringComparison.Ordinal) ? DocumentedText.SplitArguments(Command[DocumentedText.CliFromClone.Length..])
        : null;

    public override string ToString() => Place + ": $ " + Command;
}

/// <summary>
/// The text of the documentation (README.md, docs/, samples/) as the tests that keep it true read it: fenced blocks and
/// console transcripts. Elisions are written <c>…</c>: a line that is only <c>…</c> stands for any number of lines, and
/// <c>…</c> inside a line for any text.
/// </summary>
internal static partial class DocumentedText
{
    /// <summary>The command that runs the tool from a clone, as README.md writes it.</summary>
    public const string CliFromClone = "dotnet run --project src/UNModel.Cli -- ";

    /// <summary>The command that runs the sample program.</summary>
    public const string SampleRun = "dotnet run --project samples/UNModel.Sample";

    /// <summary>The command that builds the sample with its deliberate mistake.</summary>
    public const string SampleBuildWithMistake = "dotnet build samples/UNModel.Sample -p:ShowMistake=true";

    /// <summary>The pages, relative to the repository root: README.md, then docs/ and samples/ (CHANGELOG.md records the past and is not checked).</summary>
    public static IReadOnlyList<string> Pages { get; } = FindPages();

    /// <summary>The text of a page.</summary>
    public static string Read(string page) => File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot, page)).Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>Every fenced block of every page.</summary>
    public static IEnumerable<DocBlock> Blocks() => Pages.SelectMany(BlocksOf);

    /// <summary>The fenced blocks of one page.</summary>
    public static IEnumerable<DocBlock> BlocksOf(string page)
    {
        string[] lines = Read(page).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            Match open = Fence().Match(lines[i]);
            if (!open.Success)
            {
                continue;
            }

            string fence = open.Groups["fence"].Value;
            int start = i;
            var body = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != fence; i++)
            {
                body.Add(lines[i]);
            }

            Match context = start > 0 ? Context().Match(lines[start - 1]) : Match.Empty;
            yield return new DocBlock(page, start + 1, open.Groups["info"].Value.Trim(), body, context.Success ? context.Groups["code"].Value.Trim() : null);
        }
    }

    /// <summary>Every command of every console transcript.</summary>
    public static IEnumerable<Transcript> Transcripts()
    {
        foreach (DocBlock block in Blocks())
        {
            if (block.Lines.Count == 0 || !block.Lines[0].StartsWith("$ ", StringComparison.Ordinal))
            {
                continue;
            }

            for (int i = 0; i < block.Lines.Count;)
            {
                string command = block.Lines[i][2..].Trim();
                int line = block.Line + 1 + i;
                var expected = new List<string>();
                for (i++; i < block.Lines.Count && !block.Lines[i].StartsWith("$ ", StringComparison.Ordinal); i++)
                {
                    expected.Add(block.Lines[i]);
                }

                while (expected.Count > 0 && expected[^1].Trim().Length == 0)
                {
                    expected.RemoveAt(expected.Count - 1);
                }

                string? input = null;
                Match echo = Echo().Match(command);
                if (echo.Success)
                {
                    input = echo.Groups["text"].Value;
                    command = echo.Groups["command"].Value;
                }

                yield return new Transcript(block.Page + ":" + line.ToString(System.Globalization.CultureInfo.InvariantCulture), command, input, expected);
            }
        }
    }

    /// <summary>
    /// Whether the lines shown match the real ones: line by line, where a line <c>…</c> stands for any number of lines
    /// and <c>…</c> in a line for any text (trailing spaces ignored).
    /// </summary>
    public static bool Matches(IReadOnlyList<string> shown, IReadOnlyList<string> real) => Matches(shown, 0, real, 0);

    /// <summary>Whether one line shown matches a real one: equal, or equal outside its <c>…</c> elisions.</summary>
    public static bool LineMatches(string shown, string real)
    {
        shown = shown.TrimEnd();
        real = real.TrimEnd();
        string[] pieces = shown.Split('…');
        if (pieces.Length == 1)
        {
            return shown == real;
        }

        if (!real.StartsWith(pieces[0], StringComparison.Ordinal) || !real.EndsWith(pieces[^1], StringComparison.Ordinal))
        {
            return false;
        }

        int at = pieces[0].Length;
        int end = real.Length - pieces[^1].Length;
        for (int p = 1; p < pieces.Length - 1; p++)
        {
            int found = real.IndexOf(pieces[p], at, StringComparison.Ordinal);
            if (found < 0 || found + pieces[p].Length > end)
            {
                return false;
            }

            at = found + pieces[p].Length;
        }

        return at <= end;
    }

    /// <summary>Splits a command line at spaces, keeping text in single quotes together (as a POSIX shell does).</summary>
    public static string[] SplitArguments(string commandLine)
    {
        var args = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false, any = false;
        foreach (char c in commandLine)
        {
            if (c == '\'')
            {
                quoted = !quoted;
                any = true;
            }
            else if (c == ' ' && !quoted)
            {
                if (any)
                {
                    args.Add(current.ToString());
                    current.Clear();
                    any = false;
                }
            }
            else
            {
                current.Append(c);
                any = true;
            }
        }

        if (any)
        {
            args.Add(current.ToString());
        }

        return [.. args];
    }

    /// <summary>The lines of a program's output, without a final empty line.</summary>
    public static IReadOnlyList<string> LinesOf(string output)
    {
        var lines = output.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static bool Matches(IReadOnlyList<string> shown, int i, IReadOnlyList<string> real, int j)
    {
        if (i == shown.Count)
        {
            return j == real.Count;
        }

        if (shown[i].Trim() == "…")
        {
            for (int k = j; k <= real.Count; k++)
            {
                if (Matches(shown, i + 1, real, k))
                {
                    return true;
                }
            }

            return false;
        }

        return j < real.Count && LineMatches(shown[i], real[j]) && Matches(shown, i + 1, real, j + 1);
    }

    private static List<string> FindPages()
    {
        string root = Snapshot.RepositoryRoot;
        var pages = new List<string> { "README.md" };
        foreach (string folder in new[] { "docs", "samples" })
        {
            pages.AddRange(Directory.GetFiles(Path.Combine(root, folder), "*.md", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(root, p).Replace('\\', '/'))
                .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal));
        }

        return pages;
    }

    [GeneratedRegex(@"^\s*(?<fence>```+)(?<info>[^`]*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s*<!--\s*context:(?<code>.*)-->\s*$")]
    private static partial Regex Context();

    [GeneratedRegex(@"^echo '(?<text>[^']*)' \| (?<command>.+)$")]
    private static partial Regex Echo();
}
