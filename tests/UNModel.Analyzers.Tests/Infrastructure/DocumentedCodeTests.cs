using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using UNModel.Analyzers.Tests.Helpers;
using UNModel.Testing;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>Runs the doc examples one at a time: they set the console's output and the working directory.</summary>
[CollectionDefinition(nameof(DocumentedCodeTests), DisableParallelization = true)]
public sealed class DocumentedCodeCollection;

/// <summary>
/// The C# the docs show is real, and so is every diagnostic and output they quote. Each <c>```csharp</c> block of README.md,
/// docs/ and samples/ is compiled (with the declarations its page gives in a <c>&lt;!-- context: … --&gt;</c> comment) against
/// UNModel with every analyzer: it must compile, and the analyzers must report exactly the diagnostics its comments
/// announce (<c>// error UNM0001: …</c> on the line reported, the message as quoted), and no other. A block whose
/// <c>Console.WriteLine</c> lines carry <c>// "…"</c> is run, and prints those lines. Every <c>error UNMxxxx: …</c> quoted in
/// prose is a message the analyzers report for the docs' examples or the sample; the sample's run and its build with the
/// deliberate mistake print what the pages' transcripts show.
/// </summary>
[Collection(nameof(DocumentedCodeTests))]
public sealed partial class DocumentedCodeTests
{
    private static readonly string Root = AllAnalyzers.RepositoryRoot();

    private static readonly string SampleProgram = File.ReadAllText(Path.Combine(Root, "samples", "UNModel.Sample", "Program.cs"));

    private static readonly CSharpParseOptions Parse = new(LanguageVersion.Latest);

    /// <summary>The namespaces a console project has (implicit usings) and UNModel's own.</summary>
    private static readonly SyntaxTree GlobalUsings = CSharpSyntaxTree.ParseText(
        "global using System;\nglobal using System.Collections.Generic;\nglobal using System.IO;\nglobal using System.Linq;\nglobal using UNModel;\nglobal using UNModel.Serialization;\nglobal using UNModel.Records;\nglobal using UNModel.Analysis;\n",
        Parse,
        path: "GlobalUsings.cs");

    private static readonly MetadataReference RecordsReference = MetadataReference.CreateFromFile(typeof(UNModel.Records.UnvotesImporter).Assembly.Location);

    public static TheoryData<string> CSharpBlocks() => [.. DocumentedText.Blocks().Where(b => b.Info == "csharp").Select(b => b.Place)];

