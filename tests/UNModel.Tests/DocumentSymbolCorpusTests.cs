using System.Globalization;
using System.Text.RegularExpressions;
using UNModel.Testing;

namespace UNModel.Tests;

/// <summary>
/// <see cref="DocumentSymbol"/> against real symbols: every symbol of <c>data/document-symbols/corpus.csv</c> parses and
/// formats to its canonical form (itself, but for the document systems' spelling of a resolution without the space before
/// its parenthesis), and every mis-written one of <c>malformed.csv</c> gets the answer the file records.
/// </summary>
public partial class DocumentSymbolCorpusTests
{
    private static readonly string Directory = Path.Combine(Snapshot.RepositoryRoot, "data", "document-symbols");

    public static TheoryData<string> Corpus() => [.. Rows("corpus.csv").Select(r => r[0])];

    public static TheoryData<string, string> CorpusWithShapes()
    {
        var data = new TheoryData<string, string>();
        foreach (string[] r in Rows("corpus.csv"))
        {
            data.Add(r[0], r[1]);
        }

        return data;
    }

    public static TheoryData<string, string, string, string> Malformed()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (string[] r in Rows("malformed.csv"))
        {
            data.Add(r[0], r[1], r[2], r[3]);
        }

        return data;
    }

    [Fact]
    public void The_corpus_has_at_least_200_symbols_of_at_least_20_shapes_each_with_where_it_was_seen()
    {
        List<string[]> rows = Rows("corpus.csv");

        Assert.True(rows.Count >= 200, rows.Count + " symbols");
        Assert.True(rows.Select(r => r[1]).Distinct().Count() >= 20, rows.Select(r => r[1]).Distinct().Count() + " shapes");
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct().Count());
        Assert.All(rows, r => Assert.StartsWith("http", r[2], StringComparison.Ordinal));
    }

    /// <summary>
    /// The figures docs/document-symbols.md, data/document-symbols/README.md and README.md state about the corpus are the files':
    /// symbols, distinct shapes (the <c>shape</c> column) and the spellings without a space; mis-written symbols, refused,
    /// with a suggestion, with a hint, well-formed.
    /// </summary>
    [Fact]
    public void The_documentation_states_the_corpus_figures()
    {
        List<string[]> corpus = Rows("corpus.csv");
        List<string[]> malformed = Rows("malformed.csv");
        int symbols = corpus.Count;
        int shapes = corpus.Select(r => r[1]).Distinct(StringComparer.Ordinal).Count();
        int unspaced = corpus.Count(r => CanonicalOf(r[0]) != r[0]);
        int refused = malformed.Count(r => r[1] == "rejected");
        int suggested = malformed.Count(r => r[1] == "rejected" && r[2].Length > 0);
        int hinted = malformed.Count(r => r[1] == "rejected" && r[3].Length > 0);
        int wellFormed = malformed.Count(r => r[1] == "well-formed");
        Assert.Equal(malformed.Count, refused + wellFormed);

        string doc = Text(Path.Combine(Snapshot.RepositoryRoot, "docs", "document-symbols.md"));
        Assert.Equal(
            [symbols, shapes, unspaced],
            Figures(doc, @"`data/document-symbols/corpus\.csv`: (\d+) real symbols of (\d+) shapes.*?but for the (\d+) resolutions written without the space"));
        Assert.Equal(
            [malformed.Count, refused, suggested, hinted, wellFormed],
            Figures(doc, @"`data/document-symbols/malformed\.csv`: (\d+) mis-written symbols seen in the wild; (\d+) are refused \((\d+) with a suggestion, (\d+) with a hint\), and (\d+) have a right shape"));

        string readme = Text(Path.Combine(Directory, "README.md"));
        Assert.Equal([symbols, shapes], Figures(readme, @"\| `corpus\.csv` \| (\d+) \|.*?\((\d+) shapes,"));
        Assert.Equal([malformed.Count], Figures(readme, @"\| `malformed\.csv` \| (\d+) \|"));

        string projectReadme = Text(Path.Combine(Snapshot.RepositoryRoot, "README.md"));
        Assert.Equal([symbols, shapes], Figures(projectReadme, @"tested on (\d+) real symbols of (\d+) shapes"));
    }

    [Theory]
    [MemberData(nameof(CorpusWithShapes))]
    public void A_real_symbol_parses_and_formats_to_its_canonical_form(string text, string shape)
    {
        // The canonical form is the text itself (an exact round trip), except for the document systems' spelling of a
        // resolution, A/RES/2758(XXVI) or S/RES/2334(2016), which the corpus lists under its own shapes.
        string canonical = CanonicalOf(text);
        Assert.Equal(shape.EndsWith("-unspaced", StringComparison.Ordinal), canonical != text);

        Assert.True(DocumentSymbol.TryFrom(text, out DocumentSymbol symbol), text + " is refused");
        Assert.Equal(canonical, symbol.Value);
        Assert.Equal(canonical, DocumentSymbol.Normalize(text));
        Assert.Equal(symbol, DocumentSymbol.From(symbol.ToString()));
        Assert.Equal(symbol, DocumentSymbol.From(canonical));

        Span<char> buffer = stackalloc char[128];
        Assert.True(symbol.TryFormat(buffer, out int written, default, CultureInfo.InvariantCulture));
        Assert.Equal(canonical, buffer[..written].ToString());
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_real_symbol_written_in_lower_case_is_repaired_to_its_canonical_form(string text)
    {
        Assert.Equal(CanonicalOf(text), DocumentSymbol.Normalize(text.ToLowerInvariant()));
        if (text.ToLowerInvariant() != text)
        {
            Assert.False(DocumentSymbol.TryFrom(text.ToLowerInvariant(), out _));
        }
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_mis_written_symbol_gets_the_recorded_answer(string text, string expected, string canonical, string hint)
    {
        if (expected == "well-formed")
        {
            // The shape is right (a mistyped session number, a document symbol cited as a resolution): nothing can tell.
            Assert.True(DocumentSymbol.TryFrom(text, out _));
            return;
        }

        Assert.Equal("rejected", expected);
        var ex = Assert.Throws<DocumentSymbolFormatException>(() => DocumentSymbol.From(text));
        Assert.Equal(canonical.Length == 0 ? null : canonical, ex.Canonical);
        Assert.Equal(canonical.Length == 0 ? null : canonical, DocumentSymbol.Normalize(text));

        // What the message says after the text: the canonical form, what is wrong, or examples.
        string said = ex.Message[ex.Message.IndexOf(" is not a United Nations document symbol", StringComparison.Ordinal)..];
        Assert.Equal(
            canonical.Length > 0 ? " is not a United Nations document symbol; did you mean '" + canonical + "'?"
            : hint.Length > 0 ? " is not a United Nations document symbol: " + hint
            : " is not a United Nations document symbol (expected e.g. A/RES/ES-11/7, A/ES-11/L.10, S/RES/2774 (2025), S/2025/112)",
            said);
        Assert.True(canonical.Length == 0 || hint.Length == 0, "a row has a canonical form or a hint, not both");
    }

    [Theory]
    [InlineData("A/C.5/79/L.20", DocumentOrgan.GeneralAssembly, DocumentKind.Draft)]
    [InlineData("A/C.3/77/L.10/Rev.1", DocumentOrgan.GeneralAssembly, DocumentKind.Draft)]
    [InlineData("A/CN.9/WG.IV/WP.140/Add.1", DocumentOrgan.GeneralAssembly, DocumentKind.Document)]
    [InlineData("A/44/PV.78", DocumentOrgan.GeneralAssembly, DocumentKind.MeetingRecord)]
    [InlineData("S/PRST/2023/4", DocumentOrgan.SecurityCouncil, DocumentKind.Document)]
    [InlineData("S/INF/19/Rev.1/Add.1", DocumentOrgan.SecurityCouncil, DocumentKind.Document)]
    [InlineData("E/CN.7/2016/L.16", DocumentOrgan.EconomicAndSocialCouncil, DocumentKind.Draft)]
    [InlineData("E/RES/1996/31", DocumentOrgan.EconomicAndSocialCouncil, DocumentKind.Resolution)]
    [InlineData("A/HRC/RES/S-12/1", DocumentOrgan.HumanRightsCouncil, DocumentKind.Resolution)]
    [InlineData("ST/SGB/2019/8", DocumentOrgan.Secretariat, DocumentKind.Document)]
    [InlineData("CEDAW/C/GC/31", DocumentOrgan.TreatyBody, DocumentKind.Document)]
    [InlineData("A/HRC/WG.6/44/1", DocumentOrgan.HumanRightsCouncil, DocumentKind.Document)]
    [InlineData("T/1", DocumentOrgan.TrusteeshipCouncil, DocumentKind.Document)]
    [InlineData("A/6014", DocumentOrgan.GeneralAssembly, DocumentKind.Document)]
    [InlineData("A/RES/217A (III)", DocumentOrgan.GeneralAssembly, DocumentKind.Resolution)]
    [InlineData("A/RES/3201 (S-VI)", DocumentOrgan.GeneralAssembly, DocumentKind.Resolution)]
    public void Each_series_has_its_organ_and_kind(string text, DocumentOrgan organ, DocumentKind kind)
    {
        DocumentSymbol symbol = DocumentSymbol.From(text);

        Assert.Equal((organ, kind), (symbol.Organ, symbol.Kind));
    }

    /// <summary>The Main Committees' drafts of the corpus give the session and the number their symbols write.</summary>
    [Fact]
    public void Every_Main_Committee_draft_of_the_corpus_has_its_session_and_number()
    {
        List<string[]> drafts = [.. Rows("corpus.csv").Where(r => r[1].StartsWith("main-committee-draft", StringComparison.Ordinal))];

        Assert.True(drafts.Count >= 30, drafts.Count + " drafts");
        Assert.All(drafts, r =>
        {
            Match m = MainCommitteeDraft().Match(r[0]);
            Assert.True(m.Success, r[0]);
            DocumentSymbol symbol = DocumentSymbol.From(r[0]);
            Assert.Equal(
                (DocumentOrgan.GeneralAssembly, DocumentKind.Draft, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), 0, int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)),
                (symbol.Organ, symbol.Kind, symbol.Session, symbol.Year, symbol.Number));
        });
    }

    [Theory]
    [InlineData("A/RES/67")]
    [InlineData("A/HRC/L.30")]
    [InlineData("S/RES/2724")]
    [InlineData("A/C.1/57/L.2/Rev.1/Rev.2")]
    [InlineData("A/C.1/57/Rev.1/L.2")]
    [InlineData("UN/C.1/57/L.2")]
    [InlineData("CEDAW/C/GC/31/CRC/C/GC/18")]
    public void A_symbol_the_grammars_do_not_own_is_refused(string text) => Assert.False(DocumentSymbol.TryFrom(text, out _));

    [Fact]
    public void A_Fifth_Committee_draft_is_a_proposal()
    {
        Proposal draft = Proposal.Draft("A/C.5/79/L.20");

        Assert.Equal("A/C.5/79/L.20", draft.Symbol!.Value.Value);
    }

    /// <summary>A document's text with its line breaks and runs of spaces as single spaces.</summary>
    private static string Text(string path) => Whitespace().Replace(File.ReadAllText(path), " ");

    /// <summary>The numbers the pattern's groups capture in the text; the pattern must match.</summary>
    private static int[] Figures(string text, string pattern)
    {
        Match m = Regex.Match(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        Assert.True(m.Success, "no sentence matches " + pattern);
        return [.. m.Groups.Cast<Group>().Skip(1).Select(g => int.Parse(g.Value, CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    /// <summary>The text with one space before the parenthesis of a resolution's session or year when it has none.</summary>
    private static string CanonicalOf(string text) =>
        UnspacedResolution().Match(text) is { Success: true } m ? text.Insert(m.Length - 1, " ") : text;

    [GeneratedRegex(@"^[AS]/RES/[0-9]+[A-Z]?\(", RegexOptions.CultureInvariant)]
    private static partial Regex UnspacedResolution();

    [GeneratedRegex(@"^A/C\.[1-6]/([0-9]+)/L\.([0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex MainCommitteeDraft();

    private static List<string[]> Rows(string file)
    {
        using var parser = new Microsoft.VisualBasic.FileIO.TextFieldParser(Path.Combine(Directory, file)) { CommentTokens = ["#"], Delimiters = [","], HasFieldsEnclosedInQuotes = true };
        var rows = new List<string[]>();
        _ = parser.ReadFields(); // the header
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }
}
