using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using UNModel.Analyzers.Infrastructure;

namespace UNModel.Analyzers.Rules
{
    /// <summary>
    /// UNM0018 (warning): user code that counts a permanent member's abstention or absence like its "no" — a test of
    /// <c>BallotChoice.No</c> or <c>BallotChoice.Abstain</c>/<c>Absent</c> in a condition that also asks whether the state is a
    /// permanent member. Since 1946 an abstention is no veto (Charter Art. 27(3) practice; ICJ, Namibia, 1971).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class AbstentionTreatedAsVetoAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.AbstentionTreatedAsVeto,
            title: "A permanent member's abstention treated as a veto",
            messageFormat: "A permanent member's {0} is not a veto: only its 'no' can block a substantive draft (Charter Article 27(3) as applied since 1946; ICJ, Namibia, 1971); use Charter.Decide(vote).IsVetoed",
            category: RuleCategories.Usage,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Article 27(3) asks for the 'concurring votes of the permanent members', but the Council's practice since 1946, confirmed by the International Court of Justice in 1971, is that an abstention or absence does not prevent adoption. Code that treats it like a 'no' miscounts vetoes.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.AbstentionTreatedAsVeto),
            customTags: RuleCategories.UsageTags);

        private const int No = 2;
        private const int Abstain = 3;
        private const int Absent = 4;

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (!UNModelSymbols.TryCreate(start.Compilation, out UNModelSymbols symbols) || symbols.BallotChoice is null)
                {
                    return;
                }

                start.RegisterOperationAction(c => AnalyzeOr(c, symbols), OperationKind.Binary);
                start.RegisterOperationAction(c => AnalyzePattern(c, symbols), OperationKind.IsPattern);
            });
        }

        private static void AnalyzeOr(OperationAnalysisContext context, UNModelSymbols symbols)
        {
            var or = (IBinaryOperation)context.Operation;
            if (!IsOr(or) || (Skip(or.Parent) is IBinaryOperation parent && IsOr(parent)))
            {
                // Only the outermost "||" of a chain.
                return;
            }

            var tests = new List<(IOperation Test, int Choice)>();
            CollectEqualities(or, symbols, tests);
            Check(context, symbols, or, tests);
        }

        private static void AnalyzePattern(OperationAnalysisContext context, UNModelSymbols symbols)
        {
            var isPattern = (IIsPatternOperation)context.Operation;
            if (isPattern.Pattern is not (IBinaryPatternOperation or IConstantPatternOperation))
            {
                // Cheap first: no "or" or constant pattern, no BallotChoice test.
                return;
            }

            if (Skip(isPattern.Parent) is IBinaryOperation parent && IsOr(parent))
            {
                // Part of an "||" chain, checked as a whole there.
                return;
            }

            var tests = new List<(IOperation Test, int Choice)>();
            CollectPatterns(isPattern.Pattern, symbols, tests);
            Check(context, symbols, isPattern, tests);
        }

        private static void Check(OperationAnalysisContext context, UNModelSymbols symbols, IOperation condition, List<(IOperation Test, int Choice)> tests)
        {
            bool hasNo = tests.Exists(t => t.Choice == No);
            if (!hasNo || !tests.Exists(t => t.Choice == Abstain || t.Choice == Absent) || !AsksAboutPermanentMembers(condition, symbols))
            {
                return;
            }

            foreach ((IOperation test, int choice) in tests)
            {
                if (choice == Abstain || choice == Absent)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rule, test.Syntax.GetLocation(), choice == Abstain ? "abstention" : "absence"));
                }
            }
        }

        /// <summary>Whether the whole condition (up through "&amp;&amp;", "!" and parentheses) calls a permanent-member test.</summary>
        private static bool AsksAboutPermanentMembers(IOperation condition, UNModelSymbols symbols)
        {
            IOperation top = condition;
            while (Skip(top.Parent) is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.And } and)
            {
                top = and;
            }

            foreach (IOperation op in top.DescendantsAndSelf())
            {
                if (op is IInvocationOperation invocation && UNModelSymbols.Same(invocation.TargetMethod.ContainingType, symbols.SecurityCouncilBody)
                    && (invocation.TargetMethod.Name == "IsPermanentMember" || invocation.TargetMethod.Name == "PermanentMembersOn"))
                {
                    return true;
                }

                if (op is IInvocationOperation contains && contains.TargetMethod.Name == "Contains" && contains.Instance is IInvocationOperation inner
                    && inner.TargetMethod.Name == "PermanentMembersOn")
                {
                    return true;
                }
            }

            return false;
        }

        private static void CollectEqualities(IOperation operation, UNModelSymbols symbols, List<(IOperation Test, int Choice)> tests)
        {
            operation = Knowable.Unwrap(operation);
            if (operation is IBinaryOperation binary)
            {
                if (IsOr(binary))
                {
                    CollectEqualities(binary.LeftOperand, symbols, tests);
                    CollectEqualities(binary.RightOperand, symbols, tests);
                }
                else if (binary.OperatorKind == BinaryOperatorKind.Equals
                    && ((MayBeChoice(binary.RightOperand) && Knowable.TryGetEnum(binary.RightOperand, symbols.BallotChoice, out int choice))
                        || (MayBeChoice(binary.LeftOperand) && Knowable.TryGetEnum(binary.LeftOperand, symbols.BallotChoice, out choice))))
                {
                    tests.Add((binary, choice));
                }
            }
            else if (operation is IIsPatternOperation isPattern)
            {
                CollectPatterns(isPattern.Pattern, symbols, tests);
            }
        }

        private static void CollectPatterns(IPatternOperation pattern, UNModelSymbols symbols, List<(IOperation Test, int Choice)> tests)
        {
            switch (pattern)
            {
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                    CollectPatterns(or.LeftPattern, symbols, tests);
                    CollectPatterns(or.RightPattern, symbols, tests);
                    break;
                case IConstantPatternOperation constant when MayBeChoice(constant.Value) && Knowable.TryGetEnum(constant.Value, symbols.BallotChoice, out int choice):
                    tests.Add((constant, choice));
                    break;
            }
        }

        /// <summary>
        /// Cheap type check before <see cref="Knowable.TryGetEnum"/>, with the same answer: an operand that
        /// <see cref="Knowable.Resolve"/> leaves as it is (not a conversion, parentheses, a local or a field, the enum's
        /// members included) is a BallotChoice constant only if its own type is named BallotChoice.
        /// </summary>
        private static bool MayBeChoice(IOperation operand) =>
            operand is IConversionOperation or IParenthesizedOperation or ILocalReferenceOperation or IFieldReferenceOperation
            || operand.Type?.Name == "BallotChoice";

        private static bool IsOr(IBinaryOperation binary) => binary.OperatorKind == BinaryOperatorKind.ConditionalOr || (binary.OperatorKind == BinaryOperatorKind.Or && binary.Type?.SpecialType == SpecialType.System_Boolean);

        private static IOperation? Skip(IOperation? operation)
        {
            while (operation is IParenthesizedOperation || operation is IConversionOperation)
            {
                operation = operation.Parent;
            }

            return operation;
        }
    }
}
