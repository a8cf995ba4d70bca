using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// Usage: AnalyzerPasses --sources DIR --rsp FILE --analyzer DLL[,DLL…] [--passes N] [--replay true | --gate true] [--jit-report FILE]
// Compiles DIR/**/*.cs with the references of a csc response file, then runs the analyzers of the given assemblies N
// times over the same compilation, single-threaded, and prints one line per pass:
//   pass <n> <assembly> <seconds> wall <seconds> diagnostics <n> allocated <bytes> jit <seconds> jitted <n>
// where seconds is the analyzers' execution time as the compiler's telemetry reports it (the same figure as
// -p:ReportAnalyzer=true) and allocated the bytes the whole pass allocated (the driver's operation trees included).
// Pass 1 of a fresh process is the cold cost: JIT, the first read of the Charter's data. jit and jitted are the whole
// process's JIT time (every thread, the compiler's own code included) and method count during the pass; with
// --jit-report FILE each method the runtime compiles during the passes is written to FILE with its time (JitReport.cs;
// passes only: refused with --replay or --gate).
// With --replay true, the analyzers' operation callbacks alone are timed instead (CallbackReplay.cs): the compilation's
// operation trees are built once and handed to each analyzer's actions pass after pass, without the compiler's driver.
// With --gate true, the analyzers' search of the compilation's text (SourceMentions.Find, run when each compilation
// starts: whether some file names UNModel in code, and whether some file names vetoes for UNM0019) is timed alone,
// N times: the first call in a fresh process is what a build pays.
//   gate <n> <assembly> <milliseconds> found <None|UNModel|Vetoes|All>
// Bad input is one line on stderr, naming the option, and exit 2, before any work; nothing is printed on stdout.
string? sources = null, rsp = null, analyzers = null, jitReport = null;
int passes = 5;
bool replay = false, gate = false;
var given = new HashSet<string>(StringComparer.Ordinal);
for (int i = 0; i < args.Length; i += 2)
{
    string option = args[i];
    if (option is not ("--sources" or "--rsp" or "--analyzer" or "--passes" or "--replay" or "--gate" or "--jit-report"))
    {
        return Usage("unknown option " + option);
    }

    if (i + 1 >= args.Length)
    {
        return Usage(option + " needs a value");
    }

    if (!given.Add(option))
    {
        return Usage(option + " is given twice");
    }

    string value = args[i + 1];
    switch (option)
    {
        case "--sources": sources = value; break;
        case "--rsp": rsp = value; break;
        case "--analyzer": analyzers = value; break;
        case "--jit-report": jitReport = value; break;
        case "--passes":
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out passes) || passes < 1)
            {
                return Usage("--passes " + value + ": a whole number of at least 1");
            }

            break;
        case "--replay" or "--gate":
            if (value is not ("true" or "false"))
            {
                return Usage(option + " " + value + ": true or false");
            }

            if (option == "--replay")
            {
                replay = value == "true";
            }
            else
            {
                gate = value == "true";
            }

            break;
    }
}

if (sources is null || rsp is null || analyzers is null)
{
    return Usage("--sources, --rsp and --analyzer are required");
}

if (!Directory.Exists(sources))
{
    return Usage("--sources " + sources + ": no such directory");
}

if (!File.Exists(rsp))
{
    return Usage("--rsp " + rsp + ": no such file");
}

string[] analyzerPaths = analyzers.Split(',');
if (analyzerPaths.FirstOrDefault(path => !File.Exists(path)) is { } missing)
{
    return Usage("--analyzer " + missing + ": no such file");
}

if (replay && gate)
{
    return Usage("--replay and --gate are two different measurements: give one");
}

if (jitReport is not null && (replay || gate))
{
    return Usage("--jit-report times the passes, not --replay or --gate");
}

