using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Core;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>
    /// Values knowable at compile time: constants, the catalogue's static members, <c>new DateOnly(y, m, d)</c> literals,
    /// collection expressions and locals assigned once from one of those. Anything else is unknown, and the rules stay silent.
    /// </summary>
    internal static class Knowable
    {
        private const int MaxDepth = 8;

        private static readonly string[] MonthNames =
        {
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        };

        /// <summary>Strips conversions and parentheses.</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            while (true)
            {
                switch (operation)
                {
                    case IConversionOperation conversion when conversion.OperatorMethod is null:
                        operation = conversion.Operand;
                        break;
                    case IParenthesizedOperation parenthesized:
                        operation = parenthesized.Operand;
                        break;
                    default:
                        return operation;
                }
            }
        }

        /// <summary>Strips conversions and follows read-only locals to their initializer.</summary>
        public static IOperation Resolve(IOperation operation, bool collection = false)
        {
            for (int depth = 0; depth < MaxDepth; depth++)
            {
                operation = Unwrap(operation);
                if (operation is ILocalReferenceOperation local && TryFollowLocal(local, collection, out IOperation? value))
                {
                    operation = value;
                    continue;
                }

                if (!collection && operation is IFieldReferenceOperation field && TryFollowStaticReadOnlyField(field, out IOperation? initial))
                {
                    operation = initial;
                    continue;
                }

                return operation;
            }

            return operation;
        }

        /// <summary>A compile-time integer.</summary>
        public static bool TryGetInt(IOperation operation, out int value)
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
        public static bool TryGetString(IOperation operation, out string value)
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

        /// <summary>A constant enum member of <paramref name="enumType"/>, as its underlying integer.</summary>
        public static bool TryGetEnum(IOperation operation, INamedTypeSymbol? enumType, out int value)
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

        /// <summary>A <c>new DateOnly(y, m, d)</c> with constant, valid parts, as <c>yyyymmdd</c>.</summary>
        public static bool TryGetDate(IOperation operation, UNModelSymbols symbols, out int day)
        {
            day = 0;
            IOperation op = Resolve(operation);
            if (op is not IObjectCreationOperation creation || !UNModelSymbols.Same(creation.Type, symbols.DateOnly) || creation.Arguments.Length != 3)
            {
                return false;
            }

            if (!TryGetInt(creation.Arguments[0].Value, out int year) || !TryGetInt(creation.Arguments[1].Value, out int month) || !TryGetInt(creation.Arguments[2].Value, out int dayOfMonth))
            {
                return false;
            }

            if (year < 1 || year > 9999 || month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            day = CharterFacts.ToDay(year, month, dayOfMonth);
            return true;
        }

        /// <summary>One of the <c>Body</c> singletons (<c>Body.SecurityCouncil</c>…) or <c>Body.Of(BodyKind.X)</c>.</summary>
        public static bool TryGetBody(IOperation operation, UNModelSymbols symbols, out BodyKind body)
        {
            body = default;
            IOperation op = Resolve(operation);
            if (op is IPropertyReferenceOperation { Instance: null } property && UNModelSymbols.Same(property.Property.ContainingType, symbols.Body))
            {
                switch (property.Property.Name)
                {
                    case "GeneralAssembly": body = BodyKind.GeneralAssembly; return true;
                    case "SecurityCouncil": body = BodyKind.SecurityCouncil; return true;
                    case "EconomicAndSocialCouncil": body = BodyKind.EconomicAndSocialCouncil; return true;
                    case "HumanRightsCouncil": body = BodyKind.HumanRightsCouncil; return true;
                    default: return false;
                }
            }

            if (op is IInvocationOperation invocation && UNModelSymbols.Is(invocation.TargetMethod, symbols.Body, "Of") && invocation.Arguments.Length == 1
                && TryGetEnum(invocation.Arguments[0].Value, symbols.BodyKind, out int kind) && kind >= 1 && kind <= 4)
            {
                body = (BodyKind)kind;
                return true;
            }

            return false;
        }

        /// <summary>A state of the catalogue: <c>MemberStates.Slovenia</c>, <c>ObserverStates.HolySee</c>, <c>MemberStates.Get(CountryCode.From("SVN"))</c>.</summary>
        public static StateRecord? TryGetState(IOperation operation, UNModelSymbols symbols)
        {
            IOperation op = Resolve(operation);
            if (op is IPropertyReferenceOperation { Instance: null } property)
            {
                bool member = UNModelSymbols.Same(property.Property.ContainingType, symbols.MemberStates);
                bool observer = UNModelSymbols.Same(property.Property.ContainingType, symbols.ObserverStates);
                if (!member && !observer)
                {
                    return null;
                }

                StateRecord? record = CharterFacts.Data.FindByIdentifier(property.Property.Name);
                return record is not null && record.IsObserver == observer ? CharterFacts.Data.Find(record.Packed) : null;
            }

            if (op is IInvocationOperation invocation && UNModelSymbols.Is(invocation.TargetMethod, symbols.MemberStates, "Get") && invocation.Arguments.Length == 1)
            {
                int packed = TryGetCode(invocation.Arguments[0].Value, symbols);
                StateRecord? record = packed == 0 ? null : CharterFacts.Data.Find(packed);
                return record is not null && !record.IsObserver ? record : null;
            }

            return null;
        }

        /// <summary>A country code: <c>CountryCode.From("SVN")</c> or <c>MemberStates.Slovenia.Code</c>; 0 when unknown or refused by <c>CountryCode</c>.</summary>
        public static int TryGetCode(IOperation operation, UNModelSymbols symbols)
        {
            IOperation op = Resolve(operation);
            if (op is IInvocationOperation invocation && UNModelSymbols.Is(invocation.TargetMethod, symbols.CountryCode, "From") && invocation.Arguments.Length == 1
                && TryGetString(invocation.Arguments[0].Value, out string text))
            {
                // A code CountryCode refuses throws where it is made (UNM0017): it never reaches a vote.
                int packed = CountryCodePacking.Pack(text);
                return CharterFacts.Codes.IsAccepted(packed) ? packed : 0;
            }

            if (op is IPropertyReferenceOperation { Property.Name: "Code", Instance: { } instance } && UNModelSymbols.Same(op.Type, symbols.CountryCode))
            {
                return TryGetState(instance, symbols)?.Packed ?? 0;
            }

            return 0;
        }

        /// <summary>
        /// The elements of a collection knowable at compile time: a collection expression, an array creation with an
        /// initializer, a collection initializer, or a read-only local holding one. <paramref name="complete"/> is false
        /// when some elements cannot be seen (a spread of an unknown collection).
        /// </summary>
        public static bool TryGetElements(IOperation operation, out List<IOperation> elements, out bool complete)
        {
            elements = new List<IOperation>();
            complete = true;
            return AddElements(operation, elements, ref complete, 0);
        }

        /// <summary>The location from a member name to the end of an invocation: <c>Veto(MemberStates.Slovenia)</c> in <c>Ballot.Veto(MemberStates.Slovenia)</c>.</summary>
        public static Location NameToEnd(IInvocationOperation invocation)
        {
            if (invocation.Syntax is InvocationExpressionSyntax syntax && syntax.Expression is MemberAccessExpressionSyntax access)
            {
                return Location.Create(syntax.SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(access.Name.SpanStart, syntax.Span.End));
            }

            return invocation.Syntax.GetLocation();
        }

        /// <summary>The argument passed for the named parameter, unless it was left to its default value.</summary>
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

        /// <summary>The values passed to a <c>params</c> parameter (or an explicit array for it).</summary>
        public static bool TryGetParams(IInvocationOperation invocation, out List<IOperation> values, out bool complete)
        {
            values = new List<IOperation>();
            complete = true;
            foreach (IArgumentOperation argument in invocation.Arguments)
            {
                if (argument.Parameter is not { IsParams: true })
                {
                    continue;
                }

                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } initializer })
                {
                    values.AddRange(initializer.ElementValues);
                    return true;
                }

                return AddElements(argument.Value, values, ref complete, 0);
            }

            complete = false;
            return false;
        }

        /// <summary>"24 February 2025", as the runtime writes dates in its messages.</summary>
        public static string FormatDay(int day) =>
            (day % 100).ToString(CultureInfo.InvariantCulture) + " " + MonthNames[(day / 100 % 100) - 1] + " " + (day / 10000).ToString(CultureInfo.InvariantCulture);

        private static bool AddElements(IOperation operation, List<IOperation> elements, ref bool complete, int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            IOperation op = Resolve(operation, collection: true);
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
                elements.AddRange(initializer.ElementValues);
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

        /// <summary>
        /// A <c>static readonly</c> field of an immutable value (a date, a body, a state) declared with an initializer in the
        /// same file, in a type without an explicit static constructor (where it could be assigned again).
        /// </summary>
        private static bool TryFollowStaticReadOnlyField(IFieldReferenceOperation reference, out IOperation value)
        {
            value = reference;
            IFieldSymbol field = reference.Field;
            if (!field.IsStatic || !field.IsReadOnly || field.IsConst || reference.SemanticModel is not { } model
                || field.ContainingType.StaticConstructors.Any(c => !c.IsImplicitlyDeclared) || field.DeclaringSyntaxReferences.Length != 1)
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

        private static bool TryFollowLocal(ILocalReferenceOperation reference, bool collection, out IOperation value)
        {
            value = reference;
            ILocalSymbol local = reference.Local;
            if (local.IsRef || local.IsConst && reference.ConstantValue.HasValue)
            {
                return false;
            }

            LocalIndex index = Indexes.GetValue(Root(reference), root => new LocalIndex(root));
            if (!index.TryGet(local, out LocalFacts facts) || facts.Initializer is null || facts.Written || (collection && facts.UsedOtherThanAsArgument))
            {
                return false;
            }

            value = facts.Initializer;
            return true;
        }

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, LocalIndex> Indexes = new System.Runtime.CompilerServices.ConditionalWeakTable<IOperation, LocalIndex>();

        /// <summary>What one pass over a method body says about each local: its initializer and how it is used.</summary>
        private sealed class LocalIndex
        {
            private readonly Dictionary<ILocalSymbol, LocalFacts> facts = new Dictionary<ILocalSymbol, LocalFacts>(SymbolEqualityComparer.Default);

            public LocalIndex(IOperation root)
            {
                foreach (IOperation op in root.DescendantsAndSelf())
                {
                    if (op is IVariableDeclaratorOperation declarator)
                    {
                        LocalFacts f = Get(declarator.Symbol);
                        f.Initializer = declarator.Initializer?.Value;
                        f.Declarations++;
                    }
                    else if (op is ILocalReferenceOperation reference)
                    {
                        LocalFacts f = Get(reference.Local);
                        f.Written |= !IsPlainRead(reference, collection: false);
                        f.UsedOtherThanAsArgument |= !IsPlainRead(reference, collection: true);
                    }
                }
            }

            public bool TryGet(ILocalSymbol local, out LocalFacts result)
            {
                lock (facts)
                {
                    return facts.TryGetValue(local, out result!) && result.Declarations == 1;
                }
            }

            private LocalFacts Get(ILocalSymbol local)
            {
                if (!facts.TryGetValue(local, out LocalFacts? f))
                {
                    f = new LocalFacts();
                    facts[local] = f;
                }

                return f;
            }
        }

        private sealed class LocalFacts
        {
            public IOperation? Initializer { get; set; }

            public int Declarations { get; set; }

            public bool Written { get; set; }

            public bool UsedOtherThanAsArgument { get; set; }
        }

        /// <summary>Whether a reference only reads the local (collections: only passes it on).</summary>
        private static bool IsPlainRead(ILocalReferenceOperation reference, bool collection)
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

        private static IOperation Root(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                operation = parent;
            }

            return operation;
        }
    }
}
