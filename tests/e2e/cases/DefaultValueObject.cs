using UNModel;

// default bypasses CountryCode's factory (a Vogen value object): UNModel's own rule UNM0009 rejects it, without Vogen's.
internal static class DefaultValueObject
{
    public static CountryCode Make() => default(CountryCode);
}
