namespace UNModel.Cli;

/// <summary>
/// The standard streams of one run, injectable for tests. Standard output is held until the command ends: a run that
/// fails writes nothing there, whatever it had printed (<see cref="Program.Run"/> releases it on success, or when the
/// command <see cref="KeepOutput">keeps</see> its partial output, as <c>decide --keep-going</c> does).
/// </summary>
internal sealed class CliIO
{
    private readonly StringWriter held = new() { NewLine = "\n" };

    public CliIO(TextWriter stdout, TextWriter stderr, Func<Stream> openStdin)
    {
        Stdout = stdout;
        Error = stderr;
        OpenStdin = openStdin;
    }

    /// <summary>Standard output, held until the run ends.</summary>
    public TextWriter Out => held;

    /// <summary>Standard error: progress bars and the one error line.</summary>
    public TextWriter Error { get; }

    /// <summary>Opens standard input (for <c>-</c>).</summary>
    public Func<Stream> OpenStdin { get; }

    /// <summary>Whether the held output is written even though the run ends with an error.</summary>
    public bool OutputKept { get; private set; }

    private TextWriter Stdout { get; }

    /// <summary>Keeps what was written so far for a run that ends with exit code 2 (every good record of a batch was decided).</summary>
    public void KeepOutput() => OutputKept = true;

    /// <summary>Writes the held output to standard output.</summary>
    public void Release()
    {
        Stdout.Write(held.ToString());
        Stdout.Flush();
    }
}
