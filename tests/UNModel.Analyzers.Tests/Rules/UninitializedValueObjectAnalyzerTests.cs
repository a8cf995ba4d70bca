using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class UninitializedValueObjectAnalyzerTests
{
    [Fact]
    public Task Default_and_new_of_every_value_object_are_reported() =>
        AnalyzeAsync(UninitializedValueObject.Rule, Method("""
                    CountryCode a = {|UNM0009:default|};
                    var b = {|UNM0009:default(DocumentSymbol)|};
                    var c = {|UNM0009:new Tally()|};
                    Ballot d = {|UNM0009:new()|};
                    var e = {|UNM0009:default(Decision)|};
                    return (a, b, c, d, e);
            """));

    [Fact]
    public Task Factories_comparisons_and_optional_parameters_are_valid() =>
        AnalyzeAsync(UninitializedValueObject.Rule, Usings + """
                public static class Sample
                {
                    public static bool Check(CountryCode code = default) => code == default || code.IsInitialized();

                    public static bool TryCode(string text, out CountryCode code)
                    {
                        if (text.Length == 3)
                        {
                            return CountryCode.TryFrom(text, out code);
                        }

                        code = default;
                        return false;
                    }

                    public static object Run() => (CountryCode.From("USA"), DocumentSymbol.From("S/2025/112"), Tally.From(1, 2, 3), default(int), new DateOnly(2025, 1, 1));
                }
                """);

    [Fact]
    public Task The_message_says_which_factory_to_use() =>
        AnalyzeAsync(UninitializedValueObject.Rule,
            Method("        return {|#0:default(CountryCode)|};"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(RuleIds.UninitializedValueObject, Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                .WithLocation(0)
                .WithArguments("default(CountryCode)", "CountryCode", "UninitializedValueObjectException", "CountryCode.From(\"USA\") or a catalogue member's Code"));
}
