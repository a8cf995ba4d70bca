using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using UNModel.Analyzers.Infrastructure;
using UNModel.Core;

namespace UNModel.Analyzers.Rules
{
    /// <summary>
    /// UNM0019 (warning): the five permanent members written out by hand — a collection (initializer, array, collection
    /// expression) of exactly five elements, or a chain of five <c>==</c> tests joined by <c>||</c>, or five constants joined
    /// by <c>or</c> in a pattern, that name CHN, FRA, GBR, RUS and USA (string literals, <c>MemberStates.X</c>,
    /// <c>MemberStates.X.Code</c>, <c>CountryCode.From("XXX")</c>) — in a member that decides vetoes (see
    /// <see cref="DecidesVetoes"/>). Who holds a permanent seat is a fact of the date (Charter Art. 23(1)): the USSR until
    /// 24 December 1991, the Republic of China in China's seat until 25 October 1971. The elements are read from the syntax
    /// first: anything but five such elements costs a kind check and a count.
    /// </summary>
    public static class HandWrittenPermanentMembers
    {
        private const int Five = 5;
        private const string List = "list";
        private const string Comparison = "comparison";

        /// <summary>The rule's descriptor: id, title, message, category, severity, help link and tags.</summary>
        public static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor(
            RuleIds.HandWrittenPermanentMembers,
            title: "Hand-written list of the permanent members",
            messageFormat: "This {0} spells out today's five permanent members, but who holds a permanent seat depends on the date (Charter Article 23(1)): the USSR (SUN) held the seat the Russian Federation has continued since 24 December 1991, and the Republic of China held China's seat (CHN) until 25 October 1971; use Body.SecurityCouncil.IsPermanentMember(state, date) or Body.SecurityCouncil.PermanentMembersOn(date)",
            category: RuleCategories.Usage,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Article 23(1) names the permanent members, but the seats changed hands: the Russian Federation continued the USSR's seat from 24 December 1991, and the People's Republic of China took China's seat from the Republic of China on 25 October 1971 (A/RES/2758 (XXVI)). A hand-written list of CHN, FRA, GBR, RUS and USA that decides who may veto is wrong for every vote before 24 December 1991 and cannot say on which date it holds; the catalogue answers by date.",
            helpLinkUri: RuleIds.HelpLink(RuleIds.HandWrittenPermanentMembers),
            customTags: RuleCategories.UsageTags);

        /// <summary>
        /// The operations read: array and collection initializers, <c>||</c> (among all binary operators), <c>or</c>
        /// patterns, and collection expressions where the compiler that loads the analyzers has their kind.
        /// (Read when the actions are first registered, not when the analyzer is loaded: the lookup by name costs a few
        /// milliseconds in a fresh process, which a build that never registers them would pay for nothing.)
        /// </summary>
        internal static ImmutableArray<OperationKind> Kinds => RegisteredKinds.Value;

        /// <summary>One operation of <see cref="Kinds"/>: the syntax is filtered before anything is bound.</summary>
        [MethodImpl(JitOnce.Options)]
        internal static void Analyze(OperationAnalysisContext context)
        {
            SyntaxNode syntax = context.Operation.Syntax;
            string? form;
            switch ((SyntaxKind)syntax.RawKind)
            {
                case SyntaxKind.LogicalOrExpression:
                    form = IsPartOfChain(syntax, SyntaxKind.LogicalOrExpression, SyntaxKind.ParenthesizedExpression) ? null : OrChain((BinaryExpressionSyntax)syntax);
                    break;
                case SyntaxKind.OrPattern:
                    form = IsPartOfChain(syntax, SyntaxKind.OrPattern, SyntaxKind.ParenthesizedPattern) ? null : OrPattern((BinaryPatternSyntax)syntax);
                    break;
                case SyntaxKind.ArrayInitializerExpression:
                case SyntaxKind.CollectionInitializerExpression:
                    form = Elements(((InitializerExpressionSyntax)syntax).Expressions) ? List : null;
                    break;
                case SyntaxKind.CollectionExpression:
                    form = Elements(((CollectionExpressionSyntax)syntax).Elements) ? List : null;
                    break;
                default:
                    return;
            }

            if (form is null)
            {
                return;
            }

            CancellationToken cancellation = context.CancellationToken;
            if (!DecidesVetoes(syntax, cancellation) || !AreUNModelMembers(syntax, context.Operation.SemanticModel, cancellation))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(Rule, Reported(syntax).GetLocation(), form));
        }

