namespace UNModel.Reliability.Tests.Support;

/// <summary>The codes of <c>src/UNModel/Charter/Data/country-codes.csv</c>, read independently of the library.</summary>
internal static class CountryCodesFile
{
    private static readonly Lazy<(string[] Accepted, Dictionary<string, string> Withdrawn)> Rows = new(Read);

    /// <summary>The codes CountryCode must accept (status iso, former or local).</summary>
    public static string[] Accepted => Rows.Value.Accepted;

    /// <summary>The withdrawn ISO 3166-3 codes, with the code that replaced each (empty when none).</summary>
    public static Dictionary<string, string> Withdrawn => Rows.Value.Withdrawn;

    private static (string[], Dictionary<string, string>) Read()
    {
        string path = Path.Combine(UNModel.Testing.Snapshot.RepositoryRoot, "src", "UNModel", "Charter", "Data", "country-codes.csv");
        var accepted = new List<string>();
        var withdrawn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Skip(1))
        {
            string code = line[..3];
            string[] tail = line.Split(',');
            string status = tail[^2];
            if (status is "iso" or "former" or "local")
            {
                accepted.Add(code);
            }
            else
            {
                Assert.Equal("withdrawn", status);
                withdrawn[code] = tail[^1];
            }
        }

        return ([.. accepted], withdrawn);
    }
}