var references = new List<MetadataReference>();
foreach (string token in File.ReadAllText(rsp).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
{
    if (token.StartsWith("/reference:", StringComparison.Ordinal))
    {
        string reference = token["/reference:".Length..].Trim('"');
        if (!File.Exists(reference))
        {
            return Usage("--rsp " + rsp + ": the reference " + reference + " does not exist");
        }

        references.Add(MetadataReference.CreateFromFile(reference));
    }
}

var loaded = new List<(string Name, ImmutableArray<DiagnosticAnalyzer> Analyzers)>();
foreach (string path in analyzerPaths)
{
    Assembly assembly;
    Type[] types;
    try
    {
        assembly = Assembly.LoadFrom(path);
        types = assembly.GetTypes();
    }
    catch (Exception e) when (e is BadImageFormatException or FileLoadException or ReflectionTypeLoadException)
    {
        return Usage("--analyzer " + path + ": not an analyzer assembly this host can load (" + e.GetType().Name + ")");
    }

    ImmutableArray<DiagnosticAnalyzer> instances = [.. types
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];
    if (instances.IsEmpty)
    {
        return Usage("--analyzer " + path + ": declares no analyzer");
    }

    loaded.Add((assembly.GetName().Name!, instances));
}

StreamWriter? jitFile;
try
{
    jitFile = jitReport is null ? null : File.CreateText(jitReport);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    return Usage("--jit-report " + jitReport + ": " + e.Message);
}

var parse = new CSharpParseOptions(LanguageVersion.Latest);
SyntaxTree[] trees = [.. Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
    .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parse, path: f))];
CSharpCompilation compilation = CSharpCompilation.Create("Measured", trees, references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));

if (gate)
{
    foreach ((string name, ImmutableArray<DiagnosticAnalyzer> instances) in loaded)
    {
        MethodInfo? find = instances.FirstOrDefault()?.GetType().Assembly
            .GetType("UNModel.Analyzers.Infrastructure.SourceMentions")?.GetMethod("Find", BindingFlags.NonPublic | BindingFlags.Static);
        if (find is null)
        {
            Console.WriteLine(name + " has no gate");
            continue;
        }

        for (int pass = 1; pass <= passes; pass++)
        {
            var clock = Stopwatch.StartNew();
            object? found = find.Invoke(null, [compilation, CancellationToken.None]);
            clock.Stop();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gate {pass} {name} {clock.Elapsed.TotalMilliseconds:F2} found {found}"));
        }
    }

    return 0;
}

if (replay)
{
    // Only the analyzers' own callbacks, over operation trees built once: no driver and no compile beside them.
    foreach ((string name, ImmutableArray<DiagnosticAnalyzer> instances) in loaded)
    {
        foreach (DiagnosticAnalyzer analyzer in instances)
        {
            CallbackReplay.Run(compilation, analyzer, name, passes);
        }
    }

    return 0;
}

// The compiler's own work (binding) is done once, outside the timed passes, as in a build where the analyzers run
// beside an already bound compilation.
_ = compilation.GetDiagnostics();
using JitReport? jit = jitFile is null ? null : new JitReport(jitFile);
for (int pass = 1; pass <= passes; pass++)
{
    jit?.Pass = pass;
    foreach ((string name, ImmutableArray<DiagnosticAnalyzer> instances) in loaded)
    {
        // Each pass starts from the same heap: what is left of the previous pass is collected first, so that a pause for
        // garbage the previous pass made is not charged to this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = new CompilationWithAnalyzers(compilation, instances, options);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        TimeSpan jitBefore = System.Runtime.JitInfo.GetCompilationTime();
        long jittedBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var clock = Stopwatch.StartNew();
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync().ConfigureAwait(false);
        clock.Stop();
        double seconds = 0;
        foreach (DiagnosticAnalyzer analyzer in instances)
        {
            seconds += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime.TotalSeconds;
        }

        long allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        double jitSeconds = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalSeconds;
        long jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jittedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"pass {pass} {name} {seconds:F4} wall {clock.Elapsed.TotalSeconds:F4} diagnostics {diagnostics.Length} allocated {allocated} jit {jitSeconds:F4} jitted {jitted}"));
    }
}

jit?.Save();

return 0;

static int Usage(string message)
{
    Console.Error.WriteLine("error: " + message + " (usage: AnalyzerPasses --sources DIR --rsp FILE --analyzer DLL[,DLL] [--passes N] [--replay true | --gate true] [--jit-report FILE])");
    return 2;
}
