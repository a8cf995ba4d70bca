using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace UNModel.Records;

/// <summary>Opens the importers' data files: plain, or gzip-compressed when the name ends in <c>.gz</c>.</summary>
internal static class RecordFiles
{
    private const int BufferSize = 1 << 16;

    /// <summary>A UTF-8 reader of the file at <paramref name="path"/>, decompressed when it is a <c>.gz</c> file.</summary>
    /// <param name="path">The file; its name decides whether it is compressed.</param>
    /// <param name="content">The file's bytes as already opened (e.g. through a progress counter), or null to open <paramref name="path"/>.</param>
    /// <returns>The reader; it owns the stream.</returns>
    public static StreamReader Reader(string path, Stream? content = null)
    {
        Stream stream = content ?? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize);
    }
}
