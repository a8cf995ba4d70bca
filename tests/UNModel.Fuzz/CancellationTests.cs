using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using UNModel.Fuzz.Harness;
using Xunit.Abstractions;

namespace UNModel.Fuzz;

/// <summary>A cancelled token stops every analyzer promptly: OperationCanceledException, never a hang.</summary>
public sealed class CancellationTests
{
    // Generous for a 2-core CI machine running other test hosts at the same time; a hang is minutes.
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(10);

    private readonly ITestOutputHelper output;

    public CancellationTests(ITestOutputHelper output) => this.output = output;

    /// <summary>A large UNModel-heavy source: hundreds of methods full of votes.</summary>
    public static string LargeSource()
    {
        var random = new Random(9866);
        var generator = new CodeGenerator(random);
        var sb = new StringBuilder(Corpus.Usings).Append("public static class Large\n{\n");
        for (int m = 0; m < 150; m++)
        {
            sb.Append("    public static void M").Append(m).Append("()\n    {\n");
            for (int s = 0; s < 6; s++)
            {
                sb.Append("        ").Append(generator.Statement()).Append('\n');
            }

            sb.Append("    }\n");
        }

        return sb.Append("}\n").ToString();
    }

    public static TheoryData<string> AnalyzerNames()
    {
        var data = new TheoryData<string>();
        foreach (DiagnosticAnalyzer a in AnalyzerHost.Load().Analyzers)
        {
            data.Add(a.GetType().Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public async Task A_cancelled_token_stops_the_analyzer_promptly(string analyzerName)
    {
        AnalyzerHost host = AnalyzerHost.Instance;

        DiagnosticAnalyzer analyzer = host.Analyzers.Single(a => a.GetType().Name == analyzerName);
        string source = LargeSource();

        // Cancelled before it starts.
        using (var cancelled = new CancellationTokenSource())
        {
            await cancelled.CancelAsync();
            await AssertStopsAsync([analyzer], source, cancelled, cancelAfter: null);
        }

        // Cancelled while it runs, at several moments.
        foreach (int ms in new[] { 5, 50 })
        {
            using var cts = new CancellationTokenSource();
            await AssertStopsAsync([analyzer], source, cts, TimeSpan.FromMilliseconds(ms));
        }
    }

    [Fact]
    public async Task A_cancelled_token_stops_all_analyzers_together_promptly()
    {
        AnalyzerHost host = AnalyzerHost.Instance;

        string source = LargeSource();
        var full = Stopwatch.StartNew();
        var failures = new List<FuzzFailure>();
        ImmutableArray<Diagnostic> diagnostics = await AnalyzerHost.AnalyzeAsync(AnalyzerHost.Compile(source), host.Analyzers, "large", failures, CancellationToken.None);
        output.WriteLine("uncancelled: " + diagnostics.Length + " diagnostics in " + full.ElapsedMilliseconds + " ms");
        Assert.Empty(failures);
        foreach (int ms in new[] { 1, 20, 100 })
        {
            using var cts = new CancellationTokenSource();
            await AssertStopsAsync(host.Analyzers, source, cts, TimeSpan.FromMilliseconds(ms));
        }
    }

    private async Task AssertStopsAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, string source, CancellationTokenSource cts, TimeSpan? cancelAfter)
    {
        var failures = new List<FuzzFailure>();
        Compilation compilation = AnalyzerHost.Compile(source);
        Task<ImmutableArray<Diagnostic>> run = Task.Run(() => AnalyzerHost.AnalyzeAsync(compilation, analyzers, "large", failures, cts.Token));
        if (cancelAfter is TimeSpan delay)
        {
            await Task.Delay(delay);
            await cts.CancelAsync();
        }

        var sinceCancel = Stopwatch.StartNew();
        try
        {
            await run.WaitAsync(Prompt);
            output.WriteLine(string.Join(",", analyzers.Select(a => a.GetType().Name)) + ": finished before the cancellation at " + cancelAfter);
            Assert.True(cancelAfter is not null, "a pre-cancelled token must throw OperationCanceledException");
        }
        catch (OperationCanceledException)
        {
            output.WriteLine(string.Join(",", analyzers.Select(a => a.GetType().Name)) + ": cancelled at " + cancelAfter + ", stopped " + sinceCancel.ElapsedMilliseconds + " ms later");
        }
        catch (TimeoutException)
        {
            Assert.Fail("the analysis did not stop within " + Prompt.TotalSeconds + " s of the cancellation");
        }

        Assert.True(sinceCancel.Elapsed < Prompt, "stopped after " + sinceCancel.ElapsedMilliseconds + " ms");
        Assert.DoesNotContain(failures, f => !f.Message.Contains("OperationCanceledException", StringComparison.Ordinal));
    }
}
