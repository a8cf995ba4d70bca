using Microsoft.CodeAnalysis.Testing;
using UNModel.Analyzers.CodeFixes.Rules;
using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class MalformedDocumentSymbolAnalyzerTests
{
    [Fact]
    public Task A_symbol_with_one_canonical_form_is_fixed() =>
        FixAsync<MalformedDocumentSymbolFixer>(MalformedDocumentSymbol.Rule,
            Method("""
                    var a = DocumentSymbol.From({|UNM0010:"s/2025/112"|});
                    var b = Proposal.Draft({|UNM0010:"a/es-11/l.10"|}, "Ukraine");
                    return DocumentSymbol.Parse({|UNM0010:"s/res/2774(2025)"|}, null);
            """),
            Method("""
                    var a = DocumentSymbol.From("S/2025/112");
                    var b = Proposal.Draft("A/ES-11/L.10", "Ukraine");
                    return DocumentSymbol.Parse("S/RES/2774 (2025)", null);
            """));

    [Fact]
    public Task A_symbol_that_cannot_be_repaired_is_reported_without_a_fix() =>
        AnalyzeAsync(MalformedDocumentSymbol.Rule, Method("""
                    return DocumentSymbol.From({|UNM0010:"Resolution 2774"|});
            """));

    /// <summary>The analyzer says what the runtime says (one sentence, RuleMessages.MalformedSymbol): the capitals and the missing year, with no fix.</summary>
    [Theory]
    [InlineData("s/res/2334")]
    [InlineData("S/RES/1723 (28 November 2023)")]
    [InlineData("A/HRC/L.30")]
    [InlineData("Resolution 2774")]
    public Task A_symbol_without_a_canonical_form_gets_the_runtimes_message(string text) =>
        AnalyzeAsync(
            MalformedDocumentSymbol.Rule,
            Method("                    return DocumentSymbol.From({|#0:\"" + text + "\"|});"),
            new DiagnosticResult(MalformedDocumentSymbol.Rule).WithLocation(0).WithArguments(RuntimeMessage(text)));

    [Fact]
    public Task A_lower_case_resolution_without_its_year_is_told_both() =>
        AnalyzeAsync(
            MalformedDocumentSymbol.Rule,
            Method("""
                    return DocumentSymbol.From({|#0:"s/res/2334"|});
            """),
            new DiagnosticResult(MalformedDocumentSymbol.Rule).WithLocation(0).WithArguments(
                "'s/res/2334' is not a United Nations document symbol: write the series in capitals (S/RES/), and a Security Council resolution symbol ends with its year of adoption in parentheses: S/RES/2334 (yyyy)"));

    [Fact]
    public Task A_symbol_without_a_canonical_form_has_no_fix() =>
        FixAsync<MalformedDocumentSymbolFixer>(MalformedDocumentSymbol.Rule,
            Method("""
                    return DocumentSymbol.From({|UNM0010:"s/res/2334"|});
            """),
            Method("""
                    return DocumentSymbol.From({|UNM0010:"s/res/2334"|});
            """));

    [Fact]
    public Task A_constant_field_is_checked_too() =>
        AnalyzeAsync(MalformedDocumentSymbol.Rule, Usings + """
            public static class Sample
            {
                private const string Draft = "S/2025/0112";

                public static object Run() => DocumentSymbol.From({|UNM0010:Draft|});
            }
            """);

    /// <summary>The document systems' spelling of a resolution, without the space before the parenthesis, parses at run time too.</summary>
    [Fact]
    public Task A_resolution_written_without_the_space_before_its_parenthesis_is_valid() =>
        AnalyzeAsync(MalformedDocumentSymbol.Rule, Method("""
                    return (DocumentSymbol.From("A/RES/2758(XXVI)"), DocumentSymbol.Parse("A/RES/377(V)", null), DocumentSymbol.From("S/RES/2334(2016)"), Proposal.Draft("A/RES/217A(III)"));
            """));

    [Fact]
    public Task Canonical_symbols_and_non_constant_text_are_valid() =>
        AnalyzeAsync(MalformedDocumentSymbol.Rule, Method("""
                    string text = Console.ReadLine() ?? "";
                    var a = DocumentSymbol.From(text);
                    var b = DocumentSymbol.TryFrom("nonsense", out _);
                    var c = Proposal.Draft("A/ES-11/L.10");
                    return (a, b, c, DocumentSymbol.From("A/RES/2758 (XXVI)"), DocumentSymbol.From("A/C.5/79/L.20"), DocumentSymbol.From("S/PRST/2023/4"), DocumentSymbol.From("S/RES/2774 (2025)"), DocumentSymbol.From("S/PV.9866"));
            """));

    private static string RuntimeMessage(string text)
    {
        var ex = Assert.Throws<DocumentSymbolFormatException>(() => DocumentSymbol.From(text));
        return ex.Message[(RuleIds.MalformedDocumentSymbol.Length + 2)..];
    }
}