        /// <summary>
        /// Whether the code around the list decides vetoes: the member that holds it (the method, constructor, property or
        /// other member around it, with its lambdas and local functions; all the top-level statements of a program) mentions
        /// <c>BallotChoice.No</c> or an identifier that contains "veto" or "permanent" (any case) or "P5", or starts with
        /// "p5": <c>Veto(…)</c>, <c>IsVetoed</c>, <c>IsPermanentMember</c>, <c>permanentNo</c>, <c>isP5</c>. For a field or
        /// property, so may any other member of its type that names it. Syntax only, and only for a list already found.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private static bool DecidesVetoes(SyntaxNode list, CancellationToken cancellation)
        {
            MemberDeclarationSyntax? member = null;
            for (SyntaxNode? node = list.Parent; node is not null; node = node.Parent)
            {
                if (node is MemberDeclarationSyntax found)
                {
                    member = found;
                    break;
                }
            }

            switch (member)
            {
                case null:
                    return false;
                case GlobalStatementSyntax when member.Parent is CompilationUnitSyntax program:
                    foreach (MemberDeclarationSyntax statement in program.Members)
                    {
                        if (statement is GlobalStatementSyntax && Mentions(statement, cancellation))
                        {
                            return true;
                        }
                    }

                    return false;
                case BaseFieldDeclarationSyntax field:
                    if (Mentions(field, cancellation))
                    {
                        return true;
                    }

                    foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                    {
                        if (UsersMention(field, variable.Identifier.ValueText, cancellation))
                        {
                            return true;
                        }
                    }

                    return false;
                case PropertyDeclarationSyntax property:
                    return Mentions(property, cancellation) || UsersMention(property, property.Identifier.ValueText, cancellation);
                default:
                    return Mentions(member, cancellation);
            }
        }

        private static ImmutableArray<OperationKind> ReadKinds()
        {
            ImmutableArray<OperationKind>.Builder kinds = ImmutableArray.CreateBuilder<OperationKind>(Five);
            kinds.Add(OperationKind.ArrayInitializer);
            kinds.Add(OperationKind.ObjectOrCollectionInitializer);
            kinds.Add(OperationKind.Binary);
            kinds.Add(OperationKind.BinaryPattern);

            // Collection expressions have an operation kind of their own from Roslyn 4.9; the analyzers are built against
            // 4.8, so the kind is looked up by name in the compiler that loads them (an older one has none to register).
            if (Enum.TryParse("CollectionExpression", out OperationKind collection))
            {
                kinds.Add(collection);
            }

            return kinds.ToImmutable();
        }

        /// <summary>Whether the node is inside a larger chain of its kind (only the outermost is read).</summary>
        [MethodImpl(JitOnce.Options)]
        private static bool IsPartOfChain(SyntaxNode node, SyntaxKind chain, SyntaxKind parentheses)
        {
            SyntaxNode? parent = node.Parent;
            while (parent is not null && parent.IsKind(parentheses))
            {
                parent = parent.Parent;
            }

            return parent is not null && parent.IsKind(chain);
        }

        /// <summary><c>c == "CHN" || c == "FRA" || …</c>: exactly five equality tests, each with one of the permanent members on a side.</summary>
        [MethodImpl(JitOnce.Options)]
        private static string? OrChain(BinaryExpressionSyntax chain)
        {
            int count = 0;
            int found = 0;
            return OrLeaves(chain, 0, ref count, ref found) && count == Five ? Comparison : null;
        }

        /// <summary>
        /// Reads the tests of an <c>||</c> tree, however parenthesized; false at the first that is not one of the five, or
        /// deeper than five tests can be (so a long chain costs a few steps and no deep recursion).
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private static bool OrLeaves(ExpressionSyntax node, int depth, ref int count, ref int found)
        {
            node = Unparenthesized(node);
            if (node is BinaryExpressionSyntax either && either.IsKind(SyntaxKind.LogicalOrExpression))
            {
                return depth < Five - 1 && OrLeaves(either.Left, depth + 1, ref count, ref found) && OrLeaves(either.Right, depth + 1, ref count, ref found);
            }

            if (++count > Five || node is not BinaryExpressionSyntax equals || !equals.IsKind(SyntaxKind.EqualsExpression))
            {
                return false;
            }

            int code = Code(equals.Right);
            return Add(code == 0 ? Code(equals.Left) : code, ref found);
        }

