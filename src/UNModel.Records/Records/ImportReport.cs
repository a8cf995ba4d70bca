using System.Collections.Immutable;
using System.Globalization;

namespace UNModel.Records;

/// <summary>What an import note or problem is about.</summary>
public enum ImportIssueKind
{
    /// <summary>A row that could not be read: wrong number of fields, a bad number, date or vote.</summary>
    Malformed = 1,

    /// <summary>A ballot whose country maps to no seat of the catalogue on the roll call's date.</summary>
    Unmapped = 2,

    /// <summary>A row naming a roll call that is not in the roll-call file, or a second row for the same key.</summary>
    Orphan = 3,

    /// <summary>A ballot the engine refuses (e.g. a state that was not a Member on the date, a second ballot of one seat).</summary>
    Refused = 4,

    /// <summary>Not a rejection: the roll call's recorded date was moved (before the Assembly's first meeting, or before the admission of a state that voted in it).</summary>
    Redated = 5,

    /// <summary>Not a rejection: a count or total in the record that disagrees with the ballots.</summary>
    Inconsistent = 6,
}

/// <summary>One problem or note of an import, with the file and line it concerns.</summary>
public sealed class ImportIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="kind">What it is about.</param>
    /// <param name="file">The file name, e.g. <c>unvotes.csv</c>.</param>
    /// <param name="line">The 1-based line (the header is line 1).</param>
    /// <param name="message">What is wrong or what was done.</param>
    public ImportIssue(ImportIssueKind kind, string file, long line, string message)
    {
        Kind = kind;
        File = file;
        Line = line;
        Message = message;
    }

    /// <summary>What it is about.</summary>
    public ImportIssueKind Kind { get; }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>The 1-based line on which the row starts.</summary>
    public long Line { get; }

    /// <summary>What is wrong or what was done.</summary>
    public string Message { get; }

    /// <summary>Whether the row was rejected (false for notes such as <see cref="ImportIssueKind.Redated"/>).</summary>
    public bool IsRejection => Kind is not (ImportIssueKind.Redated or ImportIssueKind.Inconsistent);

    /// <summary>E.g. <c>unvotes.csv:1234: unmapped: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => File + ":" + Line.ToString(CultureInfo.InvariantCulture) + ": " + Kind.ToString().ToLowerInvariant() + ": " + Message;
}

/// <summary>
/// The account of an import: how many rows were read, accepted and rejected, and every rejected row with its line. Nothing
/// is dropped silently: for each file, <c>Read == Accepted + Rejected</c>.
/// </summary>
public sealed class ImportReport
{
    internal ImportReport(ImmutableArray<ImportFileCount> files, ImmutableArray<ImportIssue> issues)
    {
        Files = files;
        Issues = issues;
    }

    /// <summary>The counts per file, in the order read.</summary>
    public ImmutableArray<ImportFileCount> Files { get; }

    /// <summary>Every rejected row and every note, in the order found.</summary>
    public ImmutableArray<ImportIssue> Issues { get; }

    /// <summary>Data rows read, all files.</summary>
    public long Read => Sum(f => f.Read);

    /// <summary>Rows accepted, all files.</summary>
    public long Accepted => Sum(f => f.Accepted);

    /// <summary>Rows rejected, all files; each is among <see cref="Issues"/>.</summary>
    public long Rejected => Sum(f => f.Rejected);

    /// <summary>The counts of one file.</summary>
    /// <param name="file">The file name, e.g. <c>unvotes.csv</c>.</param>
    /// <returns>The counts, or null when the file was not read.</returns>
    public ImportFileCount? For(string file)
    {
        foreach (ImportFileCount f in Files)
        {
            if (f.File == file)
            {
                return f;
            }
        }

        return null;
    }

    /// <summary>One line per file: <c>unvotes.csv: read 870,109, accepted 870,109, rejected 0</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("\n", Files);

    private long Sum(System.Func<ImportFileCount, long> f)
    {
        long n = 0;
        foreach (ImportFileCount c in Files)
        {
            n += f(c);
        }

        return n;
    }
}

/// <summary>The row counts of one file of an import.</summary>
public sealed class ImportFileCount
{
    internal ImportFileCount(string file, long read, long accepted, long rejected)
    {
        File = file;
        Read = read;
        Accepted = accepted;
        Rejected = rejected;
    }

    /// <summary>The file name.</summary>
    public string File { get; }

    /// <summary>Data rows read (the header not counted).</summary>
    public long Read { get; }

    /// <summary>Rows that became part of the imported record.</summary>
    public long Accepted { get; }

    /// <summary>Rows rejected, each reported with its line.</summary>
    public long Rejected { get; }

    /// <summary>Rows neither accepted nor rejected: always 0 unless the importer is broken.</summary>
    public long SilentlyDropped => Read - Accepted - Rejected;

    /// <summary>E.g. <c>unvotes.csv: read 870,109, accepted 870,109, rejected 0</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => File + ": read " + Read.ToString("N0", CultureInfo.InvariantCulture) + ", accepted " + Accepted.ToString("N0", CultureInfo.InvariantCulture) + ", rejected " + Rejected.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>How far an import has got: reported a few hundred times per file, for a progress bar.</summary>
public readonly struct ImportProgress
{
    /// <summary>Creates a progress report.</summary>
    /// <param name="file">The file being read.</param>
    /// <param name="bytesRead">Bytes of the file read so far (compressed bytes for a <c>.gz</c> file).</param>
    /// <param name="totalBytes">The file's size in bytes.</param>
    /// <param name="rows">Data rows read so far.</param>
    public ImportProgress(string file, long bytesRead, long totalBytes, long rows)
    {
        File = file;
        BytesRead = bytesRead;
        TotalBytes = totalBytes;
        Rows = rows;
    }

    /// <summary>The file being read.</summary>
    public string File { get; }

    /// <summary>Bytes read so far.</summary>
    public long BytesRead { get; }

    /// <summary>The file's size in bytes (0 when unknown).</summary>
    public long TotalBytes { get; }

    /// <summary>Data rows read so far.</summary>
    public long Rows { get; }

    /// <summary>The fraction done, 0 to 1 (0 when the size is unknown).</summary>
    public double Fraction => TotalBytes <= 0 ? 0 : System.Math.Min(1.0, (double)BytesRead / TotalBytes);
}
