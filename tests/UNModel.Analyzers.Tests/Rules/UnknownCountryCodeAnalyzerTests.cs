using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class UnknownCountryCodeAnalyzerTests
{
    [Fact]
    public Task A_code_that_is_not_three_capitals_is_reported() =>
        AnalyzeAsync<UnknownCountryCodeAnalyzer>(Method("""
                    var a = CountryCode.From({|UNM0017:"usa"|});
                    return CountryCode.From({|UNM0017:"US"|});
            """));

    [Fact]
    public Task A_code_no_Member_has_is_reported_by_MemberStates_Get() =>
        AnalyzeAsync<UnknownCountryCodeAnalyzer>(Method("""
                    var a = MemberStates.Get({|UNM0017:CountryCode.From("ZZZ")|});
                    return MemberStates.Get({|UNM0017:CountryCode.From("VAT")|});
            """));

    [Fact]
    public Task Valid_and_former_codes_and_TryFrom_are_valid() =>
        AnalyzeAsync<UnknownCountryCodeAnalyzer>(Method("""
                    var ok = CountryCode.TryFrom("usa", out _);
                    var ussr = MemberStates.Get(CountryCode.From("SUN"));
                    return (ok, ussr, CountryCode.From("ZZZ"), MemberStates.Get(CountryCode.From("USA")));
            """));
}
