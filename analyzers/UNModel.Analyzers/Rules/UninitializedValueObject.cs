using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>UNM0009: <c>default</c> or <c>new</c> of a value object, which bypasses its factory and throws when used.</summary>
    public static class UninitializedValueObject
    {
        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.UninitializedValueObject,
            title: "Value object created without its factory",
            messageFormat: "'{0}' creates an uninitialized {1} that throws {2} when used; create it with {3}",
            category: RuleCategories.Usage,
            defaultSeverity: DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "UNModel's value objects (CountryCode, SessionNumber, DocumentSymbol, Tally, Ballot, Decision) are valid by construction only when created by their factories. 'default' and 'new T()' make an uninitialized instance that throws when used.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.UninitializedValueObject),
            customTags: RuleCategories.UsageTags);

        /// <summary>Reports <c>default</c> and <c>new T()</c> of a value object (called for DefaultValue and ObjectCreation operations).</summary>
        [MethodImpl(JitOnce.Options)]
        internal static void Analyze(OperationAnalysisContext context, UNModelSymbols symbols)
        {
            if (context.Operation is IObjectCreationOperation)
            {
                AnalyzeCreation(context, symbols);
            }
            else
            {
                AnalyzeDefault(context, symbols);
            }
        }

        [MethodImpl(JitOnce.Options)]
        private static void AnalyzeDefault(OperationAnalysisContext context, UNModelSymbols symbols)
        {
            IOperation operation = context.Operation;
            if (operation.IsImplicit || !symbols.IsValueObject(operation.Type) || IsAllowedDefault(operation))
            {
                return;
            }

            Report(context, operation);
        }

        [MethodImpl(JitOnce.Options)]
        private static void AnalyzeCreation(OperationAnalysisContext context, UNModelSymbols symbols)
        {
            var creation = (IObjectCreationOperation)context.Operation;
            if (creation.IsImplicit || !symbols.IsValueObject(creation.Type) || creation.Arguments.Length != 0)
            {
                return;
            }

            Report(context, creation);
        }

        /// <summary>
        /// <c>default</c> is allowed where it means "none" rather than a value: an optional parameter's default, a
        /// comparison with it (<c>code == default</c>; <c>IsInitialized()</c> reads better), and the <c>out</c> value of a
        /// failed <c>TryX</c> method (<c>result = default; return false;</c>).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private static bool IsAllowedDefault(IOperation operation)
        {
            IOperation? parent = operation.Parent;
            while (parent is IConversionOperation || parent is IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            if (parent is ISimpleAssignmentOperation { Target: IParameterReferenceOperation { Parameter.RefKind: RefKind.Out } })
            {
                return true;
            }

            return parent is IParameterInitializerOperation
                || parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals }
                || parent is IPatternOperation
                || parent is IIsPatternOperation;
        }

        [MethodImpl(JitOnce.Options)]
        private static void Report(OperationAnalysisContext context, IOperation operation)
        {
            string typeName = operation.Type!.Name;
            context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), operation.Syntax.ToString(), typeName, "UninitializedValueObjectException", RuleMessages.FactoryOf(typeName)));
        }
    }
}
