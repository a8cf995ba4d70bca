using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>
/// What can silence a rule, as the compiler actually behaves: the Charter's rules are NotConfigurable, so an
/// <c>.editorconfig</c> severity and <c>#pragma warning disable</c> leave them in force; a <c>[SuppressMessage]</c> with a
/// justification silences them. Usage rules (UNM0009, UNM0010) follow the <c>.editorconfig</c>.
/// </summary>
public sealed class SuppressionPolicyTests
{
    private const string SloveniaVeto = "        return Ballot.{|UNM0001:Veto(MemberStates.Slovenia)|};";

    [Theory]
    [InlineData("none")]
    [InlineData("silent")]
    [InlineData("suggestion")]
    [InlineData("warning")]
    public Task An_editorconfig_severity_does_not_change_a_Charter_rule(string severity) =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule,
            Method(SloveniaVeto),
            "root = true\n\n[*]\ndotnet_diagnostic.UNM0001.severity = " + severity + "\ndotnet_analyzer_diagnostic.category-UNModel.Charter.severity = none\n");

    [Fact]
    public Task Pragma_warning_disable_does_not_silence_a_Charter_rule() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Method("#pragma warning disable UNM0001\n" + SloveniaVeto + "\n#pragma warning restore UNM0001"));

    [Fact]
    public Task A_justified_SuppressMessage_silences_a_Charter_rule() =>
        AnalyzeAsync(VetoByNonPermanentMember.Rule, Usings + """
            public static class Sample
            {
                [System.Diagnostics.CodeAnalysis.SuppressMessage("UNModel.Charter", "UNM0001", Justification = "Tests that the runtime rejects this veto.")]
                public static object Run() => Ballot.Veto(MemberStates.Slovenia);
            }
            """);

    [Fact]
    public Task An_editorconfig_severity_silences_a_usage_rule() =>
        AnalyzeAsync(UninitializedValueObject.Rule,
            Method("        return default(CountryCode);"),
            "root = true\n\n[*]\ndotnet_diagnostic.UNM0009.severity = none\n");

    [Fact]
    public Task Pragma_warning_disable_silences_a_usage_rule() =>
        AnalyzeAsync(UninitializedValueObject.Rule, Method("#pragma warning disable UNM0009\n        return default(CountryCode);\n#pragma warning restore UNM0009"));

    [Fact]
    public Task A_justified_SuppressMessage_silences_a_usage_rule() =>
        AnalyzeAsync(MalformedDocumentSymbol.Rule, Usings + """
            public static class Sample
            {
                [System.Diagnostics.CodeAnalysis.SuppressMessage("UNModel.Usage", "UNM0010", Justification = "Checks the runtime's message for a malformed symbol.")]
                public static object Run() => DocumentSymbol.From("s/2025/112");
            }
            """);

    [Fact]
    public Task An_editorconfig_severity_changes_a_usage_rule() =>
        AnalyzeAsync(UninitializedValueObject.Rule,
            Method("        return {|#0:default(CountryCode)|};"),
            "root = true\n\n[*]\ndotnet_diagnostic.UNM0009.severity = warning\n",
            new DiagnosticResult(RuleIds.UninitializedValueObject, DiagnosticSeverity.Warning).WithLocation(0).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations).WithMessage(null));
}
