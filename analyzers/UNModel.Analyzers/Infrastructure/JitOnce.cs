using System.Runtime.CompilerServices;

namespace UNModel.Core
{
    /// <summary>
    /// How the analyzers' methods on the path of every vote are compiled (<c>[MethodImpl(JitOnce.Options)]</c>, here and in
    /// the shared Charter sources). A build runs the analyzers once, in a fresh compiler, and there the runtime's tiers keep
    /// them long in unoptimized and then instrumented code, whose probes cost more than the checks: compiled once, fully
    /// optimized, the heavy build-cost project's analyzer time falls by about a third. The runtime library defines the same
    /// constant as no option at all (<c>src/UNModel/Charter/JitOnce.cs</c>), so that applications keep the usual tiers.
    /// Methods run once per compilation (creating the analysis, resolving UNModel's symbols) are left to the usual tiers:
    /// compiling them optimized would cost every compilation, UNModel used or not, for nothing.
    /// </summary>
    internal static class JitOnce
    {
        /// <summary><c>MethodImplOptions.AggressiveOptimization</c>, which .NET Standard 2.0 does not name (.NET Framework ignores it).</summary>
        public const MethodImplOptions Options = (MethodImplOptions)512;
    }
}
