using System.CommandLine;
using UNModel.Cli.Commands;

namespace UNModel.Cli;

/// <summary>The <c>unmodel</c> command line.</summary>
internal static class Program
{
    /// <summary>Exit code for a bad record or bad input: one line on standard error, nothing on standard output.</summary>
    public const int BadInput = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, Console.OpenStandardInput);

    /// <summary>Runs the CLI against the given writers (tests call this directly).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var io = new CliIO(stdout, stderr, stdin);
        var root = new RootCommand("unmodel: replay and decide United Nations votes as the Charter does.");
        root.Subcommands.Add(ReplayCommand.Create(io));
        root.Subcommands.Add(DecideCommand.Create(io));
        foreach (Command extra in ExtraCommands.Create(io))
        {
            root.Subcommands.Add(extra);
        }

        ParseResult parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        try
        {
            return parsed.Invoke(config);
        }
        catch (UNModelException ex)
        {
            stderr.WriteLine("error " + ex.Message);
            return BadInput;
        }
    }
}

/// <summary>The standard streams, injectable for tests.</summary>
internal sealed record CliIO(TextWriter Out, TextWriter Error, Func<Stream> OpenStdin);
