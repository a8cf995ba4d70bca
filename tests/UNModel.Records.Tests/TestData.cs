namespace UNModel.Records.Tests;

/// <summary>Where the data is: the compressed copy shipped in data/unvotes, and the shared originals (../shared/data/unvotes, present in CI).</summary>
internal static class TestData
{
    private static readonly Lazy<VotingRecord> Full = new(() => UnvotesImporter.Import(ShippedDirectory));

    public static string RepoRoot { get; } = FindRoot();

    public static string ShippedDirectory => Path.Combine(RepoRoot, "data", "unvotes");

    public static string SharedDirectory => Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "data", "unvotes"));

    /// <summary>The full import of the shipped copy, once per test run.</summary>
    public static VotingRecord Record => Full.Value;

    public static string TempFile(string extension) => Path.Combine(Path.GetTempPath(), "unmodel-records-" + Guid.NewGuid().ToString("N") + extension);

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
