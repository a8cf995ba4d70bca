using UNModel;

// A usage rule (configurable): "S/RES/2774(2025)" is not a document symbol (the canonical form is "S/RES/2774 (2025)"),
// UNM0010, an error by default.
internal static class ConfigurableRule
{
    public static DocumentSymbol Symbol() => DocumentSymbol.Parse("S/RES/2774(2025)", null);
}
