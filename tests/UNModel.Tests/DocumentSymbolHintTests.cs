namespace UNModel.Tests;

/// <summary>
/// UNM0010 says what is wrong with a text that no grammar reads and <see cref="DocumentSymbol.Normalize"/> cannot
/// repair, when it can be told: the series in capitals, a missing year or session; it invents no year or session.
/// </summary>
public class DocumentSymbolHintTests
{
    private const string Prefix = " is not a United Nations document symbol";

    [Theory]
    [InlineData("s/res/2334", "write the series in capitals (S/RES/), and a Security Council resolution symbol ends with its year of adoption in parentheses: S/RES/2334 (yyyy)")]
    [InlineData("S/RES/2334", "a Security Council resolution symbol ends with its year of adoption in parentheses: S/RES/2334 (yyyy)")]
    [InlineData(" S/RES/0242 ", "a Security Council resolution symbol ends with its year of adoption in parentheses: S/RES/242 (yyyy)")]
    [InlineData("S/RES/1723 (28 November 2023)", "a Security Council resolution symbol has only its year of adoption in parentheses: S/RES/1723 (yyyy)")]
    [InlineData("s/res/1723 (28 November 2023)", "write the series in capitals (S/RES/), and a Security Council resolution symbol has only its year of adoption in parentheses: S/RES/1723 (yyyy)")]
    [InlineData("A/RES/3314", "a General Assembly resolution symbol has its session: before the number from the thirty-first session, 1976 (A/RES/session/3314), in Roman numerals in parentheses after it up to the thirtieth (A/RES/3314 (session))")]
    [InlineData("a/res/217A", "write the series in capitals (A/RES/), and a General Assembly resolution symbol has its session: before the number from the thirty-first session, 1976 (A/RES/session/217A), in Roman numerals in parentheses after it up to the thirtieth (A/RES/217A (session))")]
    [InlineData("A/RES/ES-11", "a General Assembly resolution symbol has its number after the session: A/RES/ES-11/number")]
    [InlineData("E/RES/31", "an ECOSOC resolution symbol has the year before the number: E/RES/yyyy/31")]
    [InlineData("A/HRC/L.30", "a Human Rights Council draft symbol has its session before the number: A/HRC/session/L.30")]
    [InlineData("a/hrc/res/5", "write the series in capitals (A/HRC/RES/), and a Human Rights Council resolution symbol has its session before the number: A/HRC/RES/session/5")]
    [InlineData("A/HRC/PV.12", "a Human Rights Council meeting record symbol has its session before the number: A/HRC/session/PV.12")]
    public void A_symbol_that_cannot_be_repaired_gets_a_hint(string text, string hint)
    {
        var ex = Assert.Throws<DocumentSymbolFormatException>(() => DocumentSymbol.From(text));

        Assert.Null(ex.Canonical);
        Assert.Equal(RuleIds.MalformedDocumentSymbol + ": '" + text + "'" + Prefix + ": " + hint, ex.Message);
    }

    [Theory]
    [InlineData("Resolution 2774")]
    [InlineData("A_RES_31_59")]
    [InlineData("S/RES/2334/Rev.1")]
    [InlineData("A/RES/67/")]
    public void A_text_with_no_recognizable_shape_gets_the_examples(string text)
    {
        var ex = Assert.Throws<DocumentSymbolFormatException>(() => DocumentSymbol.From(text));

        Assert.Null(ex.Canonical);
        Assert.Equal(RuleIds.MalformedDocumentSymbol + ": '" + text + "'" + Prefix + " (expected e.g. A/RES/ES-11/7, A/ES-11/L.10, S/RES/2774 (2025), S/2025/112)", ex.Message);
    }

    [Theory]
    [InlineData("s/res/2774(2025)", "S/RES/2774 (2025)")]
    [InlineData("s/2025/112", "S/2025/112")]
    public void A_symbol_only_mis_cased_or_mis_spaced_gets_its_canonical_form(string text, string canonical)
    {
        var ex = Assert.Throws<DocumentSymbolFormatException>(() => DocumentSymbol.From(text));

        Assert.Equal(canonical, ex.Canonical);
        Assert.Equal(RuleIds.MalformedDocumentSymbol + ": '" + text + "'" + Prefix + "; did you mean '" + canonical + "'?", ex.Message);
    }
}
