using UNModel.Testing;

namespace UNModel.Cli.Tests;

/// <summary>
/// What the docs show the tool printing is what it prints. Each console transcript of README.md, docs/ and samples/
/// (a fenced block of <c>$ unmodel …</c> lines, or <c>$ dotnet run --project src/UNModel.Cli -- …</c>, each followed by its
/// output) is run and compared line by line, <c>…</c> marking what the page leaves out.
/// </summary>
public sealed class DocumentedOutputTests
{
    public static TheoryData<string> ToolTranscripts() => [.. DocumentedText.Transcripts().Where(t => t.UnmodelArguments is not null).Select(t => t.Place)];

    [Fact]
    public void Every_transcript_in_the_docs_is_one_a_test_runs()
    {
        // The tool's transcripts run here; the sample's run and build run in UNModel.Analyzers.Tests (DocumentedCodeTests).
        var notRun = DocumentedText.Transcripts()
            .Where(t => t.UnmodelArguments is null && t.Command != DocumentedText.SampleRun && t.Command != DocumentedText.SampleBuildWithMistake)
            .Select(t => t.ToString())
            .ToList();
        Assert.True(notRun.Count == 0, "transcripts no test runs: " + string.Join("; ", notRun));
        Assert.True(DocumentedText.Transcripts().Count(t => t.UnmodelArguments is not null) >= 5, "the docs show the tool's output in at least five places");
    }

    [Theory]
    [MemberData(nameof(ToolTranscripts))]
    public void The_tool_prints_what_the_docs_show(string place)
    {
        Transcript transcript = DocumentedText.Transcripts().Single(t => t.Place == place);
        using Cli.TempFolder temp = Cli.Temp();
        string[] args = transcript.UnmodelArguments!;
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 1; i < args.Length; i++)
        {
            if (args[i - 1] == "--svg")
            {
                written[temp.File(args[i])] = args[i];
                args[i] = temp.File(args[i]);
            }
        }

        (int _, string output, string error) = Cli.RunWithInput(transcript.Input ?? string.Empty, args);
        string printed = output + error;
        foreach ((string path, string shown) in written)
        {
            printed = printed.Replace(path, shown, StringComparison.Ordinal);
        }

        IReadOnlyList<string> real = DocumentedText.LinesOf(printed);
        Assert.True(
            DocumentedText.Matches(transcript.Expected, real),
            transcript + "\n--- the page shows:\n" + string.Join("\n", transcript.Expected) + "\n--- the tool prints:\n" + string.Join("\n", real));
    }

    [Theory]
    [InlineData("a\nb\nc", "a\nb\nc", true)]
    [InlineData("a\n…\nc", "a\nb\nb2\nc", true)]
    [InlineData("a\n…", "a", true)]
    [InlineData("a\nc", "a\nb\nc", false)]
    [InlineData("a …", "a b c", true)]
    [InlineData("a … c", "a b c", true)]
    [InlineData("a … d", "a b c", false)]
    [InlineData("x\n…", "a\nb", false)]
    public void Elisions_match_what_they_leave_out_and_nothing_else(string shown, string real, bool matches) =>
        Assert.Equal(matches, DocumentedText.Matches(shown.Split('\n'), real.Split('\n')));
}
