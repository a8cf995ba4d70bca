using Microsoft.CodeAnalysis;

namespace UNModel.Analyzers.Infrastructure
{
    /// <summary>Categories and custom tags of UNModel's diagnostics.</summary>
    internal static class RuleCategories
    {
        /// <summary>A rule of the Charter or the rules of procedure (the law).</summary>
        public const string Charter = "UNModel.Charter";

        /// <summary>A usage rule of the UNModel API.</summary>
        public const string Usage = "UNModel.Usage";

        /// <summary>
        /// Tags of the Charter's rules: not configurable, so neither an <c>.editorconfig</c> severity nor <c>#pragma warning disable</c>
        /// can silence them; only a <c>[SuppressMessage]</c> with a justification can.
        /// </summary>
        public static readonly string[] CharterTags = { WellKnownDiagnosticTags.NotConfigurable, "UNModel.Charter" };

        /// <summary>Tags of the usage rules, configurable through <c>.editorconfig</c>.</summary>
        public static readonly string[] UsageTags = { "UNModel.Usage" };
    }
}
