using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

using UNModel.Core;

namespace UNModel.Records;

/// <summary>The running counts and issues of an import.</summary>
internal sealed class ImportState
{
    private readonly List<FileCounter> files = new();
    private readonly List<ImportIssue> issues = new();

    public FileCounter File(string name)
    {
        foreach (FileCounter f in files)
        {
            if (f.Name == name)
            {
                return f;
            }
        }

        var c = new FileCounter(name);
        files.Add(c);
        return c;
    }

    public void Reject(FileCounter file, ImportIssueKind kind, long line, string message)
    {
        file.Rejected++;
        issues.Add(new ImportIssue(kind, file.Name, line, message));
    }

    public void Note(ImportIssueKind kind, string file, long line, string message) => issues.Add(new ImportIssue(kind, file, line, message));

    public ImportReport Report()
    {
        ImmutableArray<ImportFileCount>.Builder counts = ImmutableArray.CreateBuilder<ImportFileCount>(files.Count);
        foreach (FileCounter f in files)
        {
            counts.Add(new ImportFileCount(f.Name, f.Read, f.Accepted, f.Rejected));
        }

        return new ImportReport(counts.MoveToImmutable(), [.. issues]);
    }
}

/// <summary>Mutable counts of one file during an import.</summary>
internal sealed class FileCounter(string name)
{
    public string Name { get; } = name;

    public long Read { get; set; }

    public long Accepted { get; set; }

    public long Rejected { get; set; }
}

/// <summary>The columns of a CSV header, found by name so that column order does not matter.</summary>
internal sealed class Header
{
    private readonly Dictionary<string, int> columns;

    private Header(string file, Dictionary<string, int> columns, int count)
    {
        File = file;
        this.columns = columns;
        Count = count;
    }

    public string File { get; }

    public int Count { get; }

    public int this[string name] => columns[name];

    public static Header Read(CsvReader csv, string file, params string[] required)
    {
        if (!csv.Read())
        {
            throw new MalformedRecordException(RuleIds.MalformedRecord, file + " is empty: it needs a header line with the columns " + string.Join(", ", required) + ".", file);
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < csv.Fields.Count; i++)
        {
            string name = csv.Fields[i].Trim().TrimStart('\uFEFF');
            columns.TryAdd(name, i);
        }

        foreach (string name in required)
        {
            if (!columns.ContainsKey(name))
            {
                throw new MalformedRecordException(RuleIds.MalformedRecord, file + " line 1: the header lacks the column '" + name + "' (expected " + string.Join(",", required) + ").", name);
            }
        }

        return new Header(file, columns, csv.Fields.Count);
    }

    public bool Has(string name) => columns.ContainsKey(name);

    public string? Get(IReadOnlyList<string> fields, string name) => columns.TryGetValue(name, out int i) && i < fields.Count ? fields[i] : null;

    /// <summary>Null when the record has as many fields as the header; otherwise what is wrong.</summary>
    public string? CheckShape(CsvReader csv)
    {
        if (csv.Unterminated)
        {
            return "a quoted field is not closed before the end of the file";
        }

        return csv.Fields.Count == Count ? null : "expected " + Count.ToString(CultureInfo.InvariantCulture) + " fields, found " + csv.Fields.Count.ToString(CultureInfo.InvariantCulture);
    }
}
