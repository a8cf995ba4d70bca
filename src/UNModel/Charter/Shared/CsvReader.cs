// Shared in source by the runtime library (the Charter's data files), the analyzers (the same files) and UNModel.Records
// (the importers): the one CSV reader of the project.
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace UNModel.Core
{
    /// <summary>
    /// Reads RFC 4180 CSV one record at a time and keeps the physical line on which each record starts (a quoted field
    /// may span lines), so that every error can name its line.
    /// </summary>
    internal sealed class CsvReader : IDisposable
    {
        private readonly TextReader reader;
        private readonly bool skipComments;
        private readonly List<string> fields = new List<string>(24);
        private readonly StringBuilder field = new StringBuilder();
        private long nextLine = 1;

        /// <summary>Creates a reader.</summary>
        /// <param name="reader">The text; disposed with this reader.</param>
        /// <param name="skipComments">Skip blank lines and lines that start with <c>#</c> (the Charter's data files document themselves that way).</param>
        public CsvReader(TextReader reader, bool skipComments = false)
        {
            this.reader = reader;
            this.skipComments = skipComments;
        }

        /// <summary>The line on which the last record read starts (1-based).</summary>
        public long Line { get; private set; }

        /// <summary>The fields of the last record read.</summary>
        public IReadOnlyList<string> Fields => fields;

        /// <summary>Whether the last record ended inside an unterminated quote.</summary>
        public bool Unterminated { get; private set; }

        /// <summary>Reads the next record; false at the end of the input.</summary>
        public bool Read()
        {
            fields.Clear();
            Unterminated = false;
            string? line = reader.ReadLine();
            while (line is not null && skipComments && (line.Length == 0 || line[0] == '#'))
            {
                nextLine++;
                line = reader.ReadLine();
            }

            if (line is null)
            {
                return false;
            }

            Line = nextLine++;
            if (line.IndexOf('"') < 0)
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

        /// <inheritdoc/>
        public void Dispose() => reader.Dispose();
    }
}
