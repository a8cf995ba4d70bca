using System.Text;
using Microsoft.CodeAnalysis.Diagnostics;
using UNModel.Analyzers.Tests.Helpers;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>
/// A long method of votes sharing locals is analyzed without false positives. How long it takes is measured by the
/// build-cost benchmark (benchmarks/build-cost), not asserted here: speed targets live in benchmarks.
/// </summary>
public sealed class PerformanceTests
{
    [Fact]
    public async Task Three_hundred_valid_votes_in_one_method_sharing_locals_are_silent()
    {
        var body = new StringBuilder("        var date = new DateOnly(2025, 2, 24);\n        var council = Body.SecurityCouncil;\n        var votes = new List<Vote>();\n");
        for (int i = 0; i < 300; i++)
        {
            body.Append("        var d").Append(i).Append(" = Proposal.Draft(\"S/2025/").Append(i + 1).Append("\");\n");
            body.Append("        votes.Add(VoteBuilder.In(council, date).On(d").Append(i).Append(").Yes(MemberStates.France, MemberStates.China).No(MemberStates.Slovenia).Abstain(MemberStates.Denmark).Declared(DeclaredOutcome.Rejected).Build());\n");
        }

        body.Append("        return votes;");
        var compilation = Verifier.Compile(Verifier.Method(body.ToString()));
        var diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Create()).GetAnalyzerDiagnosticsAsync();

        Assert.Empty(diagnostics);
    }
}
