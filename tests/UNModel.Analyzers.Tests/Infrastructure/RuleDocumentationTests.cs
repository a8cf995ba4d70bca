using System.Reflection;
using Microsoft.CodeAnalysis;
using UNModel.Analyzers.Tests.Helpers;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>Every rule has one descriptor, a help link to its page under docs/rules, a page, and a row in the release notes.</summary>
public sealed class RuleDocumentationTests
{
    private static readonly string Root = AllAnalyzers.RepositoryRoot();

    public static TheoryData<string> RuleIdsOfTheLibrary() => [.. LibraryIds()];

    private static List<string> LibraryIds() =>
        [.. typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];

    [Fact]
    public void Every_descriptor_links_to_its_page()
    {
        foreach (DiagnosticDescriptor descriptor in AllAnalyzers.Descriptors())
        {
            Assert.Equal(RuleIds.HelpLink(descriptor.Id), descriptor.HelpLinkUri);
            Assert.EndsWith("/docs/rules/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(Root, "docs", "rules", descriptor.Id + ".md")), "docs/rules/" + descriptor.Id + ".md");
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public void Every_id_has_one_descriptor_and_every_descriptor_a_library_id()
    {
        var ids = AllAnalyzers.Descriptors().Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        var library = LibraryIds().ToHashSet();
        Assert.All(ids, id => Assert.Contains(id, library));

        // Every rule the runtime throws has its analyzer, for the cases knowable at compile time.
        Assert.Equal(library.Order(StringComparer.Ordinal), ids);
    }

    [Theory]
    [MemberData(nameof(RuleIdsOfTheLibrary))]
    public void Every_rule_id_of_the_library_has_a_page_with_the_required_sections(string id)
    {
        string path = Path.Combine(Root, "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), "docs/rules/" + id + ".md");
        string page = File.ReadAllText(path);
        Assert.StartsWith("# " + id, page, StringComparison.Ordinal);
        foreach (string section in new[] { "## What", "## Why", "## Bad", "## Good", "## Suppression" })
        {
            Assert.Contains(section, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_descriptor_is_in_the_release_notes_with_its_category_and_severity()
    {
        string unshipped = File.ReadAllText(Path.Combine(Root, "analyzers", "UNModel.Analyzers", "AnalyzerReleases.Unshipped.md"));
        foreach (DiagnosticDescriptor descriptor in AllAnalyzers.Descriptors())
        {
            Assert.Contains(descriptor.Id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity + " |", unshipped, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_rules_index_lists_every_analyzer_with_its_title()
    {
        string[] rows = File.ReadAllLines(Path.Combine(Root, "docs", "rules", "README.md"));
        foreach (DiagnosticDescriptor descriptor in AllAnalyzers.Descriptors())
        {
            string title = descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains(rows, row => row.StartsWith("| [" + descriptor.Id + "](" + descriptor.Id + ".md) | " + title + " | ", StringComparison.Ordinal) && row.Contains("| yes |", StringComparison.Ordinal));
            Assert.StartsWith("# " + descriptor.Id + ": " + title, File.ReadAllText(Path.Combine(Root, "docs", "rules", descriptor.Id + ".md")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Charter_rules_are_not_configurable_and_usage_rules_are()
    {
        foreach (DiagnosticDescriptor descriptor in AllAnalyzers.Descriptors())
        {
            bool charter = descriptor.Category == "UNModel.Charter";
            Assert.Equal(charter, descriptor.CustomTags.Contains(WellKnownDiagnosticTags.NotConfigurable));
        }
    }
}
