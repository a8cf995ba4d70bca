using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using UNModel.Cli.Commands;

namespace UNModel.Cli;

/// <summary>The <c>unmodel</c> command line.</summary>
internal static class Program
{
    /// <summary>The command's name, in help, usage and error lines (the tool installs as <c>unmodel</c>).</summary>
    public const string Name = "unmodel";

    /// <summary>Exit code for bad input (a bad argument, record, file or path): one line on standard error, nothing on standard output.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code for a fault of the program itself: one line on standard error, never a stack trace.</summary>
    public const int InternalError = 1;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error, Console.OpenStandardInput);

    /// <summary>Runs the CLI against the given streams (tests call this directly).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        var io = new CliIO(stdout, stderr, stdin);
        Command root = CreateRoot(io);
        int code;
        try
        {
            ParseResult parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                throw UsageError(parsed, root);
            }

            code = parsed.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliError ex)
        {
            stderr.WriteLine(ex.Line);
            code = BadInput;
        }
        catch (UNModelException ex)
        {
            stderr.WriteLine(CliError.LineOf(ex));
            code = BadInput;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine("error: internal error, please report it: " + ex.GetType().Name + ": " + ex.Message.ReplaceLineEndings(" "));
            code = InternalError;
        }

        if (code == 0 || io.OutputKept)
        {
            try
            {
                io.Release();
            }
            catch (IOException ex)
            {
                // A full disk, a closed pipe: the output path is as much the user's input as the arguments.
                stderr.WriteLine("error: could not write to standard output: " + ex.Message.ReplaceLineEndings(" "));
                code = BadInput;
            }
        }

        return code;
    }

    /// <summary>The root command, named <c>unmodel</c> whatever the executable's file is called.</summary>
    private static Command CreateRoot(CliIO io)
    {
        var root = new Command(Name, "Replay and decide United Nations votes as the Charter does, and explain why.")
        {
            Options = { new HelpOption(), new VersionOption() },
        };
        foreach (Command command in new[] { ReplayCommand.Create(io), DecideCommand.Create(io), ImportCommand.Create(io), AgreementCommand.Create(io), PowerCommand.Create(io), ChartCommand.Create(io) })
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>The first parse error as one line: the command it concerns, what is wrong, and where its help is.</summary>
    private static CliError UsageError(ParseResult parsed, Command root)
    {
        Command command = parsed.CommandResult.Command;
        string? name = command == root ? null : command.Name;
        if (command == root)
        {
            string? first = parsed.Tokens.Count == 0 ? null : parsed.Tokens[0].Value;
            if (first is null)
            {
                return CliError.Usage(null, "no command given; the commands are " + string.Join(", ", root.Subcommands.Select(c => c.Name)));
            }

            if (!first.StartsWith('-'))
            {
                string? near = root.Subcommands.Select(c => c.Name).OrderBy(c => Distance(c, first)).FirstOrDefault(c => Distance(c, first) <= 2);
                return CliError.Usage(null, "'" + CliError.Shown(first) + "' is not a command of " + Name + (near is null ? string.Empty : "; did you mean '" + near + "'?"));
            }
        }

        // A misspelt option is taken for an argument's value: name it as the unknown option it is.
        Token? unknownOption = parsed.Tokens.FirstOrDefault(t => t.Type == TokenType.Argument && t.Value.StartsWith("--", StringComparison.Ordinal));
        if (unknownOption is not null)
        {
            return CliError.Usage(name, "unknown option '" + CliError.Shown(unknownOption.Value) + "'");
        }

        if (parsed.UnmatchedTokens.Count > 0)
        {
            string token = parsed.UnmatchedTokens[0];
            return CliError.Usage(name, (token.StartsWith('-') ? "unknown option '" : "unexpected argument '") + CliError.Shown(token) + "'");
        }

        string message = parsed.Errors[0].Message.ReplaceLineEndings(" ").Replace("\t", string.Empty, StringComparison.Ordinal).TrimEnd('.', ' ');
        int forOption = message.IndexOf("for option: '", StringComparison.Ordinal);
        if (message.StartsWith("Required argument missing", StringComparison.Ordinal) && forOption >= 0)
        {
            message = message[(forOption + "for option: '".Length)..].TrimEnd('\'') + " needs a value";
        }
        else if (message.StartsWith("Required argument missing", StringComparison.Ordinal))
        {
            message = "missing " + string.Join(" ", command.Arguments.Select(a => "<" + a.Name + ">"));
        }
        else if (message.StartsWith("Argument '", StringComparison.Ordinal) && message.Contains(" not recognized. Must be one of: ", StringComparison.Ordinal))
        {
            message = message.Replace("Argument '", "'", StringComparison.Ordinal).Replace(" not recognized. Must be one of: ", " is not one of ", StringComparison.Ordinal).Replace("' '", "', '", StringComparison.Ordinal);
        }
        else if (message.StartsWith("Option '", StringComparison.Ordinal))
        {
            message = "o" + message[1..];
        }

        return CliError.Usage(name, message);
    }

    /// <summary>The Levenshtein distance, for "did you mean".</summary>
    private static int Distance(string a, string b)
    {
        int[] row = [.. Enumerable.Range(0, b.Length + 1)];
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
