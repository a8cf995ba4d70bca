namespace UNModel.Tests;

/// <summary>
/// What the hot paths allocate, counted on the calling thread: deciding a vote and reading or writing a document symbol
/// through spans allocate nothing once warm. How fast they are is measured by benchmarks/UNModel.Benchmarks, not here.
/// </summary>
public sealed class AllocationTests
{
    private static readonly DateOnly Day = new(2025, 2, 24);

    [Fact]
    public void Deciding_the_Council_roll_call_on_S_2025_112_allocates_nothing()
    {
        // S/2025/112, adopted 10-0-5 as resolution 2774 (2025) (S/PV.9866).
        Vote vote = TestVotes.Council(Day, "CHN DZA GUY KOR PAK PAN RUS SLE SOM USA", abstain: "DNK FRA GBR GRC SVN");
        Assert.Equal(VoteOutcome.Adopted, Charter.Decide(vote).Outcome);

        Assert.Equal(0, AllocatedBy(() => Charter.Decide(vote)));
    }

    [Fact]
    public void Deciding_the_Assembly_tally_of_A_RES_ES_11_7_allocates_nothing()
    {
        // A/ES-11/L.10, adopted 93-18-65 as A/RES/ES-11/7.
        Vote vote = TestVotes.Assembly(Day, Tally.From(93, 18, 65));
        Assert.Equal(VoteOutcome.Adopted, Charter.Decide(vote).Outcome);

        Assert.Equal(0, AllocatedBy(() => Charter.Decide(vote)));
    }

    [Fact]
    public void Deciding_a_vetoed_Council_tally_allocates_nothing()
    {
        // The third European amendment to S/2025/112: 11 in favour, the Russian Federation against (S/PV.9866).
        Vote vote = Vote.FromTally(Body.SecurityCouncil, Day, QuestionKind.Substantive, Proposal.Amendment(null, DocumentSymbol.From("S/2025/112")),
            Tally.Partial(yes: 11), permanentNo: [CountryCode.From("RUS")]);
        Assert.True(Charter.Decide(vote).IsVetoed);

        Assert.Equal(0, AllocatedBy(() => Charter.Decide(vote)));
    }

    [Theory]
    [InlineData("A/RES/ES-11/7")]
    [InlineData("S/RES/2774 (2025)")]
    [InlineData("S/2025/112")]
    [InlineData("A/HRC/58/L.1/Rev.1")]
    [InlineData("E/RES/1996/31")]
    public void Parsing_a_symbol_from_a_span_and_formatting_it_into_one_allocate_nothing(string text)
    {
        (char[] source, DocumentSymbol parsed, char[] buffer) = RoundTrip(text);

        Assert.Equal(0, AllocatedBy(() => DocumentSymbol.TryParse(source.AsSpan(), null, out _)));
        Assert.Equal(0, AllocatedBy(() => parsed.TryFormat(buffer, out _, default, null)));
    }

    // The Official Document System's spelling, without the space before the parenthesis, is read as cheaply.
    [Theory]
    [InlineData("A/RES/2758(XXVI)")]
    [InlineData("S/RES/2334(2016)")]
    public void Parsing_the_document_systems_spelling_from_a_span_allocates_nothing(string text)
    {
        char[] source = text.ToCharArray();
        Assert.True(DocumentSymbol.TryParse(source.AsSpan(), null, out _));

        Assert.Equal(0, AllocatedBy(() => DocumentSymbol.TryParse(source.AsSpan(), null, out _)));
    }

    // Symbols from data/document-symbols/corpus.csv. Those of the series the core grammar does not take apart (Main
    // Committees, presidential statements, information series) keep their text as one string.
    [Theory]
    [InlineData("A/C.5/78/L.30")]
    [InlineData("S/PRST/2015/19")]
    [InlineData("A/INF/77/4")]
    public void A_symbol_of_another_series_keeps_its_text_one_string_a_parse_and_formats_without_allocating(string text)
    {
        (char[] source, DocumentSymbol parsed, char[] buffer) = RoundTrip(text);
        long oneString = AllocatedBy(() => _ = new string(source), calls: 1);

        Assert.Equal(oneString, AllocatedBy(() => DocumentSymbol.TryParse(source.AsSpan(), null, out _), calls: 1));
        Assert.Equal(0, AllocatedBy(() => parsed.TryFormat(buffer, out _, default, null)));
    }

    private static (char[] Source, DocumentSymbol Parsed, char[] Buffer) RoundTrip(string text)
    {
        char[] source = text.ToCharArray();
        char[] buffer = new char[64];
        Assert.True(DocumentSymbol.TryParse(source.AsSpan(), null, out DocumentSymbol parsed));
        Assert.True(parsed.TryFormat(buffer, out int written, default, null));
        Assert.Equal(text, new string(buffer, 0, written));
        return (source, parsed, buffer);
    }

    /// <summary>The bytes <paramref name="action"/> allocates in <paramref name="calls"/> calls on this thread, after as many to warm up.</summary>
    private static long AllocatedBy(Action action, int calls = 1000)
    {
        for (int i = 0; i < 1000; i++)
        {
            action();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < calls; i++)
        {
            action();
        }

        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
