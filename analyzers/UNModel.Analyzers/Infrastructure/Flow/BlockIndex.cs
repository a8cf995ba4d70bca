using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure.Flow
{
    /// <summary>
    /// One pass over an operation block (a method body, an initializer): each local's declarator, initializer and
    /// references in source order, and how it is used. Read-only once built, except the once-only marks.
    /// </summary>
    internal sealed class BlockIndex
    {
        /// <summary>The children's enumerators of the walk, kept per thread between blocks.</summary>
        [System.ThreadStatic]
        private static IOperation.OperationList.Enumerator[]? spareFrames;

        // A block's operations hand out one symbol object per local: keyed by the object.
        private readonly Dictionary<ILocalSymbol, LocalFacts> locals = new Dictionary<ILocalSymbol, LocalFacts>(SameObject<ILocalSymbol>.Comparer);

        [MethodImpl(JitOnce.Options)]
        public BlockIndex(IOperation root)
        {
            Root = root;

            // Pre-order, in source order, with an explicit stack of the children's enumerators: no iterator objects, and no
            // recursion however deep the expressions nest.
            Visit(root);
            IOperation.OperationList.Enumerator[] frames = spareFrames ?? new IOperation.OperationList.Enumerator[16];
            spareFrames = null;
            int depth = 0;
            frames[0] = root.ChildOperations.GetEnumerator();
            while (depth >= 0)
            {
                if (!frames[depth].MoveNext())
                {
                    depth--;
                    continue;
                }

                IOperation op = frames[depth].Current;
                Visit(op);
                if (++depth == frames.Length)
                {
                    System.Array.Resize(ref frames, frames.Length * 2);
                }

                frames[depth] = op.ChildOperations.GetEnumerator();
            }

            System.Array.Clear(frames, 0, frames.Length);
            spareFrames = frames;
        }

        /// <summary>The block's outermost operation.</summary>
        public IOperation Root { get; }

        /// <summary>What the block says about <paramref name="local"/>; null for a local it does not declare or use.</summary>
        [MethodImpl(JitOnce.Options)]
        public LocalFacts? Of(ILocalSymbol local) => locals.TryGetValue(local, out LocalFacts? facts) ? facts : null;

        /// <summary>
        /// The block's first call of <c>IsPermanentMember</c> or <c>PermanentMembersOn</c>, in source order: the block's
        /// questions about permanent members are read once, at that call (UNM0018), however often the index is rebuilt.
        /// </summary>
        public IInvocationOperation? FirstPermanentMemberQuestion { get; private set; }

        [MethodImpl(JitOnce.Options)]
        private void Visit(IOperation op)
        {
            switch (op.Kind)
            {
                case OperationKind.VariableDeclarator:
                    var declarator = (IVariableDeclaratorOperation)op;
                    LocalFacts declared = Get(declarator.Symbol);
                    declared.Declarator ??= declarator;
                    declared.Declarations++;
                    break;
                case OperationKind.Invocation:
                    if (FirstPermanentMemberQuestion is null && Rules.AbstentionTreatedAsVeto.IsPermanentMemberQuestion(((IInvocationOperation)op).TargetMethod))
                    {
                        FirstPermanentMemberQuestion = (IInvocationOperation)op;
                    }

                    break;
                case OperationKind.LocalReference:
                    var reference = (ILocalReferenceOperation)op;
                    LocalFacts used = Get(reference.Local);
                    used.References.Add(reference);
                    used.Written |= !ConstantFlow.IsPlainRead(reference, collection: false);
                    used.UsedOtherThanAsArgument |= !ConstantFlow.IsPlainRead(reference, collection: true);
                    break;
            }
        }

        [MethodImpl(JitOnce.Options)]
        private LocalFacts Get(ILocalSymbol local)
        {
            if (!locals.TryGetValue(local, out LocalFacts? facts))
            {
                facts = new LocalFacts();
                locals[local] = facts;
            }

            return facts;
        }
    }

    /// <summary>What one block says about one local.</summary>
    internal sealed class LocalFacts
    {
        private static readonly object None = new object();
        private object? computed;

        /// <summary>The first declarator of the local (a local is declared once; see <see cref="Declarations"/>).</summary>
        public IVariableDeclaratorOperation? Declarator { get; set; }

        /// <summary>The declarator's initializer value, if any.</summary>
        public IOperation? Initializer => Declarator?.Initializer?.Value;

        public int Declarations { get; set; }

        /// <summary>Every reference to the local, in source order.</summary>
        public List<ILocalReferenceOperation> References { get; } = new List<ILocalReferenceOperation>();

        /// <summary>Whether any reference writes the local (assignment, increment, <c>ref</c>/<c>out</c>, address-of).</summary>
        public bool Written { get; set; }

        /// <summary>Whether any reference does more than pass the local on as an argument.</summary>
        public bool UsedOtherThanAsArgument { get; set; }

        /// <summary>A value computed once from these facts (a builder local's statements); <paramref name="compute"/> may return null.</summary>
        [MethodImpl(JitOnce.Options)]
        public T? Once<T>(System.Func<LocalFacts, T?> compute)
            where T : class
        {
            object? known = Volatile.Read(ref computed);
            if (known is null)
            {
                known = (object?)compute(this) ?? None;
                Volatile.Write(ref computed, known);
            }

            return known as T;
        }
    }
}
