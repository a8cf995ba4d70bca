using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using UNModel.Serialization;

namespace UNModel.Cli.Commands;

/// <summary><c>unmodel decide FILE|- [--json] [--keep-going]</c>: decides one vote record, or a batch, given as JSON.</summary>
internal static class DecideCommand
{
    public static Command Create(CliIO io)
    {
        var file = new Argument<string>("file") { Description = "The vote record (a JSON object, or an array of them); '-' reads standard input." };
        var json = new Option<bool>("--json") { Description = "Print the decision(s) as JSON." };
        var keepGoing = new Option<bool>("--keep-going")
        {
            Description = "In a batch (an array), decide every good record and report each bad one in its place (exit code 2 if any was bad). By default one bad record rejects the whole batch.",
        };
        var command = new Command("decide", "Decide a vote record as the Charter does and explain why. Exit code 2 on a bad record.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.Options.Add(keepGoing);
        command.SetAction(parse => Run(io, parse.GetValue(file)!, parse.GetValue(json), parse.GetValue(keepGoing)));
        return command;
    }

    private static int Run(CliIO io, string file, bool json, bool keepGoing)
    {
        byte[] input = ReadAll(io, file);
        if (!keepGoing)
        {
            VoteRecordBatch batch = VoteRecordReader.Read(input); // the first bad record ends the run (UNModelException)
            Write(io.Out, json, batch.IsArray, [.. batch.Votes.Select((v, i) => new VoteRecordResultView(i + 1, Charter.Decide(v), null))]);
            return 0;
        }

        VoteRecordResults results = VoteRecordReader.ReadEach(input);
        if (!results.IsArray && results.Records[0].Error is { } only)
        {
            throw only; // a single record: nothing else to keep
        }

        List<VoteRecordResultView> views = [.. results.Records.Select(r => new VoteRecordResultView(r.Number, r.Vote is { } v ? Charter.Decide(v) : null, r.Error))];
        Write(io.Out, json, results.IsArray, views);
        List<VoteRecordResultView> bad = [.. views.Where(v => v.Error is not null)];
        if (bad.Count == 0)
        {
            return 0;
        }

        // The good records were decided: keep them, and say on standard error how many were not.
        io.KeepOutput();
        VoteRecordException first = bad[0].Error!;
        throw CliError.Rule(first.RuleId, N(bad.Count) + " of " + N(views.Count) + " records rejected, each reported in its place (the first: record " + N(bad[0].Number) + ", line " + N(first.Line) + ", column " + N(first.Column) + ")");
    }

    private static void Write(TextWriter o, bool json, bool isArray, List<VoteRecordResultView> records)
    {
        if (!json)
        {
            foreach (VoteRecordResultView r in records)
            {
                o.WriteLine(r.Decision is Decision d ? d.Explanation : "record " + N(r.Number) + ": " + CliError.LineOf(r.Error!));
            }

            return;
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Output.Indented))
        {
            if (isArray)
            {
                w.WriteStartArray();
            }

            foreach (VoteRecordResultView r in records)
            {
                w.WriteStartObject();
                if (r.Decision is Decision d)
                {
                    Output.WriteDecision(w, d);
                }
                else
                {
                    VoteRecordException ex = r.Error!;
                    w.WriteNumber("record", r.Number);
                    w.WriteStartObject("error");
                    w.WriteString("rule", ex.RuleId);
                    w.WriteNumber("line", ex.Line);
                    w.WriteNumber("column", ex.Column);
                    w.WriteString("message", ex.Message);
                    w.WriteEndObject();
                }

                w.WriteEndObject();
            }

            if (isArray)
            {
                w.WriteEndArray();
            }
        }

        o.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static byte[] ReadAll(CliIO io, string file)
    {
        if (file != "-" && Directory.Exists(file))
        {
            throw CliError.Usage("decide", "'" + CliError.Shown(file) + "' is a folder; give a vote record file, or '-' for standard input");
        }

        try
        {
            // Read at most one byte past the limit, so a huge input is refused without being held whole.
            using Stream stream = file == "-" ? io.OpenStdin() : File.OpenRead(file);
            var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > VoteRecordReader.MaxInputBytes)
                {
                    break;
                }
            }

            return buffer.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw CliError.File("read", file, ex);
        }
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>One record as printed: its decision, or its error.</summary>
    private sealed record VoteRecordResultView(int Number, Decision? Decision, VoteRecordException? Error);
}
