using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace UNModel.Fuzz.Harness;

/// <summary>
/// Mutates a source at random (the caller's seeded <see cref="Random"/>): drops, duplicates and swaps tokens, inserts
/// stray tokens, truncates mid-expression, puts literals of the wrong type or huge literals in place of others, swaps
/// identifiers for other UNModel names, removes usings, and nests expressions deeply. Each mutation is named, so a
/// failure says what produced it.
/// </summary>
public sealed class Mutator
{
    public static readonly string[] Kinds =
    [
        "drop-token", "duplicate-token", "swap-tokens", "insert-token", "truncate", "wrong-type-literal", "huge-literal",
        "swap-identifier", "remove-usings", "deep-parentheses", "deep-chain", "deep-conditional", "deep-collection", "duplicate-line",
        "wrong-type-argument", "nest-lambda",
    ];

    private static readonly string[] StrayTokens =
    [
        ";", "}", "{", "(", ")", ",", ".", "=>", "null", "default", "new", "!", "?", "??", "[", "]", "@", "#", "$\"", "\"", "'", "/*", "await", "ref", "out",
        "stackalloc", "__arglist", "typeof", "nameof", "checked", "unchecked", "throw", "yield", "goto", "::", "->", "*", "&", "^", "..", "is", "as", "with",
        "\n#if X\n", "\n#endif\n", "\n#region\n", "\u200b", "\\u0041",
    ];

    private static readonly string[] Identifiers =
    [
        "MemberStates", "ObserverStates", "Ballot", "Vote", "VoteBuilder", "Body", "Tally", "DocumentSymbol", "CountryCode", "Proposal", "DeclaredOutcome",
        "Meeting", "Charter", "Decision", "State", "MemberState", "Yes", "No", "Abstain", "Absent", "Veto", "Build", "From", "Parse", "Of", "RollCall",
        "FromTally", "Draft", "Amendment", "Motion", "Substantive", "Procedural", "SecurityCouncil", "GeneralAssembly", "Slovenia", "RussianFederation",
        "UnitedStates", "HolySee", "StateOfPalestine", "UnionOfSovietSocialistRepublics", "Value", "Code", "Packed", "var", "dynamic", "object", "int",
    ];

    private static readonly string[] WrongTypeLiterals =
    [
        "null", "default", "42", "-1", "0", "\"SecurityCouncil\"", "\"USA\"", "true", "'x'", "1.5", "DateTime.Now", "new object()", "Body.GeneralAssembly",
        "QuestionKind.Procedural", "MemberStates.All", "new DateOnly()", "(QuestionKind)99", "(BodyKind)0", "(BallotChoice)7", "default(CountryCode)",
        "new DocumentSymbol()", "new[] { 1, 2 }", "[]", "x => x", "typeof(Vote)", "(Ballot[])null", "ObserverStates.HolySee",
    ];

    private static readonly string[] HugeLiterals =
    [
        "99999999999999999999999999", "int.MaxValue", "int.MinValue", "-2147483648", "0x7FFFFFFF", "long.MaxValue", "1e308", "decimal.MaxValue",
        "\"S/RES/99999999999999 (2025)\"", "\"A/RES/ES-999999999/999999999/Rev.999999999/Add.999999999/Corr.999999999\"",
        "new DateOnly(9999, 12, 31)", "new DateOnly(1, 1, 1)", "new DateOnly(2025, 13, 40)", "uint.MaxValue",
    ];

    private readonly Random random;

    public Mutator(Random random) => this.random = random;

    /// <summary>Applies one to four mutations; returns the result and their names.</summary>
    public (string Source, string Mutations) Mutate(string source)
    {
        // One mutation most of the time, so that many variants still compile and reach the semantic paths of the rules.
        int count = random.Next(20) switch { < 12 => 1, < 17 => 2, _ => 3 + random.Next(2) };
        var names = new List<string>();
        for (int i = 0; i < count; i++)
        {
            string kind = Kinds[random.Next(Kinds.Length)];
            source = Apply(kind, source);
            names.Add(kind);
        }

        return (source, string.Join("+", names));
    }

