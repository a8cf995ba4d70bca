using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class UnknownCountryCodeAnalyzerTests
{
    [Fact]
    public Task A_code_that_is_not_three_capitals_is_reported() =>
        AnalyzeAsync(UnknownCountryCode.Rule, Method("""
                    var a = CountryCode.From({|UNM0017:"usa"|});
                    return CountryCode.From({|UNM0017:"US"|});
            """));

    [Fact]
    public Task A_code_outside_ISO_3166_and_the_former_seats_is_reported() =>
        AnalyzeAsync(UnknownCountryCode.Rule, Method("""
                    var a = CountryCode.From({|UNM0017:"XYZ"|});
                    var b = CountryCode.Parse({|UNM0017:"XYY"|}, null);
                    return MemberStates.Get(CountryCode.From({|UNM0017:"ZZZ"|}));
            """));

    [Fact]
    public Task A_withdrawn_code_is_reported_with_its_replacement_as_the_runtime_says() =>
        AnalyzeAsync(UnknownCountryCode.Rule,
            Method("""
                    return CountryCode.From({|#0:"BUR"|});
            """),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(RuleIds.UnknownCountryCode, Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0)
                .WithMessage(Assert.Throws<UnknownCountryCodeException>(() => CountryCode.From("BUR")).Message[(RuleIds.UnknownCountryCode.Length + 2)..]));

    [Fact]
    public Task A_code_no_Member_has_is_reported_by_MemberStates_Get() =>
        AnalyzeAsync(UnknownCountryCode.Rule, Method("""
                    var a = MemberStates.Get({|UNM0017:CountryCode.From("ATA")|});
                    return MemberStates.Get({|UNM0017:CountryCode.From("VAT")|});
            """));

    [Fact]
    public Task Valid_and_former_codes_and_TryFrom_are_valid() =>
        AnalyzeAsync(UnknownCountryCode.Rule, Method("""
                    var ok = CountryCode.TryFrom("usa", out _);
                    var ussr = MemberStates.Get(CountryCode.From("SUN"));
                    return (ok, ussr, CountryCode.From("ATA"), CountryCode.From("ZAN"), MemberStates.Get(CountryCode.From("USA")));
            """));
}
