using System.CommandLine;

namespace UNModel.Cli.Commands;

/// <summary>Commands beyond replay and decide; each lives in its own file and is listed here, one line each.</summary>
internal static class ExtraCommands
{
    public static IEnumerable<Command> Create(CliIO io)
    {
        _ = io;
        return
        [
            // One line per command, e.g. AgreementCommand.Create(io),
            ImportCommand.Create(io),
            AgreementCommand.Create(io),
            PowerCommand.Create(io),
            ChartCommand.Create(io),
        ];
    }
}
