using System.Reflection;
using System.Text;

namespace UNModel.Testing;

/// <summary>
/// Golden-file checks in the style of Verify: the text a user sees is compared with a checked-in
/// <c>tests/{project}/Snapshots/{name}.verified.{ext}</c>. A difference (or a missing file) writes
/// <c>{name}.received.{ext}</c> beside it and fails with a line diff. To accept a change, review the received file and
/// rename it, or run the tests once with <c>UNMODEL_ACCEPT_SNAPSHOTS=1</c> outside CI; CI never accepts a snapshot.
/// </summary>
internal static class Snapshot
{
    /// <summary>The environment variable that lets a developer accept new snapshots locally.</summary>
    public const string AcceptVariable = "UNMODEL_ACCEPT_SNAPSHOTS";

    private const int DiffContext = 2;
    private const int MaxDiffLines = 60;

    /// <summary>The repository root (the folder holding UNModel.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The folder of the calling test project's snapshots.</summary>
    public static string Directory(Assembly testAssembly) =>
        Path.Combine(RepositoryRoot, "tests", testAssembly.GetName().Name!, "Snapshots");

    /// <summary>Checks <paramref name="actual"/> against the verified snapshot <paramref name="name"/>.</summary>
    /// <param name="actual">The text (line endings are normalised to <c>\n</c>).</param>
    /// <param name="name">The snapshot's name, e.g. <c>Replay.text</c>.</param>
    /// <param name="extension">The file extension without the dot (<c>txt</c>, <c>json</c>, <c>svg</c>).</param>
    public static void Match(string actual, string name, string extension = "txt")
    {
        string dir = Directory(typeof(Snapshot).Assembly);
        System.IO.Directory.CreateDirectory(dir);
        string verified = Path.Combine(dir, name + ".verified." + extension);
        string received = Path.Combine(dir, name + ".received." + extension);
        string text = Normalise(actual);

        if (File.Exists(verified))
        {
            string expected = Normalise(File.ReadAllText(verified));
            if (expected == text)
            {
                File.Delete(received);
                return;
            }

            if (Accepting())
            {
                File.WriteAllText(verified, text);
                File.Delete(received);
                return;
            }

            File.WriteAllText(received, text);
            Assert.Fail("Snapshot " + name + " differs from " + Relative(verified) + " (received: " + Relative(received) + "; - verified, + received):\n" + Diff(expected, text));
        }

        if (Accepting())
        {
            File.WriteAllText(verified, text);
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, text);
        Assert.Fail("No verified snapshot " + Relative(verified) + "; review " + Relative(received) + " and rename it to accept it.");
    }

    /// <summary>A compact line diff (<c>-</c> verified, <c>+</c> received): each changed hunk with <see cref="DiffContext"/> lines around it.</summary>
    internal static string Diff(string expected, string actual)
    {
        string[] a = expected.Split('\n');
        string[] b = actual.Split('\n');
        int[,] lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x++]));
                y++;
            }
            else if (x < a.Length && (y == b.Length || lcs[x + 1, y] >= lcs[x, y + 1]))
            {
                lines.Add(('-', a[x++]));
            }
            else
            {
                lines.Add(('+', b[y++]));
            }
        }

        var output = new StringBuilder();
        int shown = 0;
        for (int k = 0; k < lines.Count && shown < MaxDiffLines; k++)
        {
            bool near = false;
            for (int d = -DiffContext; d <= DiffContext && !near; d++)
            {
                near = k + d >= 0 && k + d < lines.Count && lines[k + d].Mark != ' ';
            }

            if (near)
            {
                output.Append(lines[k].Mark).Append(' ').Append(lines[k].Text).Append('\n');
                shown++;
            }
        }

        return shown == MaxDiffLines ? output.Append("… (diff truncated)\n").ToString() : output.ToString();
    }

    private static bool Accepting() =>
        Environment.GetEnvironmentVariable(AcceptVariable) == "1" && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot, path);

    private static string FindRoot()
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "UNModel.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("UNModel.sln not found above " + AppContext.BaseDirectory);
    }
}
