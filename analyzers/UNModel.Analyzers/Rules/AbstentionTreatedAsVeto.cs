using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using UNModel.Analyzers.Infrastructure;
using UNModel.Analyzers.Infrastructure.Flow;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>
    /// UNM0018 (warning): code that counts a permanent member's abstention or absence like its "no". In an operation block
    /// that asks whether a state is a permanent member (<c>IsPermanentMember</c>, <c>PermanentMembersOn</c>), a test of a
    /// <c>BallotChoice</c> that groups <c>Abstain</c> or <c>Absent</c> with <c>No</c> (<c>== No || == Abstain</c>,
    /// <c>is No or Abstain</c>, <c>case No: case Abstain:</c>) or that takes anything but <c>Yes</c> as a no (<c>!= Yes</c>,
    /// <c>is not Yes</c>, <c>!(… == Yes)</c>), where the permanent-member question governs it: in the same condition or
    /// statement, in an enclosing <c>if</c> or loop, after a guard clause (<c>if (!IsPermanentMember(…)) continue;</c>), or
    /// through a <c>bool</c> local that holds the answer. Since 1946 an abstention is no veto (Charter Art. 27(3) practice;
    /// ICJ, Namibia, 1971). Blocks that never ask about permanent members cost nothing.
    /// </summary>
    public static class AbstentionTreatedAsVeto
    {
        private const string Abstention = "abstention";
        private const string Absence = "absence";
        private const string AbstentionOrAbsence = "abstention or absence";

        /// <summary>The part of the name both questions share (<c>IsPermanentMember</c>, <c>PermanentMembersOn</c>).</summary>
        private const string QuestionName = "PermanentMember";

        /// <summary>The longest block whose text is searched for the questions; a longer one is indexed.</summary>
        private const int MaxScannedBlock = 8192;

        /// <summary>A block's text, copied for the search, per thread.</summary>
        [ThreadStatic]
        private static char[]? scanned;

        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.AbstentionTreatedAsVeto,
            title: "A permanent member's abstention treated as a veto",
            messageFormat: "A permanent member's {0} is not a veto: only its 'no' can block a substantive draft (Charter Article 27(3) as applied since 1946; ICJ, Namibia, 1971); use Charter.Decide(vote).IsVetoed",
            category: RuleCategories.Usage,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Article 27(3) asks for the 'concurring votes of the permanent members', but the Council's practice since 1946, confirmed by the International Court of Justice in 1971, is that an abstention or absence does not prevent adoption. Code that treats it like a 'no' (grouping Abstain with No, or counting everything but Yes) miscounts vetoes.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.AbstentionTreatedAsVeto),
            customTags: RuleCategories.UsageTags);

        /// <summary>Reads one operation block that asks about permanent members (called once per block).</summary>
        [MethodImpl(JitOnce.Options)]
        internal static void AnalyzeBlock(OperationAnalysisContext context, IOperation root, UNModelSymbols symbols, ConstantFlow flow)
        {
            if (symbols.BallotChoice is null)
            {
                return;
            }

            var reader = new Reader(symbols.BallotChoice, flow, context.CancellationToken);
            foreach (IOperation op in root.DescendantsAndSelf())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                foreach ((IOperation test, string what) in reader.Findings(op))
                {
                    if (reader.AsksAboutPermanentMembers(test))
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rule, test.Syntax.GetLocation(), what));
                    }
                }
            }
        }

        /// <summary>
        /// Whether <paramref name="question"/> is its block's first question about permanent members in source order, the
        /// one at which the block is read. Most blocks ask once: where the block's text names "PermanentMember" once, inside
        /// this call, and has no escape that could spell it otherwise, nothing needs indexing; else the block's index says.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        internal static bool IsFirstQuestion(IInvocationOperation question, ConstantFlow flow, CancellationToken cancellation, out IOperation root)
        {
            root = ConstantFlow.Root(question);
            TextSpan block = root.Syntax.Span;
            if (block.Length <= MaxScannedBlock && root.Syntax.SyntaxTree.TryGetText(out SourceText? text))
            {
                char[] buffer = scanned ??= new char[MaxScannedBlock];
                text.CopyTo(block.Start, buffer, 0, block.Length);
                var chars = new ReadOnlySpan<char>(buffer, 0, block.Length);
                int first = chars.IndexOf(QuestionName.AsSpan());
                if (first >= 0 && chars.IndexOf('\\') < 0 && chars.Slice(first + 1).IndexOf(QuestionName.AsSpan()) < 0
                    && question.Syntax.Span.Contains(block.Start + first))
                {
                    return true;
                }
            }

            cancellation.ThrowIfCancellationRequested();
            return flow.IndexOf(question).FirstPermanentMemberQuestion == question;
        }

        /// <summary>Whether the method is one of the questions that make a block worth reading.</summary>
        [MethodImpl(JitOnce.Options)]
        internal static bool IsPermanentMemberQuestion(IMethodSymbol method) =>
            method.Name is KnownMembers.IsPermanentMember or KnownMembers.PermanentMembersOn && method.ContainingType?.Name == KnownMembers.SecurityCouncilBody;

        private sealed class Reader
        {
            private const int No = (int)BallotChoice.No;
            private const int Yes = (int)BallotChoice.Yes;

            // How far a bool local's initializer is followed to the question (bool a = IsPermanentMember(…); bool b = a && …;).
            private const int MaxAnswerDepth = 2;

            private readonly INamedTypeSymbol ballotChoice;
            private readonly ConstantFlow flow;
            private readonly CancellationToken cancellation;

            [MethodImpl(JitOnce.Options)]
            public Reader(INamedTypeSymbol ballotChoice, ConstantFlow flow, CancellationToken cancellation)
            {
                this.ballotChoice = ballotChoice;
                this.flow = flow;
                this.cancellation = cancellation;
            }

            /// <summary>The tests in <paramref name="op"/> that treat an abstention or absence as a no, with what they treat so.</summary>
            public IEnumerable<(IOperation Test, string What)> Findings(IOperation op)
            {
                switch (op)
                {
                    case IBinaryOperation either when IsOr(either) && !(Skip(either.Parent) is IBinaryOperation parent && IsOr(parent)):
                        // The outermost "||" of a chain of equality tests or patterns.
                        var tests = new List<(IOperation, int)>();
                        CollectEqualities(either, tests);
                        return Grouped(tests);
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.NotEquals } notEquals when IsChoice(notEquals.LeftOperand, Yes) || IsChoice(notEquals.RightOperand, Yes):
                        return One(notEquals, AbstentionOrAbsence);
                    case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } negation when ConstantFlow.Unwrap(negation.Operand) is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals
                        && (IsChoice(equals.LeftOperand, Yes) || IsChoice(equals.RightOperand, Yes)):
                        return One(negation, AbstentionOrAbsence);
                    case IIsPatternOperation isPattern when !(Skip(isPattern.Parent) is IBinaryOperation p && IsOr(p)):
                        return PatternFindings(isPattern.Pattern);
                    case ISwitchOperation switchStatement when IsChoiceTyped(switchStatement.Value):
                        return SwitchFindings(switchStatement);
                    case ISwitchExpressionOperation switchExpression when IsChoiceTyped(switchExpression.Value):
                        var found = new List<(IOperation, string)>();
                        foreach (ISwitchExpressionArmOperation arm in switchExpression.Arms)
                        {
                            found.AddRange(PatternFindings(arm.Pattern));
                        }

                        return found;
                    default:
                        return System.Array.Empty<(IOperation, string)>();
                }
            }

            /// <summary>
            /// Whether the permanent-member question governs the test: it is in the same condition (through <c>&amp;&amp;</c>,
            /// <c>||</c>, <c>!</c>, parentheses), in the same statement (a LINQ query over ballots), or an enclosing
            /// <c>if</c>, conditional, loop or <c>foreach</c> asks it, or a guard clause before it in an enclosing block
            /// (<c>if (!IsPermanentMember(…)) continue;</c>) leaves the other members out. A <c>bool</c> local declared once
            /// from the question and never written again asks it wherever it is read.
            /// </summary>
            [MethodImpl(JitOnce.Options)]
            public bool AsksAboutPermanentMembers(IOperation test)
            {
                IOperation? from = null;
                for (IOperation? op = test; op is not null; from = op, op = op.Parent)
                {
                    cancellation.ThrowIfCancellationRequested();
                    IOperation? asked = op switch
                    {
                        // The else branch of "if (IsPermanentMember(...))" is about the other members.
                        IConditionalOperation conditional when from != conditional.WhenFalse => conditional.Condition,
                        IWhileLoopOperation loop => loop.Condition,
                        IForEachLoopOperation loop => loop.Collection,
                        IExpressionStatementOperation or IVariableDeclarationGroupOperation or IReturnOperation => op,
                        _ => null,
                    };
                    if (asked is not null && Calls(asked, 0))
                    {
                        return true;
                    }

                    if (op is IBlockOperation block && from is not null && GuardedBefore(block, from))
                    {
                        return true;
                    }

                    if (op is IMethodBodyOperation or IAnonymousFunctionOperation { Parent: not IDelegateCreationOperation })
                    {
                        return false;
                    }
                }

                return false;
            }

            private static IEnumerable<(IOperation, string)> One(IOperation test, string what) => new[] { (test, what) };

            [MethodImpl(JitOnce.Options)]
            private static bool IsOr(IBinaryOperation binary) =>
                binary.OperatorKind == BinaryOperatorKind.ConditionalOr || (binary.OperatorKind == BinaryOperatorKind.Or && binary.Type?.SpecialType == SpecialType.System_Boolean);

            [MethodImpl(JitOnce.Options)]
            private static IOperation? Skip(IOperation? operation)
            {
                while (operation is IParenthesizedOperation || operation is IConversionOperation)
                {
                    operation = operation.Parent;
                }

                return operation;
            }

            /// <summary>Cheap type check first: an operand <see cref="ConstantFlow.Resolve"/> leaves as it is is a choice only if typed BallotChoice.</summary>
            [MethodImpl(JitOnce.Options)]
            private static bool MayBeChoice(IOperation operand) =>
                operand is IConversionOperation or IParenthesizedOperation or ILocalReferenceOperation or IFieldReferenceOperation || operand.Type?.Name == nameof(BallotChoice);

            [MethodImpl(JitOnce.Options)]
            private static string What(int choice) => choice == (int)BallotChoice.Abstain ? Abstention : Absence;

            /// <summary>Each Abstain/Absent test of a group that also tests No.</summary>
            private static IEnumerable<(IOperation, string)> Grouped(List<(IOperation Test, int Choice)> tests)
            {
                var found = new List<(IOperation, string)>();
                if (tests.Exists(t => t.Choice == No))
                {
                    foreach ((IOperation test, int choice) in tests)
                    {
                        if (choice is (int)BallotChoice.Abstain or (int)BallotChoice.Absent)
                        {
                            found.Add((test, What(choice)));
                        }
                    }
                }

                return found;
            }

            /// <summary>Whether <paramref name="scope"/> asks the question, itself or through a <c>bool</c> local that holds its answer.</summary>
            [MethodImpl(JitOnce.Options)]
            private bool Calls(IOperation scope, int depth)
            {
                foreach (IOperation op in scope.DescendantsAndSelf())
                {
                    if (op is IInvocationOperation invocation && IsPermanentMemberQuestion(invocation.TargetMethod))
                    {
                        return true;
                    }

                    if (depth < MaxAnswerDepth && op is ILocalReferenceOperation reference && AnswerIn(reference) is { } answer && Calls(answer, depth + 1))
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>The initializer of a <c>bool</c> local declared once and never written again (<c>bool isP5 = …;</c>), else null.</summary>
            [MethodImpl(JitOnce.Options)]
            private IOperation? AnswerIn(ILocalReferenceOperation reference)
            {
                ILocalSymbol local = reference.Local;
                if (local.Type?.SpecialType != SpecialType.System_Boolean || local.IsRef || local.IsConst)
                {
                    return null;
                }

                return flow.IndexOf(reference).Of(local) is { Declarations: 1, Written: false, Initializer: { } initializer } ? initializer : null;
            }

            /// <summary>
            /// Whether a statement of <paramref name="block"/> before <paramref name="statement"/> is a guard that leaves the
            /// block unless the state is a permanent member: <c>if (!IsPermanentMember(…)) continue;</c> (or <c>break</c>,
            /// <c>return</c>, <c>throw</c>, <c>goto</c>, alone or in braces; no <c>else</c>).
            /// </summary>
            [MethodImpl(JitOnce.Options)]
            private bool GuardedBefore(IBlockOperation block, IOperation statement)
            {
                foreach (IOperation before in block.Operations)
                {
                    if (before == statement)
                    {
                        return false;
                    }

                    if (before is IConditionalOperation { WhenFalse: null } guard && Leaves(guard.WhenTrue) && Excludes(guard.Condition))
                    {
                        return true;
                    }
                }

                return false;
            }

            /// <summary>Whether the condition holds whenever the state is not a permanent member: <c>!q</c>, <c>q == false</c>, <c>q is false</c>, or one of them <c>||</c> anything.</summary>
            [MethodImpl(JitOnce.Options)]
            private bool Excludes(IOperation condition)
            {
                // Along the left of an "||" chain without recursion: a long generated chain cannot exhaust the stack.
                while (true)
                {
                    condition = ConstantFlow.Unwrap(condition);
                    if (condition is IBinaryOperation either && IsOr(either))
                    {
                        if (Negates(either.RightOperand))
                        {
                            return true;
                        }

                        condition = either.LeftOperand;
                        continue;
                    }

                    return Negates(condition);
                }
            }

            [MethodImpl(JitOnce.Options)]
            private bool Negates(IOperation condition)
            {
                switch (ConstantFlow.Unwrap(condition))
                {
                    case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                        return Calls(not.Operand, 0);
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals when IsFalse(equals.RightOperand):
                        return Calls(equals.LeftOperand, 0);
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals when IsFalse(equals.LeftOperand):
                        return Calls(equals.RightOperand, 0);
                    case IIsPatternOperation { Pattern: IConstantPatternOperation constant } isPattern when IsFalse(constant.Value):
                        return Calls(isPattern.Value, 0);
                    default:
                        return false;
                }
            }

            [MethodImpl(JitOnce.Options)]
            private static bool IsFalse(IOperation operand) => operand.ConstantValue is { HasValue: true, Value: false };

            /// <summary>Whether the statement always leaves the block: <c>continue</c>, <c>break</c>, <c>goto</c>, <c>return</c>, <c>yield break</c>, <c>throw</c>, alone or in braces.</summary>
            [MethodImpl(JitOnce.Options)]
            private static bool Leaves(IOperation statement)
            {
                while (statement is IBlockOperation { Operations.Length: 1 } braces)
                {
                    statement = braces.Operations[0];
                }

                return statement.Kind is OperationKind.Branch or OperationKind.Return or OperationKind.YieldBreak or OperationKind.Throw
                    || statement is IExpressionStatementOperation { Operation.Kind: OperationKind.Throw };
            }

            [MethodImpl(JitOnce.Options)]
            private bool IsChoiceTyped(IOperation value) => UNModelSymbols.Same(ConstantFlow.Unwrap(value).Type, ballotChoice) || UNModelSymbols.Same(value.Type, ballotChoice);

            [MethodImpl(JitOnce.Options)]
            private bool TryChoice(IOperation operand, out int choice)
            {
                choice = 0;
                return MayBeChoice(operand) && flow.TryGetEnum(operand, ballotChoice, out choice);
            }

            [MethodImpl(JitOnce.Options)]
            private bool IsChoice(IOperation operand, int expected) => TryChoice(operand, out int choice) && choice == expected;

            [MethodImpl(JitOnce.Options)]
            private void CollectEqualities(IOperation operation, List<(IOperation Test, int Choice)> tests)
            {
                operation = ConstantFlow.Unwrap(operation);
                if (operation is IBinaryOperation binary)
                {
                    if (IsOr(binary))
                    {
                        CollectEqualities(binary.LeftOperand, tests);
                        CollectEqualities(binary.RightOperand, tests);
                    }
                    else if (binary.OperatorKind == BinaryOperatorKind.Equals && (TryChoice(binary.RightOperand, out int choice) || TryChoice(binary.LeftOperand, out choice)))
                    {
                        tests.Add((binary, choice));
                    }
                }
                else if (operation is IIsPatternOperation isPattern)
                {
                    CollectConstants(isPattern.Pattern, tests);
                }
            }

            [MethodImpl(JitOnce.Options)]
            private void CollectConstants(IPatternOperation pattern, List<(IOperation Test, int Choice)> tests)
            {
                switch (pattern)
                {
                    case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                        CollectConstants(or.LeftPattern, tests);
                        CollectConstants(or.RightPattern, tests);
                        break;
                    case IConstantPatternOperation constant when TryChoice(constant.Value, out int choice):
                        tests.Add((constant, choice));
                        break;
                }
            }

            /// <summary><c>is No or Abstain</c> (each Abstain/Absent constant) and <c>is not Yes</c> (the negation).</summary>
            private IEnumerable<(IOperation, string)> PatternFindings(IPatternOperation pattern)
            {
                if (pattern is INegatedPatternOperation { Pattern: IConstantPatternOperation constant } negated && IsChoice(constant.Value, Yes))
                {
                    return One(negated, AbstentionOrAbsence);
                }

                var tests = new List<(IOperation, int)>();
                CollectConstants(pattern, tests);
                return Grouped(tests);
            }

            /// <summary>A switch section whose labels group No with Abstain or Absent.</summary>
            private IEnumerable<(IOperation, string)> SwitchFindings(ISwitchOperation switchStatement)
            {
                var found = new List<(IOperation, string)>();
                foreach (ISwitchCaseOperation section in switchStatement.Cases)
                {
                    var tests = new List<(IOperation, int)>();
                    foreach (ICaseClauseOperation clause in section.Clauses)
                    {
                        if (clause is ISingleValueCaseClauseOperation single && TryChoice(single.Value, out int choice))
                        {
                            tests.Add((single.Value, choice));
                        }
                        else if (clause is IPatternCaseClauseOperation patternClause)
                        {
                            CollectConstants(patternClause.Pattern, tests);
                        }
                    }

                    found.AddRange(Grouped(tests));
                }

                return found;
            }
        }
    }
}
