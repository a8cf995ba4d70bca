using System;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using UNModel.Analysis;

namespace UNModel.Benchmarks;

/// <summary>
/// Exact Shapley–Shubik and Banzhaf indices (<see cref="VotingGame.Compute"/>, which gives both in one pass, in exact
/// rational arithmetic) of the Security Council on 24 February 2025: 5 permanent members with the veto, 10 elected, 9
/// affirmative votes required. The General Assembly's 193-member simple-majority game is measured for comparison.
/// </summary>
[BenchmarkCategory("VotingPower")]
public class VotingPowerBenchmarks
{
    private VotingGame council = null!;
    private VotingGame assembly = null!;

    /// <summary>Builds the games (not measured) and checks the classic result: a permanent member holds 421/2145 of the Shapley–Shubik power.</summary>
    [GlobalSetup]
    public void Setup()
    {
        council = VotingGame.Of(Body.SecurityCouncil, Fixtures.Day);
        assembly = VotingGame.Of(Body.GeneralAssembly, Fixtures.Day);
        ImmutableArray<ClassPower> power = council.Compute();
        if (power[0].ShapleyShubikNumerator != 421 || power[0].ShapleyShubikDenominator != 2145)
        {
            throw new InvalidOperationException("Unexpected Shapley–Shubik index of a permanent member: " + power[0].ShapleyShubikNumerator + "/" + power[0].ShapleyShubikDenominator + ".");
        }

        _ = assembly.Compute();
    }

    /// <summary>The Council's indices from the game.</summary>
    /// <returns>One entry per class.</returns>
    [Benchmark(Description = "Shapley–Shubik + Banzhaf, SC (5 P + 10 E)")]
    public ImmutableArray<ClassPower> ComputeCouncil() => council.Compute();

    /// <summary>The Council's game built from the catalogue and then solved.</summary>
    /// <returns>One entry per class.</returns>
    [Benchmark(Description = "VotingGame.Of(SC) + Compute")]
    public ImmutableArray<ClassPower> BuildAndComputeCouncil() => VotingGame.Of(Body.SecurityCouncil, Fixtures.Day).Compute();

    /// <summary>The Assembly's indices from the game (193 Members, simple majority).</summary>
    /// <returns>One entry.</returns>
    [Benchmark(Description = "Shapley–Shubik + Banzhaf, GA (193)")]
    public ImmutableArray<ClassPower> ComputeAssembly() => assembly.Compute();
}
