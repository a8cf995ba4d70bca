using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using FsCheck.Fluent;
using UNModel.Reliability.Tests.Support;
using UNModel.Serialization;

namespace UNModel.Reliability.Tests;

/// <summary>Deciding the same votes from many threads at once gives exactly the sequential results.</summary>
public sealed class ConcurrencyTests
{
    private static readonly Vote[] Votes = [.. PropertyRun.Sample(Generators.RollCalls(), 1000, 120).Select(c => c.ToVote())];

    private sealed record Observed(VoteOutcome Outcome, DecisionReason Reason, int Yes, int? No, int? Abstain, int Required, string VetoedBy, string Explanation, LegalEffectKind Effect, string EffectText);

    private static Observed Observe(Vote v)
    {
        Decision d = Charter.Decide(v);
        LegalEffect e = d.LegalEffect;
        return new Observed(d.Outcome, d.Reason, d.Yes, d.No, d.Abstain, d.Required, string.Join(",", d.VetoedBy), d.Explanation, e.Kind, e.Explanation);
    }

    [Fact]
    public void Deciding_from_many_threads_gives_the_sequential_results()
    {
        Observed[] sequential = [.. Votes.Select(Observe)];
        const int Rounds = 8;
        var parallel = new Observed[Rounds * Votes.Length];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(8, Environment.ProcessorCount * 4) }, i =>
        {
            parallel[i] = Observe(Votes[i % Votes.Length]);
        });

        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % Votes.Length], parallel[i]);
        }
    }

    [Fact]
    public void Reading_and_deciding_records_from_many_threads_gives_the_sequential_results()
    {
        byte[][] records = [.. Votes.Take(300).Select(v => VoteRecordJson.Write(v))];
        Observed[] sequential = [.. records.Select(r => Observe(VoteRecordReader.Read(r).Votes[0]))];
        var parallel = new Observed[records.Length * 4];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            parallel[i] = Observe(VoteRecordReader.Read(records[i % records.Length]).Votes[0]);
        });

        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % records.Length], parallel[i]);
        }
    }

    [Fact]
    public void The_CLI_run_from_many_threads_gives_the_sequential_output()
    {
        byte[] batch = VoteRecordJson.WriteBatch(Votes.Take(50));
        CliResult expected = CliRunner.DecideStdin(batch, json: true);
        Assert.Equal(0, expected.ExitCode);
        var results = new CliResult[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            results[i] = i % 2 == 0 ? CliRunner.DecideStdin(batch, json: true) : CliRunner.DecideStdin(BadInputs.Named("unknown code").Bytes);
        });

        for (int i = 0; i < results.Length; i += 2)
        {
            Assert.Equal(expected, results[i]);
            Assert.Equal(2, results[i + 1].ExitCode);
        }
    }

    [Fact]
    public void Catalogue_queries_from_many_threads_agree()
    {
        DateOnly[] dates = [.. Enumerable.Range(0, 200).Select(i => new DateOnly(1946, 2, 1).AddDays(i * 145))];
        string Snapshot(DateOnly d) =>
            string.Join(",", MemberStates.MembersOn(d).Select(m => m.Code.Value)) + "|" + string.Join(",", Body.SecurityCouncil.VotersOn(d).Select(m => m.Code.Value))
            + "|" + string.Join(",", Body.SecurityCouncil.PermanentMembersOn(d).Select(m => m.Code.Value));
        string[] sequential = [.. dates.Select(Snapshot)];
        var parallel = new string[dates.Length * 4];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i => parallel[i] = Snapshot(dates[i % dates.Length]));
        for (int i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(sequential[i % dates.Length], parallel[i]);
        }
    }

    /// <summary>
    /// The catalogue is loaded lazily on first use. Load a fresh copy of UNModel.dll (its statics not yet initialised)
    /// and let many threads make the first call at the same moment, several times over.
    /// </summary>
    [Fact]
    public void The_catalogue_loads_once_and_correctly_when_first_used_from_many_threads_at_once()
    {
        string path = typeof(Vote).Assembly.Location;
        int expectedMembers = MemberStates.MembersOn(new DateOnly(2025, 2, 24)).Length;
        int expectedCouncil = Body.SecurityCouncil.VotersOn(new DateOnly(2025, 2, 24)).Length;
        string expectedCode = CountryCode.From("RUS").Value;
        for (int round = 0; round < 6; round++)
        {
            var context = new AssemblyLoadContext("unmodel-fresh-" + round, isCollectible: true);
            try
            {
                Assembly fresh = context.LoadFromAssemblyPath(path);
                Type members = fresh.GetType("UNModel.MemberStates", throwOnError: true)!;
                MethodInfo membersOn = members.GetMethod("MembersOn")!;
                Type body = fresh.GetType("UNModel.Body", throwOnError: true)!;
                object council = body.GetProperty("SecurityCouncil")!.GetValue(null)!;
                MethodInfo votersOn = council.GetType().GetMethod("VotersOn")!;
                object date = new DateOnly(2025, 2, 24);
                const int Threads = 16;
                using var start = new Barrier(Threads);
                var counts = new int[Threads];
                var errors = new Exception?[Threads];
                Thread[] threads = [.. Enumerable.Range(0, Threads).Select(t => new Thread(() =>
                {
                    try
                    {
                        start.SignalAndWait();
                        object result = t % 2 == 0 ? membersOn.Invoke(null, [date])! : votersOn.Invoke(council, [date])!;
                        counts[t] = (int)result.GetType().GetProperty("Length")!.GetValue(result)!;
                    }
                    catch (Exception ex)
                    {
                        errors[t] = ex;
                    }
                }))];
                foreach (Thread th in threads)
                {
                    th.Start();
                }

                foreach (Thread th in threads)
                {
                    th.Join();
                }

                Assert.All(errors, e => Assert.Null(e));
                for (int t = 0; t < Threads; t++)
                {
                    Assert.Equal(t % 2 == 0 ? expectedMembers : expectedCouncil, counts[t]);
                }
            }
            finally
            {
                context.Unload();
            }
        }

        Assert.Equal("RUS", expectedCode);
    }

    [Fact]
    public void Country_code_texts_are_the_same_from_many_threads()
    {
        string[] codes = CountryCodesFile.Accepted;
        var seen = new string[codes.Length];
        Parallel.For(0, codes.Length * 2, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            int k = i % codes.Length;
            string v = CountryCode.From(codes[k]).Value;
            Assert.Equal(codes[k], v);
            seen[k] = v;
        });
        Assert.Equal(codes, seen);
        _ = Encoding.UTF8;
        _ = ImmutableArray<int>.Empty;
    }
}
