using System.Text;

namespace UNModel.Reliability.Tests.Support;

/// <summary>One bad input: what it is, its bytes, the rule the error must name and a text the one line must contain (a field, a code, a word).</summary>
public sealed record BadInput(string Name, byte[] Bytes, string RuleId, string Mentions)
{
    public override string ToString() => Name;
}

/// <summary>The catalogue of bad inputs tried against <c>unmodel decide</c> and <c>VoteRecordReader</c> (listed in docs/reliability.md).</summary>
public static class BadInputs
{
    public const string Valid = """{"body": "SecurityCouncil", "date": "2025-02-24", "question": "Substantive", "document": "S/2025/112", "ballots": {"USA": "Yes", "RUS": "No", "FRA": "Abstain"}}""";

    private const string Malformed = "UNM0016";
    private const string UnknownCode = "UNM0017";

    private static readonly Lazy<BadInput[]> Cached = new(() => [.. Build()]);

    /// <summary>Every bad input, built once.</summary>
    public static IReadOnlyList<BadInput> All() => Cached.Value;

    /// <summary>The bad input of that name.</summary>
    public static BadInput Named(string name) => All().Single(b => b.Name == name);

    private static IEnumerable<BadInput> Build()
    {
        // Empty and not JSON.
        yield return T("empty file", string.Empty, Malformed, "empty");
        yield return T("only white space", " \n\t \r\n", Malformed, "empty");
        yield return T("a JSON null", "null", Malformed, "null");
        yield return T("a JSON number", "42", Malformed, "a number");
        yield return T("a JSON string", "\"SecurityCouncil\"", Malformed, "a string");
        yield return T("an array of numbers", "[1, 2]", Malformed, "a number");

        // Malformed JSON.
        yield return T("truncated mid-object", Valid[..60], Malformed, "line 1");
        yield return T("truncated after a key", "{\"body\":", Malformed, "line 1");
        yield return T("unquoted key", "{body: \"SecurityCouncil\"}", Malformed, "malformed JSON");
        yield return T("single quotes", "{'body': 'SecurityCouncil'}", Malformed, "malformed JSON");
        yield return T("missing colon", "{\"body\" \"SecurityCouncil\"}", Malformed, "malformed JSON");
        yield return T("trailing comma in object", Valid[..^1] + ",}", Malformed, "malformed JSON");
        yield return T("trailing comma in array", "[" + Valid + ",]", Malformed, "malformed JSON");
        yield return T("a comment", "// a vote\n" + Valid, Malformed, "malformed JSON");
        yield return T("NaN count", Tally("NaN", "0", "0"), Malformed, "malformed JSON");
        yield return T("unescaped control character", Valid.Replace("S/2025/112", "S/2025/\u0001112", StringComparison.Ordinal), Malformed, "malformed JSON");
        yield return T("unterminated string", "{\"body\": \"SecurityCouncil", Malformed, "line 1");
        yield return T("multi-line error position", "{\n  \"body\": \"SecurityCouncil\",\n  \"date\": 2025-02-24\n}", Malformed, "line 3");

        // Trailing garbage.
        yield return T("trailing word", Valid + " extra", Malformed, "line 1");
        yield return T("a second record after the first", Valid + "\n" + Valid, Malformed, "line 2, column 1");
        yield return T("trailing NUL byte", Valid + "\0", Malformed, "line 1");
        yield return T("trailing closing brace", Valid + "}", Malformed, "line 1");

        // Duplicate keys.
        yield return T("duplicate top-level key", Valid[..^1] + ", \"body\": \"GeneralAssembly\"}", Malformed, "duplicate field 'body'");
        yield return T("duplicate ballot", Valid.Replace("\"FRA\": \"Abstain\"", "\"FRA\": \"Abstain\", \"FRA\": \"Yes\"", StringComparison.Ordinal), "UNM0003", "FRA");
        yield return T("duplicate tally count", Tally("10", "0", "5").Replace("\"abstain\": 5", "\"abstain\": 5, \"yes\": 3", StringComparison.Ordinal), Malformed, "tally.yes");
        yield return T("duplicate declared outcome", Valid[..^1] + ", \"declared\": {\"outcome\": \"Rejected\", \"outcome\": \"Adopted\"}}", Malformed, "declared.outcome");

        // Unknown fields.
        yield return T("unknown top-level field", Valid[..^1] + ", \"vetoes\": []}", Malformed, "vetoes");
        yield return T("unknown tally field", Tally("10", "0", "5").Replace("\"abstain\": 5", "\"abstain\": 5, \"absent\": 0", StringComparison.Ordinal), Malformed, "tally.absent");
        yield return T("unknown declared field", Valid[..^1] + ", \"declared\": {\"outcome\": \"Rejected\", \"by\": \"RUS\"}}", Malformed, "declared.by");
        yield return T("field name in the wrong case", Valid.Replace("\"body\"", "\"Body\"", StringComparison.Ordinal), Malformed, "Body");

        // Wrong values and types.
        yield return T("unknown body", Valid.Replace("SecurityCouncil", "TrusteeshipCouncil", StringComparison.Ordinal), Malformed, "body");
        yield return T("body in lower case", Valid.Replace("SecurityCouncil", "securitycouncil", StringComparison.Ordinal), Malformed, "body");
        yield return T("body as a number", Valid.Replace("\"SecurityCouncil\"", "2", StringComparison.Ordinal), Malformed, "body");
        yield return T("question not of that body", Valid.Replace("Substantive", "TwoThirds", StringComparison.Ordinal), "UNM0012", "TwoThirds");
        yield return T("impossible date", Valid.Replace("2025-02-24", "2025-02-30", StringComparison.Ordinal), Malformed, "date");
        yield return T("date in another format", Valid.Replace("2025-02-24", "24/02/2025", StringComparison.Ordinal), Malformed, "date");
        yield return T("date before the Council existed", Valid.Replace("2025-02-24", "1945-06-26", StringComparison.Ordinal), "UNM0015", "26 June 1945");
        yield return T("malformed document symbol", Valid.Replace("S/2025/112", "s/2025/112", StringComparison.Ordinal), "UNM0010", "S/2025/112");
        yield return T("ballots as an array", Valid.Replace("{\"USA\": \"Yes\", \"RUS\": \"No\", \"FRA\": \"Abstain\"}", "[\"USA\"]", StringComparison.Ordinal), Malformed, "ballots");
        yield return T("ballot choice unknown", Valid.Replace("\"Abstain\"", "\"Maybe\"", StringComparison.Ordinal), Malformed, "FRA");
        yield return T("ballot choice in lower case", Valid.Replace("\"Abstain\"", "\"abstain\"", StringComparison.Ordinal), Malformed, "FRA");
        yield return T("both ballots and tally", Valid[..^1] + ", \"tally\": {\"yes\": 1, \"no\": 0, \"abstain\": 0}}", Malformed, "tally");
        yield return T("neither ballots nor tally", "{\"body\": \"SecurityCouncil\", \"date\": \"2025-02-24\", \"question\": \"Substantive\"}", Malformed, "ballots");
        yield return T("Security Council tally without permanentNo", "{\"body\": \"SecurityCouncil\", \"date\": \"2025-02-24\", \"question\": \"Substantive\", \"tally\": {\"yes\": 10, \"no\": 0, \"abstain\": 5}}", Malformed, "permanentNo");
        yield return T("declared outcome that contradicts the counts", Valid[..^1] + ", \"declared\": {\"outcome\": \"Adopted\"}}", "UNM0005", "Adopted");

        // Unknown, lower-case and ineligible codes.
        yield return T("unknown code", Valid.Replace("\"FRA\"", "\"XYZ\"", StringComparison.Ordinal), UnknownCode, "XYZ");
        yield return T("lower-case code", Valid.Replace("\"FRA\"", "\"fra\"", StringComparison.Ordinal), UnknownCode, "fra");
        yield return T("alpha-2 code", Valid.Replace("\"FRA\"", "\"FR\"", StringComparison.Ordinal), UnknownCode, "FR");
        yield return T("four-letter code", Valid.Replace("\"FRA\"", "\"USSR\"", StringComparison.Ordinal), UnknownCode, "USSR");
        yield return T("empty code", Valid.Replace("\"FRA\"", "\"\"", StringComparison.Ordinal), UnknownCode, "''");
        yield return T("non-ASCII code", Valid.Replace("\"FRA\"", "\"FRÄ\"", StringComparison.Ordinal), UnknownCode, "FRÄ");
        yield return T("the same code twice, once escaped", Valid.Replace("\"FRA\": \"Abstain\"", "\"FRA\": \"Abstain\", \"\\u0046RA\": \"Yes\"", StringComparison.Ordinal), "UNM0003", "FRA");
        yield return T("the USSR after 1991", Valid.Replace("\"RUS\"", "\"SUN\"", StringComparison.Ordinal), "UNM0008", "SUN");
        yield return T("an observer voting", Tally("10", "0", "5").Replace("\"SecurityCouncil\"", "\"GeneralAssembly\"", StringComparison.Ordinal).Replace("\"Substantive\"", "\"SimpleMajority\"", StringComparison.Ordinal).Replace("\"tally\": {\"yes\": 10, \"no\": 0, \"abstain\": 5}, \"permanentNo\": []", "\"ballots\": {\"VAT\": \"Yes\"}", StringComparison.Ordinal), "UNM0008", "VAT");
        yield return T("a state not on the Council", Valid.Replace("\"FRA\"", "\"BRA\"", StringComparison.Ordinal), "UNM0002", "BRA");
        yield return T("a veto by an elected member", Valid.Replace("\"FRA\": \"Abstain\"", "\"DNK\": \"Veto\"", StringComparison.Ordinal), "UNM0001", "DNK");
        yield return T("unknown code in permanentNo", Tally("10", "1", "4", "\"RUS\", \"ZZZ\""), UnknownCode, "ZZZ");
        yield return T("elected member in permanentNo", Tally("10", "1", "4", "\"RUS\", \"SVN\""), "UNM0001", "SVN");
        yield return T("lower-case code in permanentNo", Tally("10", "1", "4", "\"rus\""), UnknownCode, "rus");

        // Negative and enormous counts.
        yield return T("negative count", Tally("-1", "0", "0"), "UNM0004", "tally.yes");
        yield return T("count larger than the Council", Tally("16", "0", "0"), "UNM0004", "16");
        yield return T("count past 1000", Tally("1001", "0", "0"), "UNM0004", "tally.yes");
        yield return T("count past int.MaxValue", Tally("2147483648", "0", "0"), "UNM0004", "tally.yes");
        yield return T("count past long.MaxValue", Tally("99999999999999999999999", "0", "0"), "UNM0004", "tally.yes");
        yield return T("count of 1e400", Tally("1e400", "0", "0"), "UNM0004", "tally.yes");
        yield return T("count of -1e400", Tally("-1e400", "0", "0"), "UNM0004", "tally.yes");
        yield return T("fractional count", Tally("9.5", "0", "0"), Malformed, "tally.yes");
        yield return T("count as a string", Tally("\"9\"", "0", "0"), Malformed, "tally.yes");
        yield return T("count of 9e0", Tally("9e0", "0", "0"), Malformed, "tally.yes");
        yield return T("a thousand-digit count", Tally(new string('9', 1000), "0", "0"), "UNM0004", "tally.yes");

        // Encodings.
        yield return B("UTF-8 byte-order mark", [0xEF, 0xBB, 0xBF, .. U(Valid)], Malformed, "byte-order mark");
        yield return B("UTF-16 LE with BOM", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Valid)], Malformed, "not valid UTF-8 (byte 0xFF)");
        yield return B("UTF-16 BE without BOM", Encoding.BigEndianUnicode.GetBytes(Valid), Malformed, "malformed JSON");
        yield return B("invalid UTF-8 in a value", Splice(Valid, "S/2025/112", [0xFF, 0xFE]), Malformed, "UTF-8");
        yield return B("invalid UTF-8 in a key", Splice(Valid, "question", [0xC3, 0x28]), Malformed, "UTF-8");
        yield return B("invalid UTF-8 in a ballot code", Splice(Valid, "FRA", [0x46, 0x80, 0x41]), Malformed, "UTF-8");
        yield return B("overlong UTF-8 encoding", Splice(Valid, "2025-02-24", [0xC0, 0xAF]), Malformed, "UTF-8");
        yield return B("UTF-8-encoded surrogate", Splice(Valid, "Substantive", [0xED, 0xA0, 0x80]), Malformed, "UTF-8");
        yield return B("truncated UTF-8 sequence at the end", [.. U("{\"body\": \"SecurityCounc"), 0xE2, 0x82], Malformed, "line 1");
        yield return B("invalid UTF-8 outside any string", [.. U(Valid[..^1]), 0xFF, (byte)'}'], Malformed, "line 1");
        yield return B("Latin-1 text", Encoding.Latin1.GetBytes(Valid.Replace("S/2025/112", "S/2025/112é", StringComparison.Ordinal)), Malformed, "UTF-8");

        // Deep nesting.
        yield return T("10,000 nested arrays", new string('[', 10_000) + new string(']', 10_000), Malformed, "found an array");
        yield return T("10,000 nested objects", string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000), Malformed, "line 1");
        yield return T("nested objects in a ballot", Valid.Replace("\"Abstain\"", string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100), StringComparison.Ordinal), Malformed, "line 1");
        yield return T("a record nested in arrays", "[[[[[[[[[[" + Valid + "]]]]]]]]]]", Malformed, "line 1");

        // Batches: the bad record is named by its index.
        yield return T("batch with a bad third record", "[" + Valid + "," + Valid + "," + Valid.Replace("\"FRA\"", "\"XYZ\"", StringComparison.Ordinal) + "]", UnknownCode, "record 3");
        yield return T("batch with garbage between records", "[" + Valid + " x " + Valid + "]", Malformed, "line 1");

        // Sizes.
        yield return T("a 10 MB string value", Valid.Replace("S/2025/112", new string('S', 10_000_000), StringComparison.Ordinal), "UNM0010", "(10000000 characters)");
        yield return T("a 1 MB field name", Valid[..^1] + ", \"" + new string('k', 1_000_000) + "\": 1}", Malformed, "(1000000 characters)");

        // Echoed input stays on one line.
        yield return T("an escaped newline in a value", Valid.Replace("S/2025/112", "S/2025/\\n112", StringComparison.Ordinal), "UNM0010", "S/2025/\\u000a112");
        yield return T("an escaped newline in a field name", Valid[..^1] + ", \"a\\r\\nb\": 1}", Malformed, "a\\u000d\\u000ab");
        yield return T("a line separator in a value", Valid.Replace("Substantive", "Sub\u2028stantive", StringComparison.Ordinal), Malformed, "Sub\\u2028stantive");
        yield return T("an escaped NUL in a code", Valid.Replace("\"FRA\"", "\"FR\\u0000\"", StringComparison.Ordinal), UnknownCode, "FR\\u0000");

        // Many ballots.
        yield return T("a 17,576-ballot object (every code AAA-ZZZ)", "{\"body\": \"GeneralAssembly\", \"date\": \"2025-02-24\", \"question\": \"SimpleMajority\", \"ballots\": {" + string.Join(",", Enumerable.Range(0, 26 * 26 * 26).Select(i => "\"" + Code(i) + "\": \"Yes\"")) + "}}", UnknownCode, "AAA");
    }

    public static string Code(int i) => new([(char)('A' + (i / 676 % 26)), (char)('A' + (i / 26 % 26)), (char)('A' + (i % 26))]);

    private static string Tally(string yes, string no, string abstain, string permanentNo = "") =>
        "{\"body\": \"SecurityCouncil\", \"date\": \"2025-02-24\", \"question\": \"Substantive\", \"tally\": {\"yes\": " + yes + ", \"no\": " + no + ", \"abstain\": " + abstain + "}, \"permanentNo\": [" + permanentNo + "]}";

    private static BadInput T(string name, string text, string rule, string mentions) => new(name, U(text), rule, mentions);

    private static BadInput B(string name, byte[] bytes, string rule, string mentions) => new(name, bytes, rule, mentions);

    private static byte[] U(string s) => new UTF8Encoding(false).GetBytes(s);

    /// <summary>The valid record with raw bytes put in place of the first occurrence of a text.</summary>
    private static byte[] Splice(string json, string replace, byte[] with)
    {
        int at = json.IndexOf(replace, StringComparison.Ordinal);
        return [.. U(json[..at]), .. with, .. U(json[(at + replace.Length)..])];
    }
}