        /// <summary><c>c is "CHN" or "FRA" or …</c>: exactly five constant patterns joined by <c>or</c>.</summary>
        [MethodImpl(JitOnce.Options)]
        private static string? OrPattern(BinaryPatternSyntax chain)
        {
            int count = 0;
            int found = 0;
            return OrLeaves(chain, 0, ref count, ref found) && count == Five ? Comparison : null;
        }

        [MethodImpl(JitOnce.Options)]
        private static bool OrLeaves(PatternSyntax node, int depth, ref int count, ref int found)
        {
            node = Unparenthesized(node);
            if (node is BinaryPatternSyntax either && either.IsKind(SyntaxKind.OrPattern))
            {
                return depth < Five - 1 && OrLeaves(either.Left, depth + 1, ref count, ref found) && OrLeaves(either.Right, depth + 1, ref count, ref found);
            }

            return ++count <= Five && node is ConstantPatternSyntax constant && Add(Code(constant.Expression), ref found);
        }

        /// <summary>Adds a member's bit; false for no member or one already there.</summary>
        [MethodImpl(JitOnce.Options)]
        private static bool Add(int code, ref int found)
        {
            if (code == 0 || (found & code) != 0)
            {
                return false;
            }

            found |= code;
            return true;
        }

        [MethodImpl(JitOnce.Options)]
        private static bool Elements(SeparatedSyntaxList<ExpressionSyntax> elements)
        {
            if (elements.Count != Five)
            {
                return false;
            }

            int found = 0;
            foreach (ExpressionSyntax element in elements)
            {
                if (!Add(Code(element), ref found))
                {
                    return false;
                }
            }

            return true;
        }

        [MethodImpl(JitOnce.Options)]
        private static bool Elements(SeparatedSyntaxList<CollectionElementSyntax> elements)
        {
            if (elements.Count != Five)
            {
                return false;
            }

            int found = 0;
            foreach (CollectionElementSyntax element in elements)
            {
                if (!Add(element is ExpressionElementSyntax expression ? Code(expression.Expression) : 0, ref found))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The permanent member an element names, as one bit (CHN 1, FRA 2, GBR 4, RUS 8, USA 16), read from the syntax:
        /// <c>"CHN"</c>, <c>MemberStates.China</c>, <c>MemberStates.China.Code</c>, <c>CountryCode.From("CHN")</c>; 0 for
        /// anything else. Five distinct bits are the five members.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private static int Code(ExpressionSyntax element)
        {
            element = Unparenthesized(element);
            switch (element)
            {
                case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                    return CodeBit(literal.Token.ValueText);
                case MemberAccessExpressionSyntax { Name.Identifier.ValueText: KnownMembers.Code } code:
                    return Catalogue(code.Expression);
                case MemberAccessExpressionSyntax:
                    return Catalogue(element);
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: KnownMembers.From } factory, ArgumentList.Arguments.Count: 1 } call
                    when EndsWith(factory.Expression, KnownMembers.CountryCode) && call.ArgumentList.Arguments[0].Expression is LiteralExpressionSyntax argument && argument.IsKind(SyntaxKind.StringLiteralExpression):
                    return CodeBit(argument.Token.ValueText);
                default:
                    return 0;
            }
        }

        [MethodImpl(JitOnce.Options)]
        private static int CodeBit(string code) => code switch
        {
            "CHN" => 1,
            "FRA" => 2,
            "GBR" => 4,
            "RUS" => 8,
            "USA" => 16,
            _ => 0,
        };

        /// <summary><c>MemberStates.China</c> and the other four (the catalogue's names), else 0.</summary>
        [MethodImpl(JitOnce.Options)]
        private static int Catalogue(ExpressionSyntax expression)
        {
            if (Unparenthesized(expression) is not MemberAccessExpressionSyntax access || !EndsWith(access.Expression, KnownMembers.MemberStates))
            {
                return 0;
            }

            return access.Name.Identifier.ValueText switch
            {
                "China" => 1,
                "France" => 2,
                "UnitedKingdom" => 4,
                "RussianFederation" => 8,
                "UnitedStates" => 16,
                _ => 0,
            };
        }

