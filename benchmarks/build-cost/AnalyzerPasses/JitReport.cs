using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

/// <summary>
/// The methods the runtime compiles while the passes run, with the time each took (from the runtime's own JIT events:
/// MethodJittingStarted to the MethodLoadVerbose of the same method), written as one tab-separated line per compilation:
/// pass, milliseconds, IL size, tier, namespace and name. Which code a fresh compiler compiles, and for how long, is the part of
/// the cold pass that no warm pass shows.
/// </summary>
internal sealed class JitReport : EventListener
{
    private const int MethodLoadVerbose = 143;
    private const int MethodJittingStarted = 145;
    private const EventKeywords JitKeyword = (EventKeywords)0x10;

    private readonly ConcurrentDictionary<long, (DateTime Start, int Pass, int ILSize)> started = new();
    private readonly ConcurrentQueue<string> lines = new();
    private readonly StreamWriter file;

    /// <summary>Records from now on, for <paramref name="file"/> (opened by the caller before any work, so that a path that cannot be written fails first).</summary>
    public JitReport(StreamWriter file) => this.file = file;

    /// <summary>The pass whose compilations are being recorded.</summary>
    public int Pass { get; set; }

    /// <summary>Writes what was recorded to the file and closes it.</summary>
    public void Save()
    {
        foreach (string line in lines)
        {
            file.WriteLine(line);
        }

        file.Dispose();
    }

    /// <inheritdoc/>
    public override void Dispose()
    {
        base.Dispose();
        file.Dispose();
    }

    /// <inheritdoc/>
    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, JitKeyword);
        }
    }

    /// <inheritdoc/>
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.Payload is null || e.PayloadNames is null)
        {
            return;
        }

        long id = Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("MethodID")], CultureInfo.InvariantCulture);
        if (e.EventId == MethodJittingStarted)
        {
            started[id] = (e.TimeStamp, Pass, Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("MethodILSize")], CultureInfo.InvariantCulture));
        }
        else if (e.EventId == MethodLoadVerbose && started.TryRemove(id, out var start))
        {
            string ns = (string)e.Payload[e.PayloadNames.IndexOf("MethodNamespace")]!;
            string name = (string)e.Payload[e.PayloadNames.IndexOf("MethodName")]!;
            double ms = (e.TimeStamp - start.Start).TotalMilliseconds;
            // The runtime's JitOptimizationTier, in bits 7-9 of the flags.
            string tier = ((Convert.ToInt64(e.Payload[e.PayloadNames.IndexOf("MethodFlags")], CultureInfo.InvariantCulture) >> 7) & 7) switch
            {
                1 => "minopts",
                2 => "optimized",
                3 => "tier0",
                4 => "tier1",
                5 => "tier1-osr",
                6 => "tier0-instrumented",
                7 => "tier1-instrumented",
                _ => "unknown",
            };
            lines.Enqueue(string.Create(CultureInfo.InvariantCulture, $"{start.Pass}\t{ms:F3}\t{start.ILSize}\t{tier}\t{ns}\t{name}"));
        }
    }
}
