using System.Reflection;
using System.Text.RegularExpressions;

namespace UNModel.Tests;

/// <summary>
/// A value made without its factory (<c>default</c>, <c>new T()</c>, an array element) behaves one way whatever its type:
/// every public member throws <see cref="UninitializedValueObjectException"/> (UNM0009) naming a factory that exists,
/// except <c>IsInitialized()</c>, equality and hashing, and the text (<c>ToString</c>, formatting), which never throw and agree.
/// </summary>
public sealed partial class UninitializedValueTests
{
    /// <summary>The members that answer for an uninitialized value; everything else public must throw.</summary>
    private static readonly HashSet<string> Answering = ["IsInitialized", "Equals", "GetHashCode", "ToString", "TryFormat", "GetType"];

    private static readonly Type[] Types = [typeof(CountryCode), typeof(SessionNumber), typeof(DocumentSymbol), typeof(Tally), typeof(Ballot), typeof(Decision)];

    public static TheoryData<Type> ValueTypes => [.. Types];

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void Every_public_member_but_identity_and_text_throws_UNM0009(Type type)
    {
        object uninitialized = Activator.CreateInstance(type)!;
        var checkedMembers = new List<string>();
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            AssertThrowsUninitialized(type, property.Name, () => property.GetValue(uninitialized));
            checkedMembers.Add(property.Name);
        }

        foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
        {
            if (method.IsSpecialName || Answering.Contains(method.Name) && method.Name != "Equals" || IsEqualityWithItsOwnType(type, method))
            {
                continue;
            }

            object?[] arguments = [.. method.GetParameters().Select(p => SampleOf(p.ParameterType))];
            AssertThrowsUninitialized(type, method.Name, () => method.Invoke(uninitialized, arguments));
            checkedMembers.Add(method.Name);
        }

        Assert.NotEmpty(checkedMembers);
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void Identity_and_text_answer_for_an_uninitialized_value(Type type)
    {
        object uninitialized = Activator.CreateInstance(type)!;
        object other = Activator.CreateInstance(type)!;
        Assert.False((bool)type.GetMethod("IsInitialized", Type.EmptyTypes)!.Invoke(uninitialized, null)!);
        Assert.True(uninitialized.Equals(other));
        Assert.Equal(uninitialized.GetHashCode(), other.GetHashCode());
        Assert.True((bool)type.GetMethod("op_Equality", [type, type])!.Invoke(null, [uninitialized, other])!);
        Assert.False((bool)type.GetMethod("op_Inequality", [type, type])!.Invoke(null, [uninitialized, other])!);

        string text = uninitialized.ToString()!;
        Assert.Equal("(uninitialized " + type.Name + ")", text);
        Assert.Equal(text, $"{uninitialized}");
        Assert.Equal(text, string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", uninitialized));
        if (uninitialized is ISpanFormattable formattable)
        {
            Assert.Equal(text, formattable.ToString(null, null));
            char[] buffer = new char[64];
            Assert.True(formattable.TryFormat(buffer, out int written, default, null));
            Assert.Equal(text, new string(buffer, 0, written));
        }
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void An_uninitialized_value_is_unequal_to_a_made_one(Type type)
    {
        object uninitialized = Activator.CreateInstance(type)!;
        object made = SampleOf(type)!;
        Assert.False(uninitialized.Equals(made));
        Assert.False(made.Equals(uninitialized));
        Assert.False((bool)type.GetMethod("op_Equality", [type, type])!.Invoke(null, [uninitialized, made])!);
    }

    [Fact]
    public void The_message_names_a_factory_each_type_has()
    {
        foreach (Type type in Types)
        {
            string message = new UninitializedValueObjectException(type.Name).Message;
            MatchCollection factories = FactoryCall().Matches(message);
            Assert.NotEmpty(factories);
            foreach (Match factory in factories)
            {
                Type owner = typeof(Vote).Assembly.GetType("UNModel." + factory.Groups["type"].Value)
                    ?? throw new Xunit.Sdk.XunitException(message + ": no type " + factory.Groups["type"].Value);
                Assert.True(owner.GetMethod(factory.Groups["method"].Value, BindingFlags.Public | BindingFlags.Static) is not null
                    || owner.GetMethods(BindingFlags.Public | BindingFlags.Static).Any(m => m.Name == factory.Groups["method"].Value), message + ": no " + factory.Value);
            }
        }
    }

    [Fact]
    public void Decision_default_throws_rather_than_reporting_a_rejection()
    {
        Decision decision = default;
        Assert.Throws<UninitializedValueObjectException>(() => decision.Outcome);
        Assert.Throws<UninitializedValueObjectException>(() => decision.Yes);
        Assert.Contains("Charter.Decide(vote)", Assert.Throws<UninitializedValueObjectException>(() => decision.Explanation).Message, StringComparison.Ordinal);
    }

    private static bool IsEqualityWithItsOwnType(Type type, MethodInfo method) =>
        method.Name == "Equals" && method.GetParameters() is [var first, ..] && (first.ParameterType == type || first.ParameterType == typeof(object));

    private static void AssertThrowsUninitialized(Type type, string member, Action action)
    {
        Exception thrown = Assert.ThrowsAny<Exception>(action);
        Exception actual = thrown is TargetInvocationException { InnerException: { } inner } ? inner : thrown;
        var ex = Assert.IsType<UninitializedValueObjectException>(actual, exactMatch: true);
        Assert.Equal(RuleIds.UninitializedValueObject, ex.RuleId);
        Assert.True(ex.Message.Contains(type.Name, StringComparison.Ordinal), type.Name + "." + member + ": " + ex.Message);
    }

    private static object? SampleOf(Type type) => type switch
    {
        _ when type == typeof(CountryCode) => CountryCode.From("USA"),
        _ when type == typeof(SessionNumber) => SessionNumber.From("ES-11"),
        _ when type == typeof(DocumentSymbol) => DocumentSymbol.From("S/2025/112"),
        _ when type == typeof(Tally) => Tally.From(93, 18, 65),
        _ when type == typeof(Ballot) => Ballot.Yes(MemberStates.France),
        _ when type == typeof(Decision) => Charter.Decide(TestVotes.Council(new DateOnly(2025, 2, 24), "CHN DZA GUY KOR PAK PAN RUS SLE SOM USA", abstain: "DNK FRA GBR GRC SVN")),
        _ when type == typeof(string) => "USA",
        _ when type == typeof(StringComparer) => StringComparer.Ordinal,
        _ when type.IsValueType => Activator.CreateInstance(type),
        _ => null,
    };

    [GeneratedRegex(@"(?<type>[A-Z][A-Za-z]+)\.(?<method>[A-Z][A-Za-z]+)\(")]
    private static partial Regex FactoryCall();
}

/// <summary>Every error UNModel raises for bad input or a breach of the Charter is a <see cref="UNModelException"/> with a rule id.</summary>
public sealed class ExceptionFamilyTests
{
    [Fact]
    public void Every_public_exception_type_is_a_UNModelException()
    {
        Type[] exceptions = [.. typeof(Vote).Assembly.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t))];
        Assert.Contains(typeof(DocumentSymbolFormatException), exceptions);
        Assert.All(exceptions, t => Assert.True(typeof(UNModelException).IsAssignableFrom(t), t.Name + " is not a UNModelException"));
    }

