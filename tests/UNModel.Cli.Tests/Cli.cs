using System.Text;

namespace UNModel.Cli.Tests;

/// <summary>Runs the <c>unmodel</c> command line in-process, as its entry point does.</summary>
internal static class Cli
{
    /// <summary>The shipped copy of the roll-call data (data/unvotes in the clone).</summary>
    public static string ShippedData { get; } = Path.Combine(Testing.Snapshot.RepositoryRoot, "data", "unvotes");

    /// <summary>Runs the arguments with <paramref name="stdin"/> as standard input.</summary>
    public static (int Code, string Out, string Err) RunWithInput(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Program.Run(args, o, e, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin)));
        return (code, o.ToString(), e.ToString());
    }

    /// <summary>Runs the arguments with an empty standard input.</summary>
    public static (int Code, string Out, string Err) Run(params string[] args) => RunWithInput(string.Empty, args);

    /// <summary>A path in a fresh temporary folder, deleted with <see cref="TempFolder.Dispose"/>.</summary>
    public static TempFolder Temp() => new();

    /// <summary>A temporary folder for output files.</summary>
    internal sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "unmodel-cli-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
