using System;
using BenchmarkDotNet.Attributes;

namespace UNModel.Benchmarks;

/// <summary>
/// <see cref="DocumentSymbol.TryParse(ReadOnlySpan{char}, IFormatProvider?, out DocumentSymbol)"/> from a span (must
/// allocate nothing) and <see cref="DocumentSymbol.TryFormat"/> into a span, for each shape of symbol the package reads.
/// </summary>
[BenchmarkCategory("DocumentSymbol")]
public class DocumentSymbolBenchmarks
{
    private readonly char[] buffer = new char[64];
    private char[] text = [];
    private DocumentSymbol symbol;

    /// <summary>The symbol: a Council document, a Council resolution, an emergency-special-session resolution, a revised Human Rights Council draft.</summary>
    [Params("S/2025/112", "S/RES/2774 (2025)", "A/RES/ES-11/7", "A/HRC/58/L.1/Rev.1")]
    public string Symbol { get; set; } = "S/2025/112";

    /// <summary>Copies the text into an array, so the parse reads a span that is not a string literal (not measured).</summary>
    [GlobalSetup]
    public void Setup()
    {
        text = Symbol.ToCharArray();
        if (!DocumentSymbol.TryParse(text.AsSpan(), null, out symbol))
        {
            throw new InvalidOperationException(Symbol + " does not parse.");
        }

        if (!symbol.TryFormat(buffer, out int written, default, null) || !buffer.AsSpan(0, written).SequenceEqual(Symbol))
        {
            throw new InvalidOperationException(Symbol + " does not round-trip.");
        }

        Fixtures.AssertAllocationFree("DocumentSymbol.TryParse(span) of " + Symbol, () => TryParseSpan());
        Fixtures.AssertAllocationFree("DocumentSymbol.TryFormat(span) of " + Symbol, () => TryFormatSpan());
    }

    /// <summary>Parses the canonical text from a span.</summary>
    /// <returns>The symbol.</returns>
    [Benchmark(Description = "DocumentSymbol.TryParse(span)")]
    public DocumentSymbol TryParseSpan()
    {
        _ = DocumentSymbol.TryParse(text.AsSpan(), null, out DocumentSymbol result);
        return result;
    }

    /// <summary>Formats the symbol into a span.</summary>
    /// <returns>The number of characters written.</returns>
    [Benchmark(Description = "DocumentSymbol.TryFormat(span)")]
    public int TryFormatSpan()
    {
        _ = symbol.TryFormat(buffer, out int written, default, null);
        return written;
    }

    /// <summary>The canonical text as a new string (allocates the string, for comparison).</summary>
    /// <returns>The text.</returns>
    [Benchmark(Description = "DocumentSymbol.Value (string)")]
    public string Value() => symbol.Value;
}
