using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using UNModel.Analyzers.Tests.Helpers;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>
/// The sample program is realistic, valid code: every analyzer is silent on it. With its deliberate mistake turned on
/// (SHOW_MISTAKE) exactly one diagnostic appears: UNM0001, naming Slovenia.
/// </summary>
public sealed class SampleTests
{
    private static readonly string Program = File.ReadAllText(Path.Combine(AllAnalyzers.RepositoryRoot(), "samples", "UNModel.Sample", "Program.cs"));

    [Fact]
    public async Task The_sample_is_valid_for_every_analyzer()
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync();
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task The_deliberate_mistake_is_UNM0001_naming_Slovenia()
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync("SHOW_MISTAKE");
        Diagnostic single = Assert.Single(diagnostics);
        Assert.Equal(RuleIds.VetoByNonPermanentMember, single.Id);
        Assert.Equal(DiagnosticSeverity.Error, single.Severity);
        Assert.Contains("Slovenia", single.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal("Veto(MemberStates.Slovenia)", single.Location.SourceTree!.GetText().ToString(single.Location.SourceSpan));
    }

    /// <summary>What the compiler prints for the sample with its mistake, pinned as a snapshot (id, place, message, help link).</summary>
    [Fact]
    public async Task The_diagnostics_of_the_sample_with_its_mistake_are_as_the_snapshot()
    {
        ImmutableArray<Diagnostic> diagnostics = await AnalyzeAsync("SHOW_MISTAKE");
        var text = new System.Text.StringBuilder();
        foreach (Diagnostic d in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            FileLinePositionSpan span = d.Location.GetLineSpan();
            text.Append(span.Path).Append('(').Append(span.StartLinePosition.Line + 1).Append(',').Append(span.StartLinePosition.Character + 1).Append("): ")
                .Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Id).Append(": ")
                .Append(d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Append(" (").Append(d.Descriptor.HelpLinkUri).Append(")\n");
        }

        UNModel.Testing.Snapshot.Match(text.ToString(), "sample.show-mistake.diagnostics");
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(params string[] symbols)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: symbols);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Sample",
            [CSharpSyntaxTree.ParseText(Program, parse, path: "Program.cs")],
            [.. Basic.Reference.Assemblies.Net100.References.All, Verifier.UNModelReference],
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers(AllAnalyzers.Create()).GetAnalyzerDiagnosticsAsync();
    }
}