        /// <summary>Whether the expression is the type named (<c>MemberStates</c>, <c>UNModel.MemberStates</c>, <c>global::UNModel.MemberStates</c>).</summary>
        [MethodImpl(JitOnce.Options)]
        private static bool EndsWith(ExpressionSyntax expression, string name) => expression switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText == name,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText == name,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == name,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == name,
            _ => false,
        };

        [MethodImpl(JitOnce.Options)]
        private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }

        [MethodImpl(JitOnce.Options)]
        private static PatternSyntax Unparenthesized(PatternSyntax pattern)
        {
            while (pattern is ParenthesizedPatternSyntax parenthesized)
            {
                pattern = parenthesized.Pattern;
            }

            return pattern;
        }

        /// <summary>
        /// Whether the elements written as the catalogue's (<c>MemberStates.X</c>, <c>CountryCode.From</c>) are UNModel's own,
        /// bound only now that everything else matched; string literals need no binding.
        /// </summary>
        [MethodImpl(JitOnce.Options)]
        private static bool AreUNModelMembers(SyntaxNode list, SemanticModel? model, CancellationToken cancellation)
        {
            foreach (SyntaxNode node in list.DescendantNodes())
            {
                ExpressionSyntax? named = node switch
                {
                    MemberAccessExpressionSyntax access when EndsWith(access.Expression, KnownMembers.MemberStates) => access,
                    InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax factory } call when EndsWith(factory.Expression, KnownMembers.CountryCode) => call,
                    _ => null,
                };
                if (named is null)
                {
                    continue;
                }

                if (model?.GetSymbolInfo(named, cancellation).Symbol is not { } symbol || !IsUNModel(symbol))
                {
                    return false;
                }
            }

            return true;
        }

        [MethodImpl(JitOnce.Options)]
        private static bool IsUNModel(ISymbol symbol) =>
            symbol.ContainingType is { Name: KnownMembers.MemberStates or KnownMembers.CountryCode, ContainingNamespace: { Name: KnownMembers.Namespace, ContainingNamespace.IsGlobalNamespace: true } }
            && symbol.ContainingAssembly?.Name == KnownMembers.Namespace;

        /// <summary>Where the diagnostic goes: the whole <c>new …</c> of an initializer, else the list, chain or pattern itself.</summary>
        [MethodImpl(JitOnce.Options)]
        private static SyntaxNode Reported(SyntaxNode list) =>
            list is InitializerExpressionSyntax && list.Parent is BaseObjectCreationExpressionSyntax or ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax ? list.Parent : list;

        /// <summary>Whether another member of the field's or property's type names it and mentions vetoes.</summary>
        [MethodImpl(JitOnce.Options)]
        private static bool UsersMention(MemberDeclarationSyntax holder, string name, CancellationToken cancellation)
        {
            if (holder.Parent is not TypeDeclarationSyntax type)
            {
                return false;
            }

            foreach (MemberDeclarationSyntax other in type.Members)
            {
                if (other != holder && Names(other, name, cancellation) && Mentions(other, cancellation))
                {
                    return true;
                }
            }

            return false;
        }

        [MethodImpl(JitOnce.Options)]
        private static bool Names(SyntaxNode member, string name, CancellationToken cancellation)
        {
            foreach (SyntaxToken token in member.DescendantTokens())
            {
                cancellation.ThrowIfCancellationRequested();
                if (token.IsKind(SyntaxKind.IdentifierToken) && token.ValueText == name)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the member mentions <c>BallotChoice.No</c> or an identifier about vetoes or permanent members.</summary>
        [MethodImpl(JitOnce.Options)]
        private static bool Mentions(SyntaxNode member, CancellationToken cancellation)
        {
            foreach (SyntaxToken token in member.DescendantTokens())
            {
                cancellation.ThrowIfCancellationRequested();
                if (!token.IsKind(SyntaxKind.IdentifierToken))
                {
                    continue;
                }

                string text = token.ValueText;
                if (text.IndexOf("veto", StringComparison.OrdinalIgnoreCase) >= 0
                    || text.IndexOf("permanent", StringComparison.OrdinalIgnoreCase) >= 0
                    || text.IndexOf("P5", StringComparison.Ordinal) >= 0
                    || text.StartsWith("p5", StringComparison.Ordinal))
                {
                    return true;
                }

                if (text == KnownMembers.No && token.Parent?.Parent is MemberAccessExpressionSyntax access && access.Name == token.Parent && EndsWith(access.Expression, nameof(BallotChoice)))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The operation kinds, made at first use.</summary>
        private static class RegisteredKinds
        {
            public static readonly ImmutableArray<OperationKind> Value = ReadKinds();
        }
    }
}
