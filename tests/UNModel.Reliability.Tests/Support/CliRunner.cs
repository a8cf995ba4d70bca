using System.Reflection;
using System.Text;

namespace UNModel.Reliability.Tests.Support;

/// <summary>The result of one in-process run of the <c>unmodel</c> CLI.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The non-empty lines written to standard error.</summary>
    public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

/// <summary>Runs <c>UNModel.Cli.Program.Run(args, stdout, stderr, stdin)</c> in-process (Program is internal: found by reflection).</summary>
public static class CliRunner
{
    private static readonly Func<string[], TextWriter, TextWriter, Func<Stream>, int> RunMethod = Bind();

    public static CliResult Run(string[] args, byte[]? stdin = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        byte[] input = stdin ?? [];
        int code = RunMethod(args, stdout, stderr, () => new MemoryStream(input, writable: false));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary><c>unmodel decide - [--json]</c> with the bytes on standard input.</summary>
    public static CliResult DecideStdin(byte[] input, bool json = false) => Run(json ? ["decide", "-", "--json"] : ["decide", "-"], input);

    /// <summary><c>unmodel decide - [--json]</c> with UTF-8 text on standard input.</summary>
    public static CliResult DecideStdin(string input, bool json = false) => DecideStdin(new UTF8Encoding(false).GetBytes(input), json);

    private static Func<string[], TextWriter, TextWriter, Func<Stream>, int> Bind()
    {
        Assembly cli = Assembly.Load("UNModel.Cli");
        Type program = cli.GetType("UNModel.Cli.Program", throwOnError: true)!;
        MethodInfo run = program.GetMethod("Run", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [typeof(string[]), typeof(TextWriter), typeof(TextWriter), typeof(Func<Stream>)])
            ?? throw new InvalidOperationException("UNModel.Cli.Program.Run(string[], TextWriter, TextWriter, Func<Stream>) not found.");
        return run.CreateDelegate<Func<string[], TextWriter, TextWriter, Func<Stream>, int>>();
    }
}
