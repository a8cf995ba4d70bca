using System.Globalization;

namespace UNModel.Tests;

/// <summary>
/// The two spellings of a resolution whose session or year is in parentheses: with one space before the parenthesis, as
/// the resolutions' own headings and the UN's citations write it (the canonical form), and without, as the Official
/// Document System and the Digital Library list it. Both parse, through every entry point, to one value.
/// </summary>
public class DocumentSymbolSpellingTests
{
    [Theory]
    [InlineData("A/RES/2758(XXVI)", "A/RES/2758 (XXVI)")]
    [InlineData("A/RES/377(V)", "A/RES/377 (V)")]
    [InlineData("A/RES/217A(III)", "A/RES/217A (III)")]
    [InlineData("A/RES/3201(S-VI)", "A/RES/3201 (S-VI)")]
    [InlineData("A/RES/2252(ES-V)", "A/RES/2252 (ES-V)")]
    [InlineData("S/RES/2334(2016)", "S/RES/2334 (2016)")]
    [InlineData("S/RES/82(1950)", "S/RES/82 (1950)")]
    [InlineData("S/RES/2774(2025)/Corr.1", "S/RES/2774 (2025)/Corr.1")]
    public void The_document_systems_spelling_parses_to_the_canonical_symbol(string unspaced, string canonical)
    {
        DocumentSymbol expected = DocumentSymbol.From(canonical);

        DocumentSymbol[] parsed =
        [
            DocumentSymbol.From(unspaced),
            DocumentSymbol.Parse(unspaced, CultureInfo.InvariantCulture),
            DocumentSymbol.Parse(unspaced.AsSpan(), CultureInfo.InvariantCulture),
            DocumentSymbol.TryFrom(unspaced, out DocumentSymbol a) ? a : default,
            DocumentSymbol.TryParse(unspaced, null, out DocumentSymbol b) ? b : default,
            DocumentSymbol.TryParse(unspaced.AsSpan(), null, out DocumentSymbol c) ? c : default,
            System.Text.Json.JsonSerializer.Deserialize<DocumentSymbol>("\"" + unspaced + "\""),
        ];

        Assert.All(parsed, s =>
        {
            Assert.Equal(expected, s);
            Assert.Equal(expected.GetHashCode(), s.GetHashCode());
            Assert.Equal(canonical, s.Value);
            Assert.Equal(canonical, s.ToString());
        });

        Span<char> buffer = stackalloc char[64];
        Assert.True(parsed[0].TryFormat(buffer, out int written, default, null));
        Assert.Equal(canonical, buffer[..written].ToString());
        Assert.Equal(canonical, DocumentSymbol.Normalize(unspaced));
    }

    [Theory]
    [InlineData("A/RES/2758  (XXVI)")]
    [InlineData("A/RES/2758 ( XXVI)")]
    [InlineData("A/RES/2758\t(XXVI)")]
    [InlineData("S/RES/2334  (2016)")]
    [InlineData("S/RES/2334 (2016 )")]
    [InlineData("A/RES/31 /1")]
    [InlineData("A/RES/2758 ")]
    [InlineData("A/65/456/Add.2(Part II)")]
    public void Only_one_space_or_none_before_the_parenthesis_is_read(string text) => Assert.False(DocumentSymbol.TryFrom(text, out _));
}
