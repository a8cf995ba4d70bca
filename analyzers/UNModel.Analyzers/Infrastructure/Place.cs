using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure.Flow;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>
    /// Where a part of a vote is written. Kept as the syntax (or call) it names and turned into a <see cref="Location"/>
    /// only when a diagnostic is reported there: most votes report nothing, and a location costs a span and an object.
    /// <c>default</c> is "not written".
    /// </summary>
    internal readonly struct Place
    {
        private readonly SyntaxNode? node;
        private readonly IInvocationOperation? call;

        [MethodImpl(JitOnce.Options)]
        private Place(SyntaxNode? node, IInvocationOperation? call)
        {
            this.node = node;
            this.call = call;
        }

        /// <summary>The whole of <paramref name="node"/>; "not written" when it is null.</summary>
        [MethodImpl(JitOnce.Options)]
        public static Place Of(SyntaxNode? node) => new Place(node, null);

        /// <summary>A call from its method's name to its end: <c>Veto(MemberStates.Slovenia)</c>.</summary>
        [MethodImpl(JitOnce.Options)]
        public static Place NameToEnd(IInvocationOperation call) => new Place(null, call);

        /// <summary>The location, or null when the place is not written.</summary>
        [MethodImpl(JitOnce.Options)]
        public Location? ToLocation() => node?.GetLocation() ?? (call is null ? null : ConstantFlow.NameToEnd(call));
    }
}