    [Fact]
    public void The_docs_show_compiled_examples_for_every_rule()
    {
        var places = DocumentedText.Blocks().Where(b => b.Info == "csharp").Select(b => b.Place).ToList();
        foreach (DiagnosticDescriptor descriptor in AllAnalyzers.Descriptors())
        {
            Assert.Contains(places, p => p.StartsWith("docs/rules/" + descriptor.Id + ".md:", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public async Task A_csharp_example_of_the_docs_compiles_with_exactly_the_diagnostics_it_announces(string place)
    {
        DocBlock block = DocumentedText.Blocks().Single(b => b.Place == place);
        (CSharpCompilation compilation, ImmutableArray<Diagnostic> diagnostics) = await CompileAsync(block);

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, place + " does not compile: " + string.Join("; ", errors.Select(e => Line(e) + ": " + e.GetMessage(CultureInfo.InvariantCulture))));

        var announced = Announced(block).ToList();
        var problems = new List<string>();
        foreach (Diagnostic d in diagnostics)
        {
            string message = d.GetMessage(CultureInfo.InvariantCulture);
            if (!announced.Any(a => a.Line == Line(d) && a.Id == d.Id && (a.Message is null || DocumentedText.LineMatches(a.Message, message))))
            {
                problems.Add("line " + Line(d) + ": " + d.Id + ": " + message + (announced.Any(a => a.Line == Line(d) && a.Id == d.Id) ? " (the comment quotes it otherwise)" : " (not announced)"));
            }
        }

        foreach ((int line, string id, string? _) in announced)
        {
            if (!diagnostics.Any(d => Line(d) == line && d.Id == id))
            {
                problems.Add("line " + line + ": " + id + " is announced but not reported");
            }
        }

        for (int i = 0; i < block.Lines.Count; i++)
        {
            if (block.Lines[i].Contains("Console.Write", StringComparison.Ordinal) && block.Lines[i].Contains("//", StringComparison.Ordinal) && !Print().IsMatch(block.Lines[i]))
            {
                problems.Add("line " + i + ": say what it prints in quotes (// \"…\"), so that the test runs it");
            }
        }

        Assert.True(problems.Count == 0, place + ":\n" + string.Join("\n", problems));

        var printed = Printed(block).ToList();
        if (printed.Count > 0)
        {
            IReadOnlyList<string> output = Run(compilation);
            Assert.True(DocumentedText.Matches(printed, output), place + " prints:\n" + string.Join("\n", output) + "\n--- the page shows:\n" + string.Join("\n", printed));
        }
    }

    [Fact]
    public async Task Every_diagnostic_quoted_in_the_docs_is_one_the_analyzers_report()
    {
        var real = new List<(string Id, string Message, string? Location)>();
        foreach (DocBlock block in DocumentedText.Blocks().Where(b => b.Info == "csharp"))
        {
            real.AddRange((await CompileAsync(block)).Diagnostics.Select(d => (d.Id, d.GetMessage(CultureInfo.InvariantCulture), (string?)null)));
        }

        real.AddRange((await AnalyzeSampleAsync("SHOW_MISTAKE")).Select(d => (d.Id, d.GetMessage(CultureInfo.InvariantCulture), (string?)Position(d))));

        var quoted = new List<string>();
        var wrong = new List<string>();
        foreach (string page in DocumentedText.Pages)
        {
            foreach ((int line, string text) in ProseAndCode(page))
            {
                foreach (Match m in QuotedDiagnostic().Matches(text))
                {
                    string id = m.Groups["id"].Value;
                    string? message = m.Groups["message"].Success ? Cut(m.Groups["message"].Value) : null;
                    string? location = m.Groups["file"].Success ? Path.GetFileName(m.Groups["file"].Value) + "(" + m.Groups["pos"].Value + ")" : null;
                    quoted.Add(page + ":" + line);
                    if (!real.Any(r => r.Id == id && (message is null || DocumentedText.LineMatches(message, r.Message)) && (location is null || location == r.Location)))
                    {
                        wrong.Add(page + ":" + line + ": " + m.Value);
                    }
                }
            }
        }

        Assert.True(quoted.Count >= 20, "the docs quote diagnostics in " + quoted.Count + " places");
        Assert.True(wrong.Count == 0, "quoted diagnostics no analyzer reports so:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task The_sample_prints_what_the_docs_show()
    {
        var transcripts = DocumentedText.Transcripts().Where(t => t.Command == DocumentedText.SampleRun).ToList();
        Assert.NotEmpty(transcripts);
        CSharpCompilation compilation = SampleCompilation();
        Assert.Empty(await compilation.WithAnalyzers(AllAnalyzers.Create()).GetAnalyzerDiagnosticsAsync());
        IReadOnlyList<string> output = Run(compilation);
        foreach (Transcript t in transcripts)
        {
            Assert.True(DocumentedText.Matches(t.Expected, output), t + " shows:\n" + string.Join("\n", t.Expected) + "\n--- the sample prints:\n" + string.Join("\n", output));
        }
    }

    [Fact]
    public async Task Building_the_sample_with_its_mistake_reports_what_the_docs_show()
    {
        var transcripts = DocumentedText.Transcripts().Where(t => t.Command == DocumentedText.SampleBuildWithMistake).ToList();
        Assert.NotEmpty(transcripts);

        // As MSBuild prints a diagnostic: the full path, position, severity, id, message, help link and project.
        string folder = Path.Combine(Root, "samples", "UNModel.Sample");
        var lines = (await AnalyzeSampleAsync("SHOW_MISTAKE"))
            .Select(d => Path.Combine(folder, "Program.cs") + Position(d)[Position(d).IndexOf('(', StringComparison.Ordinal)..] + ": " + d.Severity.ToString().ToLowerInvariant() + " " + d.Id + ": "
                + d.GetMessage(CultureInfo.InvariantCulture) + " (" + d.Descriptor.HelpLinkUri + ") [" + Path.Combine(folder, "UNModel.Sample.csproj") + "]")
            .ToList();
        foreach (Transcript t in transcripts)
        {
            Assert.True(DocumentedText.Matches(t.Expected, lines), t + " shows:\n" + string.Join("\n", t.Expected) + "\n--- the compiler reports:\n" + string.Join("\n", lines));
        }
    }

    [Theory]
    [InlineData("    .Veto(MemberStates.Slovenia)   // error UNM0001: Slovenia (SVN) is …", 1, "UNM0001", "Slovenia (SVN) is …")]
    [InlineData("x = 1;   // warning UNM0018 (abstention)", 1, "UNM0018", null)]
    public void An_announcement_is_read_from_its_comment(string line, int number, string id, string? message)
    {
        var block = new DocBlock("page.md", 1, "csharp", [line], null);
        Assert.Equal([(number - 1, id, message)], Announced(block));
    }

    /// <summary>The diagnostics a block's comments announce: its line (zero-based in the block), id and quoted message.</summary>
    private static IEnumerable<(int Line, string Id, string? Message)> Announced(DocBlock block)
    {
        for (int i = 0; i < block.Lines.Count; i++)
        {
            Match m = Announcement().Match(block.Lines[i]);
            if (m.Success)
            {
                yield return (i, m.Groups["id"].Value, m.Groups["message"].Success ? m.Groups["message"].Value.Trim() : null);
            }
        }
    }

    /// <summary>The lines a block says it prints: <c>// "…"</c> after a <c>Console.WriteLine</c>.</summary>
    private static IEnumerable<string> Printed(DocBlock block) =>
        block.Lines.Select(l => Print().Match(l)).Where(m => m.Success).Select(m => m.Groups["text"].Value);

    /// <summary>A block as a program: its lines in place, the page's context on the line of its first statement.</summary>
    private static async Task<(CSharpCompilation Compilation, ImmutableArray<Diagnostic> Diagnostics)> CompileAsync(DocBlock block)
    {
        string[] lines = [.. block.Lines];
        if (block.Context is not null)
        {
            int first = Array.FindIndex(lines, l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("using ", StringComparison.Ordinal) && !l.TrimStart().StartsWith("//", StringComparison.Ordinal));
            lines[first] = block.Context + " " + lines[first];
        }

        // An attribute on its own (a suppression) is shown on a method, which is where it goes.
        bool attributesOnly = lines.All(l => l.Trim().Length == 0 || (l.TrimStart().StartsWith('[') && l.TrimEnd().EndsWith(']')));
        string text = attributesOnly
            ? "using System.Diagnostics.CodeAnalysis;\npublic static class Example\n{\n" + string.Join("\n", lines) + "\n    public static void Check() { }\n}\n"
            : string.Join("\n", lines);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(text, Parse, path: block.Page);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "DocExample",
            [GlobalUsings, tree],
            [.. Basic.Reference.Assemblies.Net100.References.All, Verifier.UNModelReference, RecordsReference],
            new CSharpCompilationOptions(attributesOnly ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return (compilation, await compilation.WithAnalyzers(AllAnalyzers.Create()).GetAnalyzerDiagnosticsAsync());
    }

    private static CSharpCompilation SampleCompilation(params string[] symbols) =>
        CSharpCompilation.Create(
            "Sample",
            [CSharpSyntaxTree.ParseText(SampleProgram, new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: symbols), path: "Program.cs")],
            [.. Basic.Reference.Assemblies.Net100.References.All, Verifier.UNModelReference],
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeSampleAsync(params string[] symbols) =>
        await SampleCompilation(symbols).WithAnalyzers(AllAnalyzers.Create()).GetAnalyzerDiagnosticsAsync();

    /// <summary>Runs a compiled program from the repository root and returns what it wrote to the console.</summary>
    private static IReadOnlyList<string> Run(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        Microsoft.CodeAnalysis.Emit.EmitResult emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("; ", emitted.Diagnostics));
        var context = new AssemblyLoadContext("doc-example", isCollectible: true);
        TextWriter console = Console.Out;
        string directory = Directory.GetCurrentDirectory();
        var output = new StringWriter(CultureInfo.InvariantCulture);
        try
        {
            image.Position = 0;
            System.Reflection.MethodInfo entry = context.LoadFromStream(image).EntryPoint!;
            Console.SetOut(output);
            Directory.SetCurrentDirectory(Root);
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        finally
        {
            Console.SetOut(console);
            Directory.SetCurrentDirectory(directory);
            context.Unload();
        }

        return DocumentedText.LinesOf(output.ToString());
    }

    private static int Line(Diagnostic d) => d.Location.GetLineSpan().StartLinePosition.Line;

    private static string Position(Diagnostic d)
    {
        FileLinePositionSpan span = d.Location.GetLineSpan();
        return Path.GetFileName(span.Path) + "(" + (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + "," + (span.StartLinePosition.Character + 1).ToString(CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>A quoted message without what follows it on the line: the help link, the project, the end of inline code.</summary>
    private static string Cut(string message)
    {
        foreach (string end in new[] { " (https://", " [", "`" })
        {
            int at = message.IndexOf(end, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.Trim();
    }

    /// <summary>The lines of a page, without the tool's transcripts (their lines are the tool's, checked by UNModel.Cli.Tests).</summary>
    private static IEnumerable<(int Line, string Text)> ProseAndCode(string page)
    {
        var tool = DocumentedText.BlocksOf(page)
            .Where(b => b.Lines.Count > 0 && b.Lines[0].StartsWith("$ ", StringComparison.Ordinal)
                && b.Lines.Any(l => l.StartsWith("$ ", StringComparison.Ordinal) && (l.Contains("unmodel ", StringComparison.Ordinal) || l.Contains(DocumentedText.CliFromClone, StringComparison.Ordinal))))
            .SelectMany(b => Enumerable.Range(b.Line + 1, b.Lines.Count))
            .ToHashSet();
        string[] lines = DocumentedText.Read(page).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!tool.Contains(i + 1))
            {
                yield return (i + 1, lines[i]);
            }
        }
    }

    [GeneratedRegex(@"//\s*(?:error|warning) (?<id>UNM\d{4})(?::\s*(?<message>.+))?")]
    private static partial Regex Announcement();

    [GeneratedRegex(@"Console\.WriteLine\(.*\);\s*//\s*""(?<text>.*)""\s*$")]
    private static partial Regex Print();

    [GeneratedRegex(@"(?:(?<file>[\w./…-]*\.cs)\((?<pos>\d+,\d+)\): )?(?:error|warning) (?<id>UNM\d{4})(?:: (?<message>[^\n]+))?")]
    private static partial Regex QuotedDiagnostic();
}
