using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure.Flow
{
    /// <summary>
    /// Data flow as far as it is knowable at compile time: constants, and read-only locals and <c>static readonly</c> fields
    /// followed to their initializer; collection expressions, array and collection initializers and <c>params</c>
    /// arguments read element by element. Anything else is unknown. One instance per compilation. Each block's locals are
    /// indexed in one pass (<see cref="BlockIndex"/>); the indexes of the last few blocks and the initializers of the last
    /// few <c>static readonly</c> fields are kept while in use (<see cref="RecentSlots{T}"/>).
    /// </summary>
    internal sealed class ConstantFlow
    {
        private const int MaxDepth = 8;

        private static readonly Func<BlockIndex, IOperation, bool> IndexOfRoot = static (index, root) => index.Root == root;
        private static readonly Func<FieldValue, (IFieldSymbol Field, SyntaxTree Tree), bool> ValueOfField =
            static (known, key) => ReferenceEquals(known.Field, key.Field) && known.Tree == key.Tree;

        private readonly RecentSlots<BlockIndex> blocks = new RecentSlots<BlockIndex>();
        private readonly RecentSlots<FieldValue> fields = new RecentSlots<FieldValue>();

        /// <summary>The index of the block that contains <paramref name="operation"/>, built at most once while it is in use.</summary>
        [MethodImpl(JitOnce.Options)]
        public BlockIndex IndexOf(IOperation operation)
        {
            IOperation root = Root(operation);
            return blocks.Find(root, IndexOfRoot) ?? blocks.Keep(new BlockIndex(root), root, IndexOfRoot);
        }

        /// <summary>Strips conversions and parentheses.</summary>
        [MethodImpl(JitOnce.Options)]
        public static IOperation Unwrap(IOperation operation)
        {
            // By kind first: a kind is one virtual call, an interface test a walk of the class's interfaces.
            while (true)
            {
                switch (operation.Kind)
                {
                    case OperationKind.Conversion when ((IConversionOperation)operation).OperatorMethod is null:
                        operation = ((IConversionOperation)operation).Operand;
                        break;
                    case OperationKind.Parenthesized:
                        operation = ((IParenthesizedOperation)operation).Operand;
                        break;
                    default:
                        return operation;
                }
            }
        }

        /// <summary>The argument passed for the named parameter, unless it was left to its default value.</summary>
        [MethodImpl(JitOnce.Options)]
        public static IOperation? Argument(IInvocationOperation invocation, string parameterName)
        {
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == parameterName)
                {
                    return argument.ArgumentKind == ArgumentKind.DefaultValue ? null : argument.Value;
                }
            }

            return null;
        }

        /// <summary>Whether an argument is the constant <c>null</c> (an optional part not given).</summary>
        [MethodImpl(JitOnce.Options)]
        public static bool IsNull(IOperation operation) => Unwrap(operation).ConstantValue is { HasValue: true, Value: null };

        /// <summary>The location from a member name to the end of an invocation: <c>Veto(MemberStates.Slovenia)</c> in <c>Ballot.Veto(MemberStates.Slovenia)</c>.</summary>
        [MethodImpl(JitOnce.Options)]
        public static Location NameToEnd(IInvocationOperation invocation)
        {
            if (invocation.Syntax is InvocationExpressionSyntax syntax && syntax.Expression is MemberAccessExpressionSyntax access)
            {
                return Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(access.Name.SpanStart, syntax.Span.End));
            }

            return invocation.Syntax.GetLocation();
        }

        /// <summary>Strips conversions and follows read-only locals (and, unless <paramref name="collection"/>, <c>static readonly</c> fields) to their initializer.</summary>
        [MethodImpl(JitOnce.Options)]
        public IOperation Resolve(IOperation operation, bool collection = false)
        {
            for (int depth = 0; depth < MaxDepth; depth++)
            {
                operation = Unwrap(operation);
                OperationKind kind = operation.Kind;
                if (kind == OperationKind.LocalReference && TryFollowLocal((ILocalReferenceOperation)operation, collection, out IOperation value))
                {
                    operation = value;
                    continue;
                }

                if (!collection && kind == OperationKind.FieldReference && StaticReadOnlyValue((IFieldReferenceOperation)operation) is { } initial)
                {
                    operation = initial;
                    continue;
                }

                return operation;
            }

            return operation;
        }

        /// <summary>A compile-time integer.</summary>
        [MethodImpl(JitOnce.Options)]
        public bool TryGetInt(IOperation operation, out int value)
        {
            IOperation op = Resolve(operation);
            if (op.ConstantValue.HasValue && op.ConstantValue.Value is int i)
            {
                value = i;
                return true;
            }

            if (op is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus } minus && TryGetInt(minus.Operand, out int positive) && positive != int.MinValue)
            {
                value = -positive;
                return true;
            }

            value = 0;
            return false;
        }

        /// <summary>A compile-time string.</summary>
        [MethodImpl(JitOnce.Options)]
        public bool TryGetString(IOperation operation, out string value)
        {
            IOperation op = Resolve(operation);
            if (op.ConstantValue.HasValue && op.ConstantValue.Value is string s)
            {
                value = s;
                return true;
            }

            value = string.Empty;
            return false;
        }

        /// <summary>A constant member of the enum <paramref name="enumType"/>, as its underlying integer.</summary>
        [MethodImpl(JitOnce.Options)]
        public bool TryGetEnum(IOperation operation, INamedTypeSymbol? enumType, out int value)
        {
            IOperation op = Resolve(operation);
            if (enumType is not null && UNModelSymbols.Same(op.Type, enumType) && op.ConstantValue.HasValue && op.ConstantValue.Value is int i)
            {
                value = i;
                return true;
            }

            value = 0;
            return false;
        }

        /// <summary>
        /// The elements of a collection knowable at compile time: a collection expression, an array creation with an
        /// initializer, a collection initializer, or a read-only local holding one. <paramref name="complete"/> is false
        /// when some elements cannot be seen (a spread of an unknown collection).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public bool TryGetElements(IOperation operation, out ImmutableArray<IOperation> elements, out bool complete)
        {
            complete = true;
            IOperation op = Resolve(operation, collection: true);
            if (op is IArrayCreationOperation { Initializer: { } initializer })
            {
                // The compiler's own array of the elements: nothing to copy.
                elements = initializer.ElementValues;
                return true;
            }

            var list = new List<IOperation>();
            bool known = AddResolvedElements(op, list, ref complete, 0);
            elements = known ? list.ToImmutableArray() : ImmutableArray<IOperation>.Empty;
            return known;
        }

        /// <summary>The values passed to a <c>params</c> parameter (or an explicit array for it).</summary>
        [MethodImpl(JitOnce.Options)]
        public bool TryGetParams(IInvocationOperation invocation, out ImmutableArray<IOperation> values, out bool complete)
        {
            complete = true;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is not { IsParams: true })
                {
                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    // f(a, b, c): the compiler's own array of the values.
                    values = initializer.ElementValues;
                    return true;
                }

                return TryGetElements(argument.Value, out values, out complete);
            }

            values = ImmutableArray<IOperation>.Empty;
            complete = false;
            return false;
        }

        /// <summary>Appends the values without boxing the array (<c>List.AddRange</c> would).</summary>
        [MethodImpl(JitOnce.Options)]
        private static void AddAll(List<IOperation> list, ImmutableArray<IOperation> values)
        {
            if (list.Capacity < list.Count + values.Length)
            {
                list.Capacity = list.Count + values.Length;
            }

            foreach (IOperation value in values)
            {
                list.Add(value);
            }
        }

        /// <summary>The outermost operation of the block that contains <paramref name="operation"/>.</summary>
        [MethodImpl(JitOnce.Options)]
        public static IOperation Root(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                operation = parent;
            }

            return operation;
        }

        /// <summary>Whether a reference only reads the local (collections: only passes it on as an argument).</summary>
        [MethodImpl(JitOnce.Options)]
        internal static bool IsPlainRead(ILocalReferenceOperation reference, bool collection)
        {
            if (reference.IsDeclaration)
            {
                return false;
            }

            IOperation child = reference;
            IOperation? parent = reference.Parent;
            while (parent is IConversionOperation || parent is IParenthesizedOperation)
            {
                child = parent;
                parent = parent.Parent;
            }

            switch (parent)
            {
                case IAssignmentOperation assignment when assignment.Target == child:
                case IIncrementOrDecrementOperation:
                case IAddressOfOperation:
                case IArgumentOperation { Parameter.RefKind: RefKind.Ref or RefKind.Out }:
                    return false;
                case ITupleOperation tuple when tuple.Parent is IDeconstructionAssignmentOperation:
                    return false;
                case IArgumentOperation:
                    return true;
                default:
                    // A collection read anywhere else (a method call on it, an indexer) might be changed there.
                    return !collection;
            }
        }

        /// <summary>
        /// The initializer of a <c>static readonly</c> field, read once while the field is in use (a file's fields are read
        /// by each vote of the file): the last few fields are kept, as the blocks are.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private IOperation? StaticReadOnlyValue(IFieldReferenceOperation reference)
        {
            IFieldSymbol field = reference.Field;
            if (!field.IsStatic || !field.IsReadOnly || field.IsConst)
            {
                return null;
            }

            (IFieldSymbol, SyntaxTree) key = (field, reference.Syntax.SyntaxTree);
            if (fields.Find(key, ValueOfField) is not { } known)
            {
                var made = new FieldValue(field, key.Item2, TryFollowStaticReadOnlyField(reference, field, out IOperation value) ? value : null);
                known = fields.Keep(made, key, ValueOfField);
            }

            return known.Value;
        }

        /// <summary>
        /// A <c>static readonly</c> field declared with an initializer in the same file, in a type without an explicit static
        /// constructor (where it could be assigned again).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private static bool TryFollowStaticReadOnlyField(IFieldReferenceOperation reference, IFieldSymbol field, out IOperation value)
        {
            value = reference;
            if (field.DeclaringSyntaxReferences.Length != 1 || reference.SemanticModel is not { } model || HasExplicitStaticConstructor(field.ContainingType))
            {
                return false;
            }

            SyntaxReference declaration = field.DeclaringSyntaxReferences[0];
            if (declaration.SyntaxTree != reference.Syntax.SyntaxTree || declaration.GetSyntax() is not VariableDeclaratorSyntax { Initializer: { } initializer })
            {
                return false;
            }

            if (model.GetOperation(initializer.Value) is not { } operation)
            {
                return false;
            }

            value = operation;
            return true;
        }

        [MethodImpl(JitOnce.Options)]
        private static bool HasExplicitStaticConstructor(INamedTypeSymbol type)
        {
            foreach (IMethodSymbol constructor in type.StaticConstructors)
            {
                if (!constructor.IsImplicitlyDeclared)
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(JitOnce.Options)]
        private bool AddElements(IOperation operation, List<IOperation> elements, ref bool complete, int depth)
        {
            return depth <= MaxDepth && AddResolvedElements(Resolve(operation, collection: true), elements, ref complete, depth);
        }

        /// <summary>The elements of a collection already resolved (see <see cref="TryGetElements"/>).</summary>
        [MethodImpl(JitOnce.Options)]
        private bool AddResolvedElements(IOperation op, List<IOperation> elements, ref bool complete, int depth)
        {
            if (op.Syntax is CollectionExpressionSyntax collection && op.SemanticModel is { } model)
            {
                foreach (CollectionElementSyntax element in collection.Elements)
                {
                    if (element is ExpressionElementSyntax expression && model.GetOperation(expression.Expression) is { } value)
                    {
                        elements.Add(value);
                    }
                    else if (element is SpreadElementSyntax spread && model.GetOperation(spread.Expression) is { } spreadValue)
                    {
                        bool inner = true;
                        if (!AddElements(spreadValue, elements, ref inner, depth + 1) || !inner)
                        {
                            complete = false;
                        }
                    }
                    else
                    {
                        complete = false;
                    }
                }

                return true;
            }

            if (op is IArrayCreationOperation { Initializer: { } initializer })
            {
                AddAll(elements, initializer.ElementValues);
                return true;
            }

            if (op is IObjectCreationOperation { Initializer: { } objectInitializer })
            {
                foreach (IOperation init in objectInitializer.Initializers)
                {
                    if (init is IInvocationOperation add && add.Arguments.Length == 1)
                    {
                        elements.Add(add.Arguments[0].Value);
                    }
                    else
                    {
                        complete = false;
                    }
                }

                return true;
            }

            return false;
        }

        [MethodImpl(JitOnce.Options)]
        private bool TryFollowLocal(ILocalReferenceOperation reference, bool collection, out IOperation value)
        {
            value = reference;
            ILocalSymbol local = reference.Local;
            if (local.IsRef || (local.IsConst && reference.ConstantValue.HasValue))
            {
                return false;
            }

            if (IndexOf(reference).Of(local) is not { Declarations: 1, Initializer: { } } facts || facts.Written || (collection && facts.UsedOtherThanAsArgument))
            {
                return false;
            }

            value = facts.Initializer;
            return true;
        }

        /// <summary>A <c>static readonly</c> field, read from a file, and its initializer (null when it cannot be followed from there).</summary>
        private sealed class FieldValue
        {
            [MethodImpl(JitOnce.Options)]
            public FieldValue(IFieldSymbol field, SyntaxTree tree, IOperation? value)
            {
                Field = field;
                Tree = tree;
                Value = value;
            }

            public IFieldSymbol Field { get; }

            public SyntaxTree Tree { get; }

            public IOperation? Value { get; }
        }
    }
}
