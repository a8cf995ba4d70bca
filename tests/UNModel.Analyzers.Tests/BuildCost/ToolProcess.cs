using System.Diagnostics;

namespace UNModel.Analyzers.Tests.BuildCost;

/// <summary>Runs one of the build-cost benchmark's tools as a separate process, as a user or build_cost.py would.</summary>
internal static class ToolProcess
{
    /// <summary>Runs <paramref name="program"/> with the arguments to its end: its exit code, standard output and standard error.</summary>
    public static (int Exit, string Output, string Errors) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> errors = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }
}
