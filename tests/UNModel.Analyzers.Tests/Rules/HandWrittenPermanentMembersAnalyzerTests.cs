using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class HandWrittenPermanentMembersAnalyzerTests
{
    private const string Header = """
                var ballot = Ballot.No(MemberStates.France);
                string code = ballot.State.Value;

        """;

    [Fact]
    public Task A_hash_set_of_the_five_codes_is_a_warning() =>
        AnalyzeAsync(
            HandWrittenPermanentMembers.Rule,
            Method(Header + """
                    var p5 = {|#0:new HashSet<string> { "CHN", "FRA", "GBR", "RUS", "USA" }|};
                    return p5.Contains(code);
            """),
            Expected(0, "list"));

    [Fact]
    public Task An_array_in_any_order_deciding_a_no_is_a_warning() =>
        AnalyzeAsync(HandWrittenPermanentMembers.Rule, Method(Header + """
                    string[] codes = [|new[] { "USA", "RUS", "GBR", "FRA", "CHN" }|];
                    string[] again = [|{ "GBR", "USA", "CHN", "RUS", "FRA" }|];
                    return codes.Contains(code) && again.Length > 0 && ballot.Choice == BallotChoice.No;
            """));

    [Fact]
    public Task A_collection_expression_is_a_warning() =>
        AnalyzeAsync(HandWrittenPermanentMembers.Rule, Method(Header + """
                    List<string> permanent = [|["CHN", "FRA", "GBR", "RUS", "USA"]|];
                    return permanent.Contains(code);
            """));

    [Fact]
    public Task A_chain_of_equality_tests_is_a_warning() =>
        AnalyzeAsync(
            HandWrittenPermanentMembers.Rule,
            Method(Header + """
                    bool mayVeto = {|#0:code == "CHN" || code == "FRA" || ("GBR" == code || code == "RUS") || code == "USA"|};
                    return mayVeto;
            """),
            Expected(0, "comparison"));

    [Fact]
    public Task An_or_pattern_is_a_warning_in_an_expression_and_in_a_switch() =>
        AnalyzeAsync(HandWrittenPermanentMembers.Rule, Method(Header + """
                    if (code is [|"CHN" or "FRA" or "GBR" or "RUS" or "USA"|] && ballot.Choice == BallotChoice.No)
                    {
                        return true;
                    }

                    switch (code)
                    {
                        case [|"USA" or "RUS" or ("GBR" or "FRA") or "CHN"|]:
                            return ballot.Choice == BallotChoice.No;
                        default:
                            return false;
                    }
            """));

    [Fact]
    public Task The_catalogue_s_members_their_codes_and_code_factories_are_warnings() =>
        AnalyzeAsync(HandWrittenPermanentMembers.Rule, Method(Header + """
                    State[] p5 = [|[MemberStates.China, MemberStates.France, MemberStates.UnitedKingdom, MemberStates.RussianFederation, MemberStates.UnitedStates]|];
                    var codes = [|new HashSet<CountryCode> { MemberStates.UnitedStates.Code, MemberStates.China.Code, MemberStates.France.Code, MemberStates.UnitedKingdom.Code, MemberStates.RussianFederation.Code }|];
                    CountryCode[] parsed = [|[CountryCode.From("CHN"), CountryCode.From("FRA"), CountryCode.From("GBR"), CountryCode.From("RUS"), CountryCode.From("USA")]|];
                    return p5.Length + codes.Count + parsed.Length;
            """));

    [Fact]
    public Task A_list_in_a_lambda_of_a_method_that_vetoes_is_a_warning() =>
        AnalyzeAsync(HandWrittenPermanentMembers.Rule, Method(Header + """
                    Ballot[] ballots = [ballot];
                    Func<Ballot, bool> vetoes = b => [|new List<string> { "CHN", "FRA", "GBR", "RUS", "USA" }|].Contains(b.State.Value) && b.Choice == BallotChoice.No;
                    return ballots.Count(vetoes);
            """));

    [Fact]
    public Task A_field_is_reported_when_a_member_that_names_it_decides_vetoes() =>
        AnalyzeAsync(HandWrittenPermanentMembers.Rule, Usings + """
            public static class Council
            {
                private static readonly HashSet<string> Seats = [|new() { "CHN", "FRA", "GBR", "RUS", "USA" }|];

                public static bool Blocks(Ballot ballot) => Seats.Contains(ballot.State.Value) && ballot.Choice == BallotChoice.No;
            }
            """);

    [Fact]
    public Task A_field_named_after_the_permanent_members_is_a_warning() =>
        AnalyzeAsync(HandWrittenPermanentMembers.Rule, Usings + """
            public static class Council
            {
                public static readonly string[] PermanentMembers = [|{ "CHN", "FRA", "GBR", "RUS", "USA" }|];
            }
            """);

    [Fact]
    public Task Four_codes_five_other_codes_or_a_repeated_code_are_valid() =>
        AnalyzeAsync(HandWrittenPermanentMembers.Rule, Method(Header + """
                    var p5 = new HashSet<string> { "CHN", "FRA", "GBR", "USA" };
                    string[] p5In1970 = ["CHN", "FRA", "GBR", "SUN", "USA"];
                    string[] p5Elected = { "DZA", "GUY", "KOR", "PAK", "PAN" };
                    string[] p5Twice = ["CHN", "CHN", "FRA", "GBR", "RUS"];
                    string[] p5AndMore = ["CHN", "FRA", "GBR", "RUS", "USA", "DEU"];
                    bool p5Veto = code == "CHN" || code == "FRA" || code == "GBR" || code == "RUS";
                    bool p5Mixed = code == "CHN" || code == "FRA" || code == "GBR" || code == "RUS" || code != "USA";
                    bool p5Pattern = code is "CHN" or "FRA" or "GBR" or "RUS" or "DEU";
                    return p5.Count + p5In1970.Length + p5Elected.Length + p5Twice.Length + p5AndMore.Length + (p5Veto || p5Mixed || p5Pattern ? 1 : 0)
                        + (ballot.Choice == BallotChoice.No ? 1 : 0);
            """));

    [Fact]
    public Task A_list_of_the_five_in_code_that_never_decides_vetoes_is_valid() =>
        AnalyzeAsync(HandWrittenPermanentMembers.Rule, Usings + """
            public static class Flags
            {
                private static readonly string[] Shown = ["CHN", "FRA", "GBR", "RUS", "USA"];

                public static string Legend() => string.Join(", ", Shown) + " " + (Shown is ["CHN", ..] ? "first" : "");

                public static bool Listed(string code) => code is "CHN" or "FRA" or "GBR" or "RUS" or "USA";

                public static bool Vetoed(Decision decision) => decision.IsVetoed;
            }
            """);

    [Fact]
    public Task A_look_alike_catalogue_is_not_UNModel_s() =>
        AnalyzeAsync(HandWrittenPermanentMembers.Rule, """
            using System.Collections.Generic;

            public static class MemberStates
            {
                public static string China => "CHN";
                public static string France => "FRA";
                public static string UnitedKingdom => "GBR";
                public static string RussianFederation => "RUS";
                public static string UnitedStates => "USA";
            }

            public static class Council
            {
                public static bool IsVeto(string code) =>
                    new List<string> { MemberStates.China, MemberStates.France, MemberStates.UnitedKingdom, MemberStates.RussianFederation, MemberStates.UnitedStates }.Contains(code);
            }
            """);

    [Fact]
    public async Task Without_a_UNModel_reference_nothing_is_reported()
    {
        const string source = """
            using System.Collections.Generic;
            public static class Council
            {
                public static bool IsVeto(string code) => new HashSet<string> { "CHN", "FRA", "GBR", "RUS", "USA" }.Contains(code);
            }
            """;
        CSharpCompilation compilation = CSharpCompilation.Create(
            "NoUNModel",
            [CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers([new UNModelAnalyzer()]).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(diagnostics);
    }

    [Fact]
    public Task An_editorconfig_severity_silences_the_rule() =>
        AnalyzeAsync(
            HandWrittenPermanentMembers.Rule,
            Method(Header + """
                    var p5 = new HashSet<string> { "CHN", "FRA", "GBR", "RUS", "USA" };
                    return p5.Contains(code);
            """),
            "root = true\n\n[*]\ndotnet_diagnostic.UNM0019.severity = none\n");

    private static DiagnosticResult Expected(int location, string form) =>
        new DiagnosticResult(RuleIds.HandWrittenPermanentMembers, DiagnosticSeverity.Warning)
            .WithLocation(location)
            .WithMessage("This " + form + " spells out today's five permanent members, but who holds a permanent seat depends on the date (Charter Article 23(1)): the USSR (SUN) held the seat the Russian Federation has continued since 24 December 1991, and the Republic of China held China's seat (CHN) until 25 October 1971; use Body.SecurityCouncil.IsPermanentMember(state, date) or Body.SecurityCouncil.PermanentMembersOn(date)");
}