    [Fact]
    public void A_bad_symbol_is_caught_as_a_UNModelException_with_UNM0010()
    {
        UNModelException? caught = null;
        try
        {
            _ = Proposal.Draft("s/res/2334");
        }
        catch (UNModelException ex)
        {
            caught = ex;
        }

        Assert.NotNull(caught);
        Assert.Equal(RuleIds.MalformedDocumentSymbol, caught.RuleId);
        Assert.Equal("s/res/2334", caught.Subject);
    }

    [Fact]
    public void Vogen_factories_throw_the_type_exception_with_the_rule_and_the_offending_text()
    {
        UnknownCountryCodeException code = Assert.Throws<UnknownCountryCodeException>(() => (CountryCode)"BUR");
        Assert.Equal((RuleIds.UnknownCountryCode, "BUR"), (code.RuleId, code.Subject));
        Assert.StartsWith("UNM0017: 'BUR' (Burma", code.Message, StringComparison.Ordinal);
        Assert.EndsWith("is a withdrawn ISO 3166 code; use MMR", code.Message, StringComparison.Ordinal);
        Assert.Equal("UNM0017: null is not a CountryCode; create one with CountryCode.From(\"USA\") or a catalogue member's Code", Assert.Throws<UnknownCountryCodeException>(() => CountryCode.From(null!)).Message);
        SessionNumberFormatException session = Assert.Throws<SessionNumberFormatException>(() => SessionNumber.From("ES11"));
        Assert.Equal((RuleIds.MalformedRecord, "ES11"), (session.RuleId, session.Subject));
        Assert.Equal(RuleIds.MalformedRecord, Assert.Throws<SessionNumberFormatException>(() => SessionNumber.Regular(0)).RuleId);
        Assert.False(CountryCode.TryFrom("usa").IsSuccess);
        Assert.Contains("is not a country code", CountryCode.TryFrom("usa").Error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Values_out_of_their_domain_are_UNModelExceptions_too()
    {
        Assert.Equal(RuleIds.MalformedRecord, Assert.Throws<MalformedRecordException>(() => Vote.RollCall(Body.SecurityCouncil, new DateOnly(2025, 2, 24), (QuestionKind)99, Proposal.Draft("S/2025/112"), [])).RuleId);
        Assert.Equal(RuleIds.CountsExceedMembership, Assert.Throws<UNModelException>(() => Majority.For(Body.SecurityCouncil, QuestionKind.Substantive, new DateOnly(2025, 2, 24)).Decide(9, -1)).RuleId);
        Assert.Equal(RuleIds.CountsExceedMembership, Assert.ThrowsAny<UNModelException>(() => Majority.For(Body.SecurityCouncil, QuestionKind.Substantive, new DateOnly(2025, 2, 24)).Decide(9, 1, 2)).RuleId);
        Assert.Equal(RuleIds.MalformedDocumentSymbol, Assert.Throws<DocumentSymbolFormatException>(() => DocumentSymbol.GeneralAssemblyResolution(0, 1)).RuleId);
        Assert.Equal(RuleIds.MalformedRecord, Assert.Throws<MalformedRecordException>(() => VoteBuilder.In(Body.SecurityCouncil, new DateOnly(2025, 2, 24)).Yes(MemberStates.France).Build()).RuleId);
        Assert.Throws<ArgumentNullException>(() => Proposal.Draft((string)null!));
    }
}
