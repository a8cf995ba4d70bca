using System.Diagnostics;
using UNModel.Testing;

namespace UNModel.Analyzers.Tests.BuildCost;

/// <summary>
/// The in-process measurement tool of the build-cost benchmark (benchmarks/build-cost/AnalyzerPasses), run as
/// build_cost.py runs it, on a one-file project: the lines it prints are the ones the script parses and docs/performance.md
/// quotes, and bad input is one error line and exit 2.
/// </summary>
public sealed class AnalyzerPassesTests : IClassFixture<AnalyzerPassesTests.Project>
{
    private readonly Project project;

    public AnalyzerPassesTests(Project project) => this.project = project;

    [Fact]
    public void Each_pass_prints_the_analyzers_time_and_what_they_found()
    {
        (int exit, string output, string errors) = Run("--sources", project.Sources, "--rsp", project.Rsp, "--analyzer", project.Analyzers, "--passes", "2");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors);
        string[] lines = Lines(output);
        Assert.Equal(2, lines.Length);
        for (int pass = 1; pass <= 2; pass++)
        {
            // One UNM0001 (the veto by Slovenia), the permanent member's veto silent, in every pass.
            Assert.Matches(
                $@"^pass {pass} UNModel\.Analyzers \d+\.\d{{4}} wall \d+\.\d{{4}} diagnostics 1 allocated \d+ jit \d+\.\d{{4}} jitted \d+$",
                lines[pass - 1]);
        }
    }

    [OptimizedAnalyzersFact]
    public void The_JIT_report_lists_the_analyzers_methods_compiled_in_the_first_pass()
    {
        string report = Path.Combine(project.Folder, "jit-" + Guid.NewGuid().ToString("N") + ".tsv");
        (int exit, string output, string errors) = Run("--sources", project.Sources, "--rsp", project.Rsp, "--analyzer", project.Analyzers, "--passes", "1", "--jit-report", report);

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors);
        Assert.Single(Lines(output));
        string[][] rows = [.. File.ReadAllLines(report).Select(line => line.Split('\t'))];
        Assert.All(rows, row =>
        {
            Assert.Equal(6, row.Length);
            Assert.Equal("1", row[0]);
            Assert.Matches(@"^\d+\.\d{3}$", row[1]);
            Assert.Matches(@"^\d+$", row[2]);
        });

        // The entry point of every UNModel call is compiled in pass 1, once and optimized ([MethodImpl(JitOnce.Options)]).
        Assert.Contains(rows, row => row[4] == "UNModel.Analyzers.Infrastructure.CompilationAnalysis+Slot" && row[5] == "OnInvocation" && row[3] == "optimized");
    }

    [Fact]
    public void A_replay_times_the_callbacks_alone_and_finds_the_same()
    {
        (int exit, string output, string errors) = Run("--sources", project.Sources, "--rsp", project.Rsp, "--analyzer", project.Analyzers, "--passes", "2", "--replay", "true");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors);
        string[] lines = Lines(output);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^replay 1 UNModel\.Analyzers \d+\.\d{4} allocated \d+ diagnostics 1$", lines[0]);
        Assert.Matches(@"^replay 2 UNModel\.Analyzers \d+\.\d{4} allocated \d+ diagnostics 1$", lines[1]);
    }

    [Fact]
    public void The_gate_finds_code_that_names_UNModel_and_decides_vetoes()
    {
        (int exit, string output, string errors) = Run("--sources", project.Sources, "--rsp", project.Rsp, "--analyzer", project.Analyzers, "--passes", "1", "--gate", "true");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, errors);
        Assert.Matches(@"^gate 1 UNModel\.Analyzers \d+\.\d{2} found All$", Assert.Single(Lines(output)));
    }

    [Theory]
    [InlineData("required", "--passes", "1")]
    [InlineData("unknown option --bogus", "--bogus", "1")]
    [InlineData("--passes needs a value", "SOURCES", "RSP", "ANALYZERS", "--passes")]
    [InlineData("--passes 0: a whole number of at least 1", "SOURCES", "RSP", "ANALYZERS", "--passes", "0")]
    [InlineData("--passes five: a whole number of at least 1", "SOURCES", "RSP", "ANALYZERS", "--passes", "five")]
    [InlineData("--passes -1: a whole number of at least 1", "SOURCES", "RSP", "ANALYZERS", "--passes", "-1")]
    [InlineData("--passes is given twice", "SOURCES", "RSP", "ANALYZERS", "--passes", "1", "--passes", "2")]
    [InlineData("--replay yes: true or false", "SOURCES", "RSP", "ANALYZERS", "--replay", "yes")]
    [InlineData("--replay and --gate are two different measurements", "SOURCES", "RSP", "ANALYZERS", "--replay", "true", "--gate", "true")]
    [InlineData("--jit-report times the passes, not --replay or --gate", "SOURCES", "RSP", "ANALYZERS", "--gate", "true", "--jit-report", "JIT")]
    [InlineData("--sources MISSING: no such directory", "--sources", "MISSING", "RSP", "ANALYZERS")]
    [InlineData("--rsp MISSING: no such file", "SOURCES", "--rsp", "MISSING", "ANALYZERS")]
    [InlineData("--analyzer MISSING: no such file", "SOURCES", "RSP", "--analyzer", "MISSING")]
    [InlineData("not an analyzer assembly this host can load", "SOURCES", "RSP", "--analyzer", "RSPFILE")]
    [InlineData("the reference MISSING does not exist", "SOURCES", "--rsp", "BADRSP", "ANALYZERS")]
    [InlineData("--jit-report MISSING/jit.tsv:", "SOURCES", "RSP", "ANALYZERS", "--jit-report", "MISSING/jit.tsv")]
    public void Bad_input_is_one_error_line_naming_the_option_and_exit_2(string message, params string[] arguments)
    {
        string missing = Path.Combine(project.Folder, "missing");
        string[] expanded = [.. arguments.SelectMany(argument => argument switch
        {
            "SOURCES" => ["--sources", project.Sources],
            "RSP" => ["--rsp", project.Rsp],
            "ANALYZERS" => ["--analyzer", project.Analyzers],
            "RSPFILE" => [project.Rsp],
            "BADRSP" => [project.RspWithMissingReference],
            "JIT" => [Path.Combine(project.Folder, "never.tsv")],
            _ => new[] { argument.Replace("MISSING", missing, StringComparison.Ordinal) },
        })];

        (int exit, string output, string errors) = Run(expanded);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        string line = Assert.Single(Lines(errors));
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(message.Replace("MISSING", missing, StringComparison.Ordinal), line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project.Folder, "never.tsv")), "a refused run wrote its JIT report");
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (int Exit, string Output, string Errors) Run(params string[] arguments) =>
        ToolProcess.Run(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet", [Project.Tool, .. arguments]);

    /// <summary>A one-file project, its response file and the analyzers, in a temporary directory.</summary>
    public sealed class Project : IDisposable
    {
        public Project()
        {
            Folder = Path.Combine(Path.GetTempPath(), "unmodel-analyzer-passes-" + Guid.NewGuid().ToString("N"));
            Sources = Path.Combine(Folder, "src");
            Directory.CreateDirectory(Sources);
            File.WriteAllText(Path.Combine(Sources, "Votes.cs"), """
                using UNModel;

                namespace Measured;

                public static class Votes
                {
                    // UNM0001: Slovenia never held a permanent seat.
                    public static Ballot ByAnElectedMember() => Ballot.Veto(MemberStates.Slovenia);

                    public static Ballot ByAPermanentMember() => Ballot.Veto(MemberStates.RussianFederation);
                }
                """);

            // The references a csc response file would give: the running framework and UNModel.
            string framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            IEnumerable<string> references = Directory.EnumerateFiles(framework, "*.dll")
                .Where(path => Path.GetFileName(path) is var name && !name.Contains(".Native", StringComparison.Ordinal)
                    && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
                .Append(typeof(Vote).Assembly.Location);
            Rsp = Path.Combine(Folder, "project.rsp");
            File.WriteAllText(Rsp, "/noconfig " + string.Join(' ', references.Select(path => "/reference:" + path)) + " src/Votes.cs");
            RspWithMissingReference = Path.Combine(Folder, "broken.rsp");
            File.WriteAllText(RspWithMissingReference, "/reference:" + Path.Combine(Folder, "missing") + " src/Votes.cs");
            Analyzers = typeof(UNModelAnalyzer).Assembly.Location;
        }

        /// <summary>AnalyzerPasses as the solution built it, in the configuration of these tests.</summary>
        public static string Tool { get; } = Path.Combine(
            Snapshot.RepositoryRoot, "benchmarks", "build-cost", "AnalyzerPasses", "bin",
            new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name, new DirectoryInfo(AppContext.BaseDirectory).Name, "AnalyzerPasses.dll");

        /// <summary>The temporary directory that holds the project.</summary>
        public string Folder { get; }

        public string Sources { get; }

        public string Rsp { get; }

        public string RspWithMissingReference { get; }

        public string Analyzers { get; }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}

/// <summary>
/// A fact about how the JIT compiles the analyzers, which holds for a Release build of them (the one CI tests and the
/// package ships); skipped, visibly, for a Debug build, whose methods the JIT never optimizes.
/// </summary>
public sealed class OptimizedAnalyzersFactAttribute : FactAttribute
{
    public OptimizedAnalyzersFactAttribute()
    {
        if (typeof(UNModelAnalyzer).Assembly.GetCustomAttributes(typeof(DebuggableAttribute), inherit: false) is [DebuggableAttribute { IsJITOptimizerDisabled: true }])
        {
            Skip = "the analyzers are a Debug build: the JIT does not optimize them";
        }
    }
}
