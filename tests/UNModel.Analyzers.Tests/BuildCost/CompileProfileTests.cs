using UNModel.Testing;

namespace UNModel.Analyzers.Tests.BuildCost;

/// <summary>
/// benchmarks/build-cost/compile_profile.py, which splits the analyzers' telemetry time in a fresh compile into time on
/// the CPU and time off it (docs/performance.md quotes its figures): its reading of <c>perf script</c> text, and its
/// refusal of bad input with one line and exit 2. Recording needs perf and a build_cost.py run, so it is not run here.
/// </summary>
public sealed class CompileProfileTests : IDisposable
{
    private const string UNModelFrame = "\t    7f3a49d6704e instance void [UNModel.Analyzers] UNModel.Analyzers.Infrastructure.CompilationAnalysis::AnalyzeInvocation(valuetype [Microsoft.CodeAnalysis]Microsoft.CodeAnalysis.Diagnostics.OperationAnalysisContext)[Optimized] (/tmp/perf-100.map)";
    private const string ExecutorFrame = "\t    7f3a49d65965 instance void [Microsoft.CodeAnalysis] Microsoft.CodeAnalysis.Diagnostics.AnalyzerExecutor::ExecuteAndCatchIfThrows_NoLock(class Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer) (/tmp/perf-100.map)";
    private const string RuntimeFrame = "\t          5fa4b0 [unknown] (/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12/libcoreclr.so)";
    private const string KernelFrame = "\tffffffff82258a08 __schedule+0x628 ([kernel.kallsyms])";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "unmodel-compile-profile-" + Guid.NewGuid().ToString("N"));

    public CompileProfileTests() => Directory.CreateDirectory(folder);

    private static string Script { get; } = Path.Combine(Snapshot.RepositoryRoot, "benchmarks", "build-cost", "compile_profile.py");

    [PythonFact]
    public void Samples_and_switches_with_an_analyzer_frame_split_into_on_CPU_preempted_and_waiting()
    {
        string text = string.Join("\n\n", [
            // On CPU: two samples in the analyzers, one elsewhere.
            Sample("csc 100 [000] 10.000000:    1001001 cpu-clock/freq=999/: ", UNModelFrame, ExecutorFrame),
            Sample("csc 100 [000] 10.001000:    1001001 cpu-clock/freq=999/: ", RuntimeFrame, UNModelFrame),
            Sample("csc 100 [000] 10.002000:    1001001 cpu-clock/freq=999/: ", RuntimeFrame, ExecutorFrame),

            // Preempted in the analyzers for 0.25 s (a thread name with spaces, as the thread pool's).
            Sample(Switch(".NET TP Worker", 100, "R", "kworker/1:1H", 56, 11.0), KernelFrame, UNModelFrame),
            Sample(Switch("kworker/1:1H", 56, "I", ".NET TP Worker", 100, 11.25), KernelFrame),

            // Waiting in the analyzers for 0.1 s, then outside them for 0.5 s (not theirs).
            Sample(Switch(".NET TP Worker", 100, "S", "swapper/0", 0, 12.0), KernelFrame, RuntimeFrame, UNModelFrame),
            Sample(Switch("swapper/0", 0, "R", ".NET TP Worker", 100, 12.1), KernelFrame),
            Sample(Switch(".NET TP Worker", 100, "S", "swapper/0", 0, 13.0), KernelFrame, RuntimeFrame),
            Sample(Switch("swapper/0", 0, "R", ".NET TP Worker", 100, 13.5), KernelFrame),

            // A thread switched in that was never seen leaving.
            Sample(Switch("swapper/1", 0, "R", "csc", 101, 14.0), KernelFrame),

            // Switch ins perf lost: the thread is seen running (a sample, a switch out) before it is seen switched in.
            // Neither interval counts, and neither is stretched to the late switch in.
            Sample(Switch("csc", 102, "S", "swapper/0", 0, 15.0), KernelFrame, UNModelFrame),
            Sample("csc 102 [000] 15.200000:    1001001 cpu-clock/freq=999/: ", RuntimeFrame),
            Sample(Switch("swapper/0", 0, "R", "csc", 102, 15.9), KernelFrame),
            Sample(Switch("csc", 103, "R", "swapper/1", 0, 16.0), KernelFrame, UNModelFrame),
            Sample(Switch("csc", 103, "S", "swapper/1", 0, 16.3), KernelFrame, RuntimeFrame),
            Sample(Switch("swapper/1", 0, "R", "csc", 103, 16.8), KernelFrame),
        ]);
        string file = Path.Combine(folder, "perf.txt");
        File.WriteAllText(file, text + "\n");

        (int exit, string output, string errors) = Run("--parse", file);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors);
        Assert.Equal("on CPU 0.002 s, preempted 0.250 s, waiting 0.100 s, unpaired 2", output.Trim());
    }

    [PythonTheory]
    [InlineData("--parse: MISSING does not exist", "--parse", "MISSING")]
    [InlineData("argument --runs: invalid int value: 'three'", "--runs", "three")]
    [InlineData("unrecognized arguments: --bogus", "--bogus")]
    [InlineData("the response file: MISSING/rsp/heavy-unmodel.rsp does not exist", "--work", "MISSING")]
    [InlineData("argument --project: invalid choice: 'medium'", "--project", "medium")]
    [InlineData("--baseline: MISSING does not exist", "--work", "WORK", "--baseline", "MISSING")]
    [InlineData("--runs must be at least 1", "--work", "WORK", "--runs", "0")]
    public void Bad_input_is_one_error_line_and_exit_2(string message, params string[] arguments)
    {
        // A work directory as build_cost.py leaves it, enough for the checks that come before recording.
        string work = Path.Combine(folder, "work");
        Directory.CreateDirectory(Path.Combine(work, "rsp"));
        Directory.CreateDirectory(Path.Combine(work, "logs"));
        Directory.CreateDirectory(Path.Combine(work, "heavy"));
        File.WriteAllText(Path.Combine(work, "rsp", "heavy-unmodel.rsp"), "/noconfig /analyzer:/x/UNModel.Analyzers.dll src/File0000.cs /parallel-\n");
        File.WriteAllText(Path.Combine(work, "logs", "heavy-unmodel-1.log"), "  /usr/share/dotnet/sdk/10.0.401/Roslyn/bincore/csc /noconfig src/File0000.cs\n");
        string missing = Path.Combine(folder, "missing");
        string[] expanded = [.. arguments.Select(argument => argument.Replace("MISSING", missing, StringComparison.Ordinal).Replace("WORK", work, StringComparison.Ordinal))];

        (int exit, string output, string errors) = Run(expanded);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        string line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(message.Replace("MISSING", missing, StringComparison.Ordinal), line, StringComparison.Ordinal);
        Assert.DoesNotContain("Traceback", errors, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Sample(string header, params string[] frames) => header + "\n" + string.Join("\n", frames);

    private static string Switch(string from, int fromId, string state, string to, int toId, double seconds) =>
        FormattableString.Invariant($"{from} {fromId} [001] {seconds:F6}: sched:sched_switch: prev_comm={from} prev_pid={fromId} prev_prio=120 prev_state={state} ==> next_comm={to} next_pid={toId} next_prio=120");

    private static (int Exit, string Output, string Errors) Run(params string[] arguments) =>
        ToolProcess.Run(PythonFactAttribute.Python!, [Script, .. arguments]);
}

/// <summary>A fact that needs <c>python3</c> (3.9 or later) on the PATH, skipped, visibly, where there is none.</summary>
public sealed class PythonFactAttribute : FactAttribute
{
    public PythonFactAttribute() => Skip = WithoutPython;

    /// <summary>The full path of <c>python3</c>, or null.</summary>
    public static string? Python { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(directory => Path.Combine(directory, "python3"))
        .FirstOrDefault(File.Exists);

    /// <summary>Why a test that needs <c>python3</c> is skipped; null when it can run.</summary>
    internal static string? WithoutPython => Python is null ? "python3 is not on the PATH" : null;
}

/// <summary>A theory that needs <c>python3</c> on the PATH (see <see cref="PythonFactAttribute"/>).</summary>
public sealed class PythonTheoryAttribute : TheoryAttribute
{
    public PythonTheoryAttribute() => Skip = PythonFactAttribute.WithoutPython;
}