    public string Apply(string kind, string source)
    {
        List<SyntaxToken> tokens = [.. SyntaxFactory.ParseTokens(source).Where(t => !t.IsKind(SyntaxKind.EndOfFileToken))];
        if (tokens.Count == 0)
        {
            return source + StrayTokens[random.Next(StrayTokens.Length)];
        }

        int i = random.Next(tokens.Count);
        switch (kind)
        {
            case "drop-token":
                return Replace(source, tokens[i], string.Empty);
            case "duplicate-token":
                return Replace(source, tokens[i], tokens[i].Text + " " + tokens[i].Text);
            case "swap-tokens":
                if (i + 1 < tokens.Count)
                {
                    SyntaxToken a = tokens[i], b = tokens[i + 1];
                    return source[..a.SpanStart] + b.Text + source[a.Span.End..b.SpanStart] + a.Text + source[b.Span.End..];
                }

                return source;
            case "insert-token":
                return source.Insert(tokens[i].SpanStart, StrayTokens[random.Next(StrayTokens.Length)] + " ");
            case "truncate":
                return source[..random.Next(source.Length + 1)];
            case "wrong-type-literal":
                return ReplaceOne(source, tokens, t => t.IsKind(SyntaxKind.NumericLiteralToken) || t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.NullKeyword), WrongTypeLiterals);
            case "huge-literal":
                return random.Next(4) == 0
                    ? ReplaceOne(source, tokens, t => t.IsKind(SyntaxKind.StringLiteralToken), ["\"" + new string('S', 20_000 + random.Next(50_000)) + "\""])
                    : ReplaceOne(source, tokens, t => t.IsKind(SyntaxKind.NumericLiteralToken) || t.IsKind(SyntaxKind.StringLiteralToken), HugeLiterals);
            case "swap-identifier":
                return ReplaceOne(source, tokens, t => t.IsKind(SyntaxKind.IdentifierToken), Identifiers.Concat(CodeGenerator.Members.Take(40)).ToArray());
            case "remove-usings":
                return string.Join("\n", source.Split('\n').Where(l => !(l.TrimStart().StartsWith("using ", StringComparison.Ordinal) && random.Next(3) != 0)));
            case "deep-parentheses":
                return Wrap(source, tokens, d => new string('(', d), d => new string(')', d));
            case "deep-chain":
                return InsertChain(source, tokens);
            case "deep-conditional":
                return Wrap(source, tokens, d => string.Concat(Enumerable.Repeat("true ? ", d)), d => string.Concat(Enumerable.Repeat(" : default", d)));
            case "deep-collection":
                return Wrap(source, tokens, d => string.Concat(Enumerable.Repeat("new[] { ", d)), d => string.Concat(Enumerable.Repeat(" }", d)));
            case "duplicate-line":
                string[] lines = source.Split('\n');
                int l = random.Next(lines.Length);
                int times = 1 + random.Next(random.Next(10) == 0 ? 200 : 3);
                return string.Join("\n", lines.Take(l + 1).Concat(Enumerable.Repeat(lines[l], times)).Concat(lines.Skip(l + 1)));
            case "wrong-type-argument":
                return ReplaceOne(source, tokens, t => t.IsKind(SyntaxKind.IdentifierToken) && t.Parent is not null, WrongTypeLiterals);
            case "nest-lambda":
                return Wrap(source, tokens, d => string.Concat(Enumerable.Repeat("((Func<object?>)(() => ", d / 4 + 1)), d => string.Concat(Enumerable.Repeat("))()", d / 4 + 1)));
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown mutation.");
        }
    }

    /// <summary>Nesting depth: usually 2-40, one time in twenty 100-300 (deep enough to find recursion trouble, cheap enough for CI).</summary>
    private int Depth() => random.Next(20) == 0 ? 100 + random.Next(200) : 2 + random.Next(39);

    private static string Replace(string source, SyntaxToken token, string with) => source[..token.SpanStart] + with + source[token.Span.End..];

    private string ReplaceOne(string source, List<SyntaxToken> tokens, Func<SyntaxToken, bool> where, string[] pool)
    {
        SyntaxToken[] candidates = [.. tokens.Where(where)];
        if (candidates.Length == 0)
        {
            return source;
        }

        return Replace(source, candidates[random.Next(candidates.Length)], pool[random.Next(pool.Length)]);
    }

    /// <summary>Wraps the expression that starts at a literal or identifier (up to the next ',' ')' ';' or ']') in deep nesting.</summary>
    private string Wrap(string source, List<SyntaxToken> tokens, Func<int, string> open, Func<int, string> close)
    {
        int[] starts = [.. tokens.Select((t, k) => (t, k)).Where(p => p.t.IsKind(SyntaxKind.NumericLiteralToken) || p.t.IsKind(SyntaxKind.StringLiteralToken) || p.t.IsKind(SyntaxKind.IdentifierToken)).Select(p => p.k)];
        if (starts.Length == 0)
        {
            return source;
        }

        int first = starts[random.Next(starts.Length)];
        int last = first;
        int depth = 0;
        while (last + 1 < tokens.Count)
        {
            SyntaxKind next = tokens[last + 1].Kind();
            if (depth == 0 && next is SyntaxKind.CommaToken or SyntaxKind.CloseParenToken or SyntaxKind.SemicolonToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken)
            {
                break;
            }

            depth += next is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken ? 1 : next is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken or SyntaxKind.CloseBraceToken ? -1 : 0;
            last++;
        }

        int d = Depth();
        int start = tokens[first].SpanStart, end = tokens[last].Span.End;
        return source[..start] + open(d) + source[start..end] + close(d) + source[end..];
    }

    /// <summary>Puts a long builder chain (<c>.Yes(...)</c> many times) after a <c>VoteBuilder.In(...)</c> or at a random call.</summary>
    private string InsertChain(string source, List<SyntaxToken> tokens)
    {
        SyntaxToken[] calls = [.. tokens.Where(t => t.IsKind(SyntaxKind.CloseParenToken))];
        if (calls.Length == 0)
        {
            return source;
        }

        SyntaxToken at = calls[random.Next(calls.Length)];
        int n = Depth() * 5;
        var sb = new StringBuilder();
        for (int k = 0; k < n; k++)
        {
            sb.Append('.').Append(random.Next(3) switch { 0 => "Yes", 1 => "No", _ => "Veto" }).Append("(MemberStates.").Append(CodeGenerator.Members[random.Next(CodeGenerator.Members.Length)]).Append(')');
        }

        return source.Insert(at.Span.End, sb.ToString());
    }
}
