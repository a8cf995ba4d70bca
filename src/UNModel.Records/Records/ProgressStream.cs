using System;
using System.IO;

namespace UNModel.Records;

/// <summary>Counts the bytes read from a stream and reports progress every so often.</summary>
internal sealed class ProgressStream : Stream
{
    private const long Step = 1 << 18;
    private readonly Stream inner;
    private readonly Action<long>? report;
    private long position;
    private long nextReport = Step;

    public ProgressStream(Stream inner, Action<long>? report)
    {
        this.inner = inner;
        this.report = report;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => position;
        set => throw new NotSupportedException();
    }

    public long BytesRead => position;

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = inner.Read(buffer, offset, count);
        Advance(n);
        return n;
    }

    public override int Read(Span<byte> buffer)
    {
        int n = inner.Read(buffer);
        Advance(n);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Advance(int n)
    {
        position += n;
        if (report is not null && position >= nextReport)
        {
            nextReport = position + Step;
            report(position);
        }
    }
}
