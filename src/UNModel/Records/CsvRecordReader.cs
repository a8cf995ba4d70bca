using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace UNModel.Records;

/// <summary>
/// Reads RFC 4180 CSV one record at a time, keeping the physical line number on which each record starts (records may
/// span lines inside quotes). Used by every importer so that each rejected row can be reported by its line.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly TextReader reader;
    private readonly List<string> fields = new(24);
    private readonly StringBuilder field = new();
    private long nextLine = 1;

    public CsvRecordReader(TextReader reader) => this.reader = reader;

    /// <summary>The line on which the last record read starts (1-based; the header is line 1).</summary>
    public long Line { get; private set; }

    /// <summary>The fields of the last record read.</summary>
    public IReadOnlyList<string> Fields => fields;

    /// <summary>Whether the last record ended inside an unterminated quote.</summary>
    public bool Unterminated { get; private set; }

    /// <summary>Opens a file for reading, decompressing it when its name ends in <c>.gz</c>.</summary>
    public static Stream OpenFile(string path)
    {
        Stream file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
    }

    /// <summary>Reads the next record; false at the end of the input.</summary>
    public bool Read()
    {
        fields.Clear();
        Unterminated = false;
        string? line = reader.ReadLine();
        if (line is null)
        {
            return false;
        }

        Line = nextLine++;
        if (line.IndexOf('"', StringComparison.Ordinal) < 0)
        {
            // Fast path: no quotes.
            int start = 0;
            while (true)
            {
                int comma = line.IndexOf(',', start);
                if (comma < 0)
                {
                    fields.Add(line.Substring(start));
                    return true;
                }

                fields.Add(line.Substring(start, comma - start));
                start = comma + 1;
            }
        }

        field.Clear();
        bool quoted = false;
        while (true)
        {
            for (int i = 0; i < line.Length; i++)
            {
                char ch = line[i];
                if (quoted)
                {
                    if (ch == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i++;
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        field.Append(ch);
                    }
                }
                else if (ch == '"')
                {
                    quoted = true;
                }
                else if (ch == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else
                {
                    field.Append(ch);
                }
            }

            if (!quoted)
            {
                break;
            }

            string? more = reader.ReadLine();
            if (more is null)
            {
                Unterminated = true;
                break;
            }

            nextLine++;
            field.Append('\n');
            line = more;
        }

        fields.Add(field.ToString());
        return true;
    }

    public void Dispose() => reader.Dispose();
}
