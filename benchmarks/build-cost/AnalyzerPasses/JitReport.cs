using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

/// <summary>
/// The methods the runtime compiles while the passes run, with the time each took (from the runtime's own JIT events:
/// MethodJittingStarted to MethodLoadVerbose on the same thread), written as one tab-separated line per compilation:
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

    /// <summary>The pass whose compilations are being recorded.</summary>
    public int Pass { get; set; }

    /// <summary>Writes what was recorded to <paramref name="path"/>.</summary>
    public void Save(string path) => File.WriteAllLines(path, lines);

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
