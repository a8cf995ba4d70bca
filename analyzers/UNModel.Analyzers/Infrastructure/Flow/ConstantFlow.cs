using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
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
        private static readonly Func<MemberValue, (ISymbol Member, SyntaxTree Tree), bool> ValueOfMember =
            static (known, key) => ReferenceEquals(known.Member, key.Member) && known.Tree == key.Tree;

        private readonly RecentSlots<BlockIndex> blocks = new RecentSlots<BlockIndex>();
        private readonly RecentSlots<MemberValue> members = new RecentSlots<MemberValue>();
        private readonly RecentSlots<HelperCall> helperCalls = new RecentSlots<HelperCall>();

        /// <summary>The trees of the helpers' bodies bound at their calls, and the call each stands for.</summary>
        private readonly ConditionalWeakTable<SyntaxTree, Location> expansions = new ConditionalWeakTable<SyntaxTree, Location>();

        /// <summary>The index of the block that contains <paramref name="operation"/>, built at most once while it is in use.</summary>
        [MethodImpl(JitOnce.Options)]
        public BlockIndex IndexOf(IOperation operation)
        {
            IOperation root = Root(operation);
            return blocks.Find(root, root, IndexOfRoot) ?? blocks.Keep(new BlockIndex(root), root, root, IndexOfRoot);
        }

        /// <summary>Strips conversions and parentheses.</summary>
        [MethodImpl(JitOnce.Options)]
        public static IOperation Unwrap(IOperation operation)
        {
            // By kind first: a kind is one virtual call, an interface test a walk of the class's interfaces. A user-defined
            // conversion runs code, so its operand is not the value: the C# conversion says so directly (OperatorMethod
            // builds the language-neutral conversion, with each of its properties and the method's public symbol, first).
            while (true)
            {
                switch (operation.Kind)
                {
                    case OperationKind.Conversion when !((IConversionOperation)operation).GetConversion().IsUserDefined:
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

                if (kind == OperationKind.PropertyReference && PropertyValue((IPropertyReferenceOperation)operation, collection) is { } got)
                {
                    operation = got;
                    continue;
                }

                if (kind == OperationKind.Invocation && HelperValue((IInvocationOperation)operation) is { } returned)
                {
                    operation = returned;
                    continue;
                }

                return operation;
            }

            return operation;
        }

        /// <summary>
        /// Where a diagnostic goes: a place inside a helper's body read at one of its calls is reported at that call (the body
        /// as bound there is not part of the compilation); any other location is itself. <paramref name="moved"/> says which.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        public Location InSource(Location location, out bool moved)
        {
            moved = location.SourceTree is { } tree && expansions.TryGetValue(tree, out Location? site);
            return moved && expansions.TryGetValue(location.SourceTree!, out site) ? site : location;
        }

        /// <summary>Whether the operation belongs to a helper's body as bound at a call (see <see cref="HelperValue"/>).</summary>
        [MethodImpl(JitOnce.Options)]
        public bool IsFromHelper(IOperation operation) => expansions.TryGetValue(operation.Syntax.SyntaxTree, out _);

        /// <summary>
        /// The value of a call to a helper of one expression, one level deep: a private method or a local function declared in
        /// the same file, not virtual, generic or partial, whose body is one expression (<c>=&gt; …</c> or <c>{ return …; }</c>),
        /// called with every argument written out. The body is bound at the call with each parameter replaced by its
        /// argument, so <c>VetoBy(MemberStates.Slovenia)</c> with <c>static Ballot VetoBy(State s) =&gt; Ballot.Veto(s);</c>
        /// reads as <c>Ballot.Veto(MemberStates.Slovenia)</c>. Anything else stays unknown.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private IOperation? HelperValue(IInvocationOperation invocation)
        {
            IMethodSymbol method = invocation.TargetMethod;

            // Most calls are to public or metadata methods: two flags rule them out.
            if (!(method.MethodKind == MethodKind.LocalFunction || (method.MethodKind == MethodKind.Ordinary && method.DeclaredAccessibility == Accessibility.Private))
                || method.DeclaringSyntaxReferences.Length != 1 || method.IsGenericMethod || method.IsVirtual || method.IsAbstract || method.IsExtern
                || method.ReturnsVoid || method.ReturnsByRef || method.ReturnsByRefReadonly || IsFromHelper(invocation))
            {
                return null;
            }

            if (helperCalls.Find(invocation, invocation, HelperCall.IsFor) is not { } known)
            {
                known = helperCalls.Keep(new HelperCall(invocation, Expand(invocation, method)), invocation, invocation, HelperCall.IsFor);
            }

            return known.Value;
        }

        /// <summary>The helper's body bound at the call, its parameters replaced by the arguments; null when it cannot be.</summary>
        [MethodImpl(JitOnce.Options)]
        private IOperation? Expand(IInvocationOperation invocation, IMethodSymbol method)
        {
            SyntaxReference declaration = method.DeclaringSyntaxReferences[0];
            if (declaration.SyntaxTree != invocation.Syntax.SyntaxTree || invocation.SemanticModel is not { } model)
            {
                return null;
            }

            ExpressionSyntax? body = declaration.GetSyntax() switch
            {
                MethodDeclarationSyntax m => m.ExpressionBody?.Expression ?? SingleReturn(m.Body),
                LocalFunctionStatementSyntax f => f.ExpressionBody?.Expression ?? SingleReturn(f.Body),
                _ => null,
            };
            if (body is null || invocation.Arguments.Length != method.Parameters.Length)
            {
                return null;
            }

            var arguments = new Dictionary<IParameterSymbol, ExpressionSyntax>(SymbolEqualityComparer.Default);
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is not { RefKind: RefKind.None } parameter
                    || argument.Syntax is not ArgumentSyntax { Expression: { } written })
                {
                    return null;
                }

                arguments[parameter] = written;
            }

            // Each use of a parameter in the body becomes its argument, as written at the call.
            var uses = new List<IdentifierNameSyntax>();
            foreach (SyntaxNode node in body.DescendantNodesAndSelf())
            {
                if (node is IdentifierNameSyntax name && model.GetSymbolInfo(name).Symbol is IParameterSymbol used && arguments.ContainsKey(used))
                {
                    uses.Add(name);
                }
            }

            ExpressionSyntax bound = body.ReplaceNodes(uses, (original, _) =>
                SyntaxFactory.ParenthesizedExpression(arguments[(IParameterSymbol)model.GetSymbolInfo(original).Symbol!].WithoutTrivia()));
            TypeSyntax type = SyntaxFactory.ParseTypeName(method.ReturnType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
            LocalDeclarationStatementSyntax statement = SyntaxFactory.LocalDeclarationStatement(SyntaxFactory.VariableDeclaration(type, SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.VariableDeclarator(SyntaxFactory.Identifier("unmodelHelperValue")).WithInitializer(SyntaxFactory.EqualsValueClause(bound)))));
            if (!model.TryGetSpeculativeSemanticModel(invocation.Syntax.SpanStart, statement, out SemanticModel? speculative)
                || statement.Declaration.Variables[0].Initializer?.Value is not { } value)
            {
                return null;
            }

            expansions.GetValue(value.SyntaxTree, _ => invocation.Syntax.GetLocation());
            return speculative.GetOperation(value);
        }

        [MethodImpl(JitOnce.Options)]
        private static ExpressionSyntax? SingleReturn(BlockSyntax? body) =>
            body is { Statements.Count: 1 } && body.Statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null;

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

            if (child.Syntax.Parent is SpreadElementSyntax)
            {
                // [.. local]: the elements are read, the collection is not changed.
                return true;
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

            (ISymbol, SyntaxTree) key = (field, reference.Syntax.SyntaxTree);
            if (members.Find(key.Item1, key, ValueOfMember) is not { } known)
            {
                var made = new MemberValue(field, key.Item2, TryFollowStaticReadOnlyField(reference, field, out IOperation value) ? value : null, fresh: false);
                known = members.Keep(made, key.Item1, key, ValueOfMember);
            }

            return known.Value;
        }

        /// <summary>
        /// The value of a property whose getter is one expression declared in the same file: expression-bodied
        /// (<c>static State Vetoer =&gt; MemberStates.Slovenia;</c>, <c>get =&gt; …</c>, <c>get { return …; }</c>), or get-only
        /// with an initializer (<c>{ get; } = …</c>) in a type without an explicit constructor of its kind (which could set
        /// it). A virtual, abstract or overriding property, an indexer, and any property with a setter or <c>init</c> stay
        /// unknown. For a collection only an expression body counts: it makes a new collection at each read.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private IOperation? PropertyValue(IPropertyReferenceOperation reference, bool collection)
        {
            IPropertySymbol property = reference.Property;

            // The catalogue's properties (MemberStates.X, Body.SecurityCouncil) come from metadata: no declaration to follow.
            if (property.DeclaringSyntaxReferences.Length != 1 || property.SetMethod is not null || property.IsIndexer
                || property.IsVirtual || property.IsAbstract || property.IsOverride || property.IsExtern)
            {
                return null;
            }

            (ISymbol, SyntaxTree) key = (property, reference.Syntax.SyntaxTree);
            if (members.Find(key.Item1, key, ValueOfMember) is not { } known)
            {
                IOperation? value = TryFollowProperty(reference, property, out bool fresh);
                known = members.Keep(new MemberValue(property, key.Item2, value, fresh), key.Item1, key, ValueOfMember);
            }

            return collection && !known.Fresh ? null : known.Value;
        }

        [MethodImpl(JitOnce.Options)]
        private static IOperation? TryFollowProperty(IPropertyReferenceOperation reference, IPropertySymbol property, out bool fresh)
        {
            fresh = true;
            SyntaxReference declaration = property.DeclaringSyntaxReferences[0];
            if (declaration.SyntaxTree != reference.Syntax.SyntaxTree || reference.SemanticModel is not { } model
                || declaration.GetSyntax() is not PropertyDeclarationSyntax syntax)
            {
                return null;
            }

            ExpressionSyntax? body = syntax.ExpressionBody?.Expression;
            if (body is null && syntax.AccessorList is { Accessors.Count: 1 } accessors && accessors.Accessors[0] is { } getter)
            {
                body = getter.ExpressionBody?.Expression
                    ?? (getter.Body is { Statements.Count: 1 } block && block.Statements[0] is ReturnStatementSyntax { Expression: { } returned } ? returned : null);
                if (body is null && getter.Body is null && syntax.Initializer is { } initializer && !HasExplicitConstructor(property.ContainingType, property.IsStatic))
                {
                    // { get; } = value: one value for the type (static) or each instance, set once.
                    fresh = false;
                    body = initializer.Value;
                }
            }

            return body is null ? null : model.GetOperation(body);
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
        private static bool HasExplicitStaticConstructor(INamedTypeSymbol type) => HasExplicitConstructor(type, isStatic: true);

        /// <summary>Whether the type declares a static constructor, or an instance constructor (a primary one included), that could set a read-only member.</summary>
        [MethodImpl(JitOnce.Options)]
        private static bool HasExplicitConstructor(INamedTypeSymbol type, bool isStatic)
        {
            foreach (IMethodSymbol constructor in isStatic ? type.StaticConstructors : type.InstanceConstructors)
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

            if (op is IObjectCreationOperation creation)
            {
                if (creation.Initializer is null && !IsList(creation.Type))
                {
                    return false;
                }

                // new List<Ballot>(), new List<Ballot>(capacity), new List<Ballot>(collection), then { a, b }.
                if (creation.Arguments.Length == 1 && creation.Arguments[0].Value.Type?.SpecialType != SpecialType.System_Int32)
                {
                    bool inner = true;
                    if (!AddElements(creation.Arguments[0].Value, elements, ref inner, depth + 1) || !inner)
                    {
                        complete = false;
                    }
                }

                foreach (IOperation init in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
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

            if (op.Kind == OperationKind.LocalReference && FilledList((ILocalReferenceOperation)op) is { } filled)
            {
                return AddFilledList((ILocalReferenceOperation)op, filled, elements, ref complete, depth);
            }

            return false;
        }

        /// <summary>Whether the type is <c>System.Collections.Generic.List&lt;T&gt;</c>.</summary>
        [MethodImpl(JitOnce.Options)]
        internal static bool IsList(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: "List", Arity: 1, ContainingNamespace: { Name: "Generic", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

        /// <summary>
        /// Whether the type is the builder of an immutable collection (<c>ImmutableArray&lt;T&gt;.Builder</c>): it has no
        /// public constructor, so its only values are calls, and it is filled by calls.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private static bool IsImmutableBuilder(ITypeSymbol? type) =>
            type is INamedTypeSymbol { Name: "Builder", ContainingType.ContainingNamespace: { Name: "Immutable", ContainingNamespace: { Name: "Collections", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } } };

        /// <summary>
        /// A <c>List&lt;T&gt;</c> local filled in its own block: declared once with a knowable collection, then only given
        /// <c>Add(x)</c> and <c>AddRange(xs)</c> statements directly in the block that declares it, and passed on as an
        /// argument. Null for any other use (an <c>Add</c> under an <c>if</c> or in a loop, <c>Remove</c>, an indexer, a
        /// lambda): what it holds is then not knowable.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private ListFill? FilledList(ILocalReferenceOperation reference)
        {
            if (!IsList(reference.Local.Type) || reference.Local.IsForEach || IndexOf(reference).Of(reference.Local) is not { Declarations: 1, Initializer: { }, Written: false } facts)
            {
                return null;
            }

            return facts.Once(ListFill.Of);
        }

        /// <summary>The list's elements at <paramref name="use"/>: its initializer's, then those added by the statements before it.</summary>
        [MethodImpl(JitOnce.Options)]
        private bool AddFilledList(ILocalReferenceOperation use, ListFill filled, List<IOperation> elements, ref bool complete, int depth)
        {
            if (!AddElements(filled.Initializer, elements, ref complete, depth + 1))
            {
                return false;
            }

            int at = use.Syntax.SpanStart;
            foreach ((int position, IInvocationOperation fill) in filled.Fills)
            {
                if (position >= at)
                {
                    break;
                }

                if (fill.TargetMethod.Name == "Add")
                {
                    elements.Add(fill.Arguments[0].Value);
                }
                else
                {
                    bool inner = true;
                    if (!AddElements(fill.Arguments[0].Value, elements, ref inner, depth + 1) || !inner)
                    {
                        complete = false;
                    }
                }
            }

            // Passed to a method of the program's own before this use: that method may have added to it.
            if (filled.FirstForeignArgument < at)
            {
                complete = false;
            }

            return true;
        }

        [MethodImpl(JitOnce.Options)]
        private bool TryFollowLocal(ILocalReferenceOperation reference, bool collection, out IOperation value)
        {
            value = reference;
            ILocalSymbol local = reference.Local;
            // A list is read where it is used, with what was added before (AddFilledList). A foreach variable has no
            // initializer, and an immutable collection's builder is filled by calls: neither is worth indexing the block for.
            if (local.IsRef || local.IsForEach || (local.IsConst && reference.ConstantValue.HasValue) || (collection && IsList(local.Type)) || IsImmutableBuilder(local.Type))
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

        /// <summary>A call to a helper and its value bound at the call (null when it cannot be read).</summary>
        private sealed class HelperCall
        {
            public static readonly Func<HelperCall, IInvocationOperation, bool> IsFor = static (known, call) => ReferenceEquals(known.Call, call);

            [MethodImpl(JitOnce.Options)]
            public HelperCall(IInvocationOperation call, IOperation? value)
            {
                Call = call;
                Value = value;
            }

            public IInvocationOperation Call { get; }

            public IOperation? Value { get; }
        }

        /// <summary>A <c>static readonly</c> field or a property, read from a file, and its value (null when it cannot be followed from there).</summary>
        private sealed class MemberValue
        {
            [MethodImpl(JitOnce.Options)]
            public MemberValue(ISymbol member, SyntaxTree tree, IOperation? value, bool fresh)
            {
                Member = member;
                Tree = tree;
                Value = value;
                Fresh = fresh;
            }

            public ISymbol Member { get; }

            public SyntaxTree Tree { get; }

            public IOperation? Value { get; }

            /// <summary>Whether each read evaluates the value anew (an expression body), so that a collection it makes is the reader's own.</summary>
            public bool Fresh { get; }
        }
    }
}
