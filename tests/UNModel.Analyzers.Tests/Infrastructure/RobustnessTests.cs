using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using UNModel.Analyzers.Tests.Helpers;

namespace UNModel.Analyzers.Tests.Infrastructure;

/// <summary>Every analyzer runs over empty, half-typed and broken code without throwing (no AD0001), and stays silent without UNModel.</summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> Sources() =>
    [
        "",
        "using UNModel;",
        "using UNModel; class C { void M() { Ballot.Veto( } }",
        "using UNModel; class C { object M() => Ballot.Veto(MemberStates.); }",
        "using UNModel; class C { object M() => VoteBuilder.In(Body.SecurityCouncil, new System.DateOnly(2025, 2, )).Yes(MemberStates.Germany, ).Veto(",
        "using UNModel; class C { object M() => VoteBuilder.In(Body.SecurityCouncil, new System.DateOnly(2025, 13, 40)).On(Proposal.Draft(\"S/2025/112\")).Veto(MemberStates.Slovenia).Build(); }",
        "using UNModel; class C { object M() => VoteBuilder.In(null!, default).Yes(null!).Veto(null!).Ballots(null!).Build(); }",
        "using UNModel; class C { object M() => Vote.RollCall(Body.SecurityCouncil, new System.DateOnly(2025, 2, 24), (QuestionKind)99, Proposal.Draft(null!), [Ballot.Of(CountryCode.From(\"\"), (BallotChoice)0), .. null!, default]); }",
        "using UNModel; class C { object M() => Vote.FromTally(Body.Of((BodyKind)7), new System.DateOnly(1900, 1, 1), QuestionKind.Substantive, Proposal.Amendment(null, default), Tally.Partial(int.MaxValue, null, -5), [default, CountryCode.From(\"ZZZ\")], DeclaredOutcome.Vetoed(ObserverStates.HolySee, MemberStates.Slovenia)); }",
        "using UNModel; class C { object M() => Meeting.Create(Body.GeneralAssembly, new System.DateOnly(2025, 2, 24), default, [Vote.RollCall(, ]); }",
        "using UNModel; class C { object M() { var b = new Ballot(); var c = default(Tally); var d = DocumentSymbol.From(\"\"); return Proposal.Draft(\"a/\\u0000\"); } }",
        "using UNModel; class C { void M() { var d = new System.DateOnly(2025, 2, 24); d = d; var x = d; x = x.AddDays(1); Vote.RollCall(Body.SecurityCouncil, x, QuestionKind.Substantive, Proposal.Draft(\"S/2025/112\"), [Ballot.Yes(MemberStates.Germany)]); } }",
        "using UNModel; class C { object M(int i) => i switch { 0 => Ballot.Veto(MemberStates.Slovenia, MemberStates.France), _ => Ballot.Yes(ObserverStates.HolySee) }; }",
        "using UNModel; class C { object M() => Ballot.Veto(MemberStates.NotAState); }",
        "class Ballot { public static object Veto(object o) => o; } class C { object M() => Ballot.Veto(null); }",
        "using UNModel; class C { object M() { var x = int.MinValue; return Tally.From(-x, int.MaxValue, int.MaxValue); } }",
        "using UNModel; class C { object M() => Vote.FromTally(Body.SecurityCouncil, new System.DateOnly(2025, 2, 24), QuestionKind.Substantive, Proposal.Draft(\"S/2025/112\"), Tally.From(int.MaxValue, int.MaxValue, 1), null, DeclaredOutcome.Adopted); }",
        "using UNModel; class C { object M() => Vote.FromTally(Body.GeneralAssembly, new System.DateOnly(2025, 2, 24), QuestionKind.TwoThirds, Proposal.Draft(\"A/ES-11/L.10\"), Tally.Partial(int.MaxValue, int.MaxValue), declared: DeclaredOutcome.Adopted); }",
        "using UNModel; class P5 { bool Veto(string c) => c is \"CHN\" or \"FRA\" or or \"GBR\" or (\"RUS\" or \"USA\"; object[] p5 = { \"CHN\", \"FRA\", MemberStates., CountryCode.From(), \"USA\" }; object q = [MemberStates.China, MemberStates.France, MemberStates.UnitedKingdom, MemberStates.RussianFederation, MemberStates.UnitedStates.Code.]; }",
        "using UNModel; [System.Obsolete(new[] { \"CHN\", \"FRA\", \"GBR\", \"RUS\", \"USA\" })] class Veto { bool M(string c) => c == \"CHN\" || c == \"FRA\" || c == \"GBR\" || c == \"RUS\" || c == \"USA\" || ; }",
    ];

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task No_analyzer_throws(string source)
    {
        var exceptions = new List<Exception>();
        CSharpCompilation compilation = Verifier.Compile(source);
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]),
            onAnalyzerException: (e, _, _) => { lock (exceptions) { exceptions.Add(e); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(AllAnalyzers.Create(), options);
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAllDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task Analyzers_are_silent_when_UNModel_is_not_referenced()
    {
        const string source = """
            namespace UNModel
            {
                public sealed class State { }
                public static class MemberStates { public static State Slovenia => new(); }
                public readonly struct Ballot { public static Ballot Veto(State s) => default; }
                public static class C { public static object M() => Ballot.Veto(MemberStates.Slovenia); }
            }
            """;
        CSharpCompilation compilation = CSharpCompilation.Create(
            "NoUNModel",
            [CSharpSyntaxTree.ParseText(source)],
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        ImmutableArray<Diagnostic> diagnostics = await compilation.WithAnalyzers(AllAnalyzers.Create()).GetAnalyzerDiagnosticsAsync();

        // A look-alike "UNModel.Ballot" in another assembly is not UNModel: the analyzers register nothing.
        Assert.Empty(diagnostics);
    }

    [Fact]
    public async Task A_cancelled_analysis_stops_with_OperationCanceledException()
    {
        CSharpCompilation compilation = Verifier.Compile(Verifier.Method("return Ballot.Veto(MemberStates.Slovenia);"));
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var withAnalyzers = compilation.WithAnalyzers(AllAnalyzers.Create());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => withAnalyzers.GetAnalyzerDiagnosticsAsync(cts.Token));
    }
}
