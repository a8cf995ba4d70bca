using System.CommandLine;
using System.Text.Json;
using UNModel.Serialization;

namespace UNModel.Cli.Commands;

/// <summary><c>unmodel decide FILE|- [--json]</c>: decides one vote record, or a batch, given as JSON.</summary>
internal static class DecideCommand
{
    public static Command Create(CliIO io)
    {
        var file = new Argument<string>("file") { Description = "The vote record (JSON object or array of objects); '-' reads standard input." };
        var json = new Option<bool>("--json") { Description = "Print the decision(s) as JSON." };
        var command = new Command("decide", "Decide a vote record as the Charter does and explain why. Exit code 2 on a bad record.");
        command.Arguments.Add(file);
        command.Options.Add(json);
        command.SetAction(parse => Run(io, parse.GetValue(file)!, parse.GetValue(json)));
        return command;
    }

    internal static int Run(CliIO io, string file, bool json)
    {
        byte[] input;
        try
        {
            input = ReadAll(io, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine("error " + RuleIds.MalformedRecord + ": cannot read '" + file + "': " + ex.Message);
            return Program.BadInput;
        }

        VoteRecordBatch batch;
        try
        {
            batch = VoteRecordReader.Read(input);
        }
        catch (UNModelException ex)
        {
            io.Error.WriteLine("error " + ex.Message);
            return Program.BadInput;
        }

        var decisions = new Decision[batch.Votes.Length];
        for (int i = 0; i < decisions.Length; i++)
        {
            decisions[i] = Charter.Decide(batch.Votes[i]);
        }

        if (json)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, Output.Indented))
            {
                if (batch.IsArray)
                {
                    w.WriteStartArray();
                }

                foreach (Decision d in decisions)
                {
                    w.WriteStartObject();
                    Output.WriteDecision(w, d);
                    w.WriteEndObject();
                }

                if (batch.IsArray)
                {
                    w.WriteEndArray();
                }
            }

            io.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
        else
        {
            foreach (Decision d in decisions)
            {
                io.Out.WriteLine(d.Explanation);
            }
        }

        return 0;
    }

    private static byte[] ReadAll(CliIO io, string file)
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
}
