using System.Runtime.CompilerServices;

namespace UNModel.Core;

/// <summary>
/// The shared Charter sources mark the methods on the analyzers' path of every vote with
/// <c>[MethodImpl(JitOnce.Options)]</c>; the analyzers compile them once, optimized (see the analyzers' own
/// <c>JitOnce</c>). In the runtime library the mark is no option at all: applications keep the runtime's usual tiers.
/// </summary>
internal static class JitOnce
{
    /// <summary>No option: the method is compiled as any other.</summary>
    public const MethodImplOptions Options = 0;
}
