using System.Reflection;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>
/// The methods on the analyzers' path of every vote are compiled once, optimized (<c>JitOnce</c>, docs/performance.md);
/// the same shared sources in the runtime library keep the runtime's usual tiers.
/// </summary>
public sealed class JitOnceTests
{
    private const MethodImplAttributes AggressiveOptimization = (MethodImplAttributes)512;

    public static TheoryData<string, string> PathOfAVote => new()
    {
        { "UNModel.Analyzers.Infrastructure.CompilationAnalysis+Slot", "OnInvocation" },
        { "UNModel.Analyzers.Infrastructure.CompilationAnalysis", "AnalyzeInvocation" },
        { "UNModel.Analyzers.Infrastructure.Model.VoteReader", "Read" },
        { "UNModel.Analyzers.Infrastructure.Domain.DomainReader", "TryGetState" },
        { "UNModel.Analyzers.Infrastructure.Flow.ConstantFlow", "Resolve" },
        { "UNModel.Core.VoteRules", "Check" },
        { "UNModel.Core.CharterFacts+Catalogue", "CouncilSeatOn" },
    };

    [Theory]
    [MemberData(nameof(PathOfAVote))]
    public void The_analyzers_compile_the_path_of_a_vote_once_optimized(string typeName, string methodName)
    {
        Assert.True(Has(typeof(UNModelAnalyzer).Assembly, typeName, methodName), $"{typeName}.{methodName} is not marked [MethodImpl(JitOnce.Options)]");
    }

    [Theory]
    [InlineData("UNModel.Core.VoteRules", "Check")]
    [InlineData("UNModel.Core.CharterFacts+Catalogue", "CouncilSeatOn")]
    [InlineData("UNModel.Core.DocumentSymbolGrammar", "TryParse")]
    public void The_runtime_library_keeps_the_usual_tiers(string typeName, string methodName)
    {
        // The same source, compiled into the library: the mark is no option there.
        Assert.NotNull(typeof(Vote).Assembly.GetType(typeName));
        Assert.False(Has(typeof(Vote).Assembly, typeName, methodName), $"{typeName}.{methodName} is compiled with AggressiveOptimization in the runtime library");
    }

    private static bool Has(Assembly assembly, string typeName, string methodName)
    {
        Type type = assembly.GetType(typeName) ?? throw new InvalidOperationException(typeName + " not found in " + assembly.GetName().Name);
        MethodInfo[] methods = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => m.Name == methodName).ToArray();
        Assert.NotEmpty(methods);
        return methods.All(m => (m.MethodImplementationFlags & AggressiveOptimization) != 0);
    }
}
