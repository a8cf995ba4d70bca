using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace UNModel.Analyzers.Tests.Helpers;

/// <summary>Every analyzer and descriptor the analyzer assembly ships, found by reflection so a new rule cannot be forgotten.</summary>
internal static class AllAnalyzers
{
    public static Assembly Assembly { get; } = typeof(UNModelAnalyzer).Assembly;

    public static ImmutableArray<DiagnosticAnalyzer> Create() =>
    [
        .. Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!),
    ];

    public static ImmutableArray<DiagnosticDescriptor> Descriptors() => [.. Create().SelectMany(a => a.SupportedDiagnostics).OrderBy(d => d.Id, StringComparer.Ordinal)];

    /// <summary>The repository root (the folder that holds UNModel.sln).</summary>
    public static string RepositoryRoot()
    {
        string? dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "UNModel.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("UNModel.sln not found above " + AppContext.BaseDirectory);
    }
}
