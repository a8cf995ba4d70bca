using Vogen;

// The settings every Vogen value object of UNModel shares (CountryCode, SessionNumber): System.Text.Json and
// TypeConverter conversions, a public IsInitialized(), IParsable for the text, Equals(string) without the == and !=
// operators against a string (which would make `code == default` ambiguous), and no assembly-wide JSON converter
// factory (each type carries its own converter attribute).
[assembly: VogenDefaults(
    conversions: Conversions.SystemTextJson | Conversions.TypeConverter,
    disableStackTraceRecordingInDebug: true,
    parsableForStrings: ParsableForStrings.GenerateMethodsAndInterface,
    isInitializedMethodGeneration: IsInitializedMethodGeneration.Generate,
    systemTextJsonConverterFactoryGeneration: SystemTextJsonConverterFactoryGeneration.Omit,
    explicitlySpecifyTypeInValueObject: true,
    primitiveEqualityGeneration: PrimitiveEqualityGeneration.GenerateMethods)]
