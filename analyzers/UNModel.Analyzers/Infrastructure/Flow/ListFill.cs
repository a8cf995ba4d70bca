using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure.Flow
{
    /// <summary>
    /// How a <c>List&lt;T&gt;</c> local is filled in the block that declares it: its initializer, then its <c>Add</c> and
    /// <c>AddRange</c> statements in source order (see <see cref="ConstantFlow"/>). Computed once per local from its
    /// <see cref="LocalFacts"/>.
    /// </summary>
    internal sealed class ListFill
    {
        private const string UNModelAssembly = "UNModel";

        [MethodImpl(JitOnce.Options)]
        private ListFill(IOperation initializer, List<(int Position, IInvocationOperation Fill)> fills, int firstForeignArgument)
        {
            Initializer = initializer;
            Fills = fills;
            FirstForeignArgument = firstForeignArgument;
        }

        /// <summary>The collection the local is declared with.</summary>
        public IOperation Initializer { get; }

        /// <summary>The <c>Add(x)</c> and <c>AddRange(xs)</c> calls, each a statement of the declaring block, with their positions.</summary>
        public List<(int Position, IInvocationOperation Fill)> Fills { get; }

        /// <summary>Where the list is first passed to a method that is not UNModel's (which might add to it); <see cref="int.MaxValue"/> if never.</summary>
        public int FirstForeignArgument { get; }

        /// <summary>The fill of a list local, or null when it is used in any other way than filled in its block and passed on.</summary>
        [MethodImpl(JitOnce.Options)]
        public static ListFill? Of(LocalFacts facts)
        {
            if (facts.Declarator is not { } declarator || facts.Initializer is not { } initializer || DeclaringBlock(declarator) is not { } block)
            {
                return null;
            }

            var fills = new List<(int, IInvocationOperation)>();
            int foreign = int.MaxValue;
            foreach (ILocalReferenceOperation reference in facts.References)
            {
                if (ConstantFlow.IsPlainRead(reference, collection: true))
                {
                    if (Unwrapped(reference).Parent is IArgumentOperation { Parent: IInvocationOperation call } && call.TargetMethod.ContainingAssembly?.Name != UNModelAssembly
                        && reference.Syntax.SpanStart < foreign)
                    {
                        foreign = reference.Syntax.SpanStart;
                    }

                    continue;
                }

                if (reference.Parent is IInvocationOperation { Arguments.Length: 1 } fill && fill.Instance == reference
                    && fill.TargetMethod.Name is "Add" or "AddRange" && ConstantFlow.IsList(fill.TargetMethod.ContainingType)
                    && fill.Parent is IExpressionStatementOperation statement && statement.Parent == block)
                {
                    fills.Add((reference.Syntax.SpanStart, fill));
                    continue;
                }

                return null;
            }

            return new ListFill(initializer, fills, foreign);
        }

        /// <summary>The block whose statement declares the local.</summary>
        [MethodImpl(JitOnce.Options)]
        private static IBlockOperation? DeclaringBlock(IVariableDeclaratorOperation declarator) =>
            declarator.Parent?.Parent is IVariableDeclarationGroupOperation group ? group.Parent as IBlockOperation : null;

        [MethodImpl(JitOnce.Options)]
        private static IOperation Unwrapped(IOperation reference)
        {
            while (reference.Parent is IConversionOperation or IParenthesizedOperation)
            {
                reference = reference.Parent;
            }

            return reference;
        }
    }
}
