using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace UNModel.Analyzers.Infrastructure.Flow
{
    /// <summary>
    /// One pass over an operation block (a method body, an initializer): each local's declarator, initializer and
    /// references in source order, and how it is used. Read-only once built, except the once-only marks.
    /// </summary>
    internal sealed class BlockIndex
    {
        private readonly Dictionary<ILocalSymbol, LocalFacts> locals = new Dictionary<ILocalSymbol, LocalFacts>(SymbolEqualityComparer.Default);

        public BlockIndex(IOperation root)
        {
            Root = root;
            foreach (IOperation op in root.DescendantsAndSelf())
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
        }

        /// <summary>The block's outermost operation.</summary>
        public IOperation Root { get; }

        /// <summary>What the block says about <paramref name="local"/>; null for a local it does not declare or use.</summary>
        public LocalFacts? Of(ILocalSymbol local) => locals.TryGetValue(local, out LocalFacts? facts) ? facts : null;

        /// <summary>
        /// The block's first call of <c>IsPermanentMember</c> or <c>PermanentMembersOn</c>, in source order: the block's
        /// questions about permanent members are read once, at that call (UNM0018), however often the index is rebuilt.
        /// </summary>
        public IInvocationOperation? FirstPermanentMemberQuestion { get; }

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
