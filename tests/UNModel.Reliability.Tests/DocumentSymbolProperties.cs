using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using UNModel.Reliability.Tests.Support;

namespace UNModel.Reliability.Tests;

/// <summary>Every document symbol the grammar allows round-trips through parse/format and System.Text.Json.</summary>
public sealed class DocumentSymbolProperties
{
    [Fact]
    public void Every_symbol_of_the_grammar_round_trips_through_parse_and_format()
    {
        PropertyRun.Check(Generators.DocumentSymbols(), text =>
        {
            DocumentSymbol symbol = DocumentSymbol.Parse(text, null);
            Assert.Equal(text, symbol.Value);
            Assert.Equal(text, symbol.ToString());

            Span<char> buffer = stackalloc char[128];
            Assert.True(symbol.TryFormat(buffer, out int written, default, null));
            Assert.Equal(text, buffer[..written].ToString());

            Assert.True(DocumentSymbol.TryParse(symbol.Value.AsSpan(), null, out DocumentSymbol again));
            Assert.Equal(symbol, again);
            Assert.Equal(symbol.GetHashCode(), again.GetHashCode());
            Assert.Equal(text, DocumentSymbol.Normalize(text));
            Assert.Equal(text, DocumentSymbol.Normalize(text.ToLowerInvariant()));
        }, 1000, "document symbol parse/format");
    }

    [Fact]
    public void Symbols_with_the_largest_numbers_round_trip_through_parse_and_format()
    {
        PropertyRun.Check(Generators.DocumentSymbols(huge: true), text =>
        {
            DocumentSymbol symbol = DocumentSymbol.From(text);
            Assert.Equal(text, symbol.Value);
            Assert.Equal(symbol, DocumentSymbol.From(symbol.Value));
        }, 300, "document symbol parse/format, nine-digit numbers");
    }

    /// <summary>The longest symbols the grammar accepts (nine-digit numbers everywhere) still format back whole.</summary>
    [Theory]
    [InlineData("A/RES/ES-999999999/999999999/Rev.999999999/Add.999999999/Corr.999999999")]
    [InlineData("A/HRC/RES/S-999999999/999999999/Rev.999999999/Add.999999999/Corr.999999999")]
    [InlineData("A/HRC/S-999999999/PV.999999999/Rev.999999999/Add.999999999/Corr.999999999")]
    [InlineData("S/RES/999999999 (2999)/Rev.999999999/Add.999999999/Corr.999999999")]
    [InlineData("E/RES/2999/999999999/Rev.999999999/Add.999999999/Corr.999999999")]
    [InlineData("A/RES/999999999 (XXX)/Rev.999999999/Add.999999999/Corr.999999999")]
    public void The_longest_symbols_round_trip(string text)
    {
        DocumentSymbol symbol = DocumentSymbol.From(text);
        Assert.Equal(text, symbol.Value);
        Assert.Equal(symbol, DocumentSymbol.From(symbol.Value));
        Assert.Equal(symbol, JsonSerializer.Deserialize<DocumentSymbol>(JsonSerializer.Serialize(symbol)));
    }

    [Fact]
    public void Every_symbol_round_trips_through_System_Text_Json()
    {
        PropertyRun.Check(Generators.DocumentSymbols(), text =>
        {
            DocumentSymbol symbol = DocumentSymbol.From(text);
            string json = JsonSerializer.Serialize(symbol);
            Assert.Equal(symbol, JsonSerializer.Deserialize<DocumentSymbol>(json));
            DocumentSymbol[] array = JsonSerializer.Deserialize<DocumentSymbol[]>(JsonSerializer.Serialize(new[] { symbol, symbol }))!;
            Assert.All(array, s => Assert.Equal(symbol, s));
        }, 500, "document symbol JSON");
    }

    /// <summary>
    /// The document systems' spelling of every resolution whose session or year is in parentheses, without the space
    /// before the parenthesis, parses to the same symbol, which formats with the space.
    /// </summary>
    [Fact]
    public void Every_resolution_written_without_the_space_before_its_parenthesis_parses_to_the_same_symbol()
    {
        PropertyRun.Check(Generators.DocumentSymbols(), text =>
        {
            int open = text.IndexOf(" (", StringComparison.Ordinal);
            if (!text.Contains("/RES/", StringComparison.Ordinal) || open < 0 || text.AsSpan(open).StartsWith(" (Part ", StringComparison.Ordinal))
            {
                return;
            }

            string unspaced = text.Remove(open, 1);
            DocumentSymbol symbol = DocumentSymbol.Parse(unspaced, null);
            Assert.Equal(DocumentSymbol.From(text), symbol);
            Assert.Equal(text, symbol.Value);
            Assert.Equal(text, DocumentSymbol.Normalize(unspaced));
        }, 1000, "document symbol, unspaced resolution");
    }

    /// <summary>
    /// The same law through FsCheck.Xunit's attribute, on arbitrary strings: a string that parses formats back to itself,
    /// or, for a resolution written without the space before its parenthesis, to itself with that space.
    /// </summary>
    [Property(MaxTest = 500, Replay = "(20250224,9867)")]
    public bool Any_string_that_parses_formats_back_to_itself(string? text)
    {
        if (text is null || !DocumentSymbol.TryFrom(text, out DocumentSymbol s))
        {
            return true;
        }

        int open = text.IndexOf('(', StringComparison.Ordinal);
        return s.Value == text || (open > 0 && s.Value == text.Insert(open, " "));
    }

    [Property(MaxTest = 500, Replay = "(20250224,9867)")]
    public bool Normalize_is_idempotent(string? text)
    {
        if (text is null)
        {
            return true;
        }

        string? once = DocumentSymbol.Normalize(text);
        return once is null || (DocumentSymbol.Normalize(once) == once && DocumentSymbol.TryFrom(once, out _));
    }
}
