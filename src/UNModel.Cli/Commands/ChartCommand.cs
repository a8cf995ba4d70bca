using System.CommandLine;
using System.Globalization;
using UNModel.Analysis;
using UNModel.Records;
using UNModel.Serialization;

namespace UNModel.Cli.Commands;

/// <summary>
/// <c>unmodel chart VOTE --svg FILE</c>: draws one vote as a hemicycle of seats coloured by ballot. VOTE is a seed vote id
/// (<c>ga-l10</c>, <c>sc-s2025-112</c>), a General Assembly roll call of the unvotes data (<c>rcid:3</c>), a JSON vote
/// record file, or a UN Digital Library voting CSV file.
/// </summary>
internal static class ChartCommand
{
    public static Command Create(CliIO io)
    {
        var vote = new Argument<string>("vote") { Description = "A seed vote id (e.g. ga-l10, sc-s2025-112), rcid:N for a roll call of the unvotes data, a JSON vote record file, or a UN Digital Library voting CSV file." };
        var svg = new Option<string>("--svg") { Description = "The SVG file to write.", Required = true };
        var index = new Option<string?>("--vote-id") { Description = "Which vote of a file holding several: its undl_id (CSV) or 1-based position (JSON). Default: the first." };
        var data = RecordData.DataOption();
        var command = new Command("chart", "Draw one vote as a hemicycle of seats coloured by ballot, with a legend and the engine's outcome (SVG).");
        command.Arguments.Add(vote);
        command.Options.Add(svg);
        command.Options.Add(index);
        command.Options.Add(data);
        command.SetAction(parse => Run(io, parse.GetValue(vote)!, parse.GetValue(svg)!, parse.GetValue(index), parse.GetValue(data)));
        return command;
    }

    private static int Run(CliIO io, string what, string svgFile, string? which, string? dataDir)
    {
        CliError.CheckOutputPath("chart", "--svg", svgFile);
        var notes = new List<string>();
        (Vote vote, string? title, string? source) = Resolve(io, what, which, dataDir, notes);
        CliError.WriteFile(svgFile, VoteChart.Svg(vote, title, source));
        foreach (string note in notes)
        {
            io.Error.WriteLine(note);
        }

        Decision d = Charter.Decide(vote);
        io.Out.WriteLine(vote + ": " + d.Outcome.ToString().ToLowerInvariant() + " " + Output.Counts(d) + ". Wrote " + svgFile);
        return 0;
    }

    private static (Vote Vote, string? Title, string? Source) Resolve(CliIO io, string what, string? which, string? dataDir, List<string> notes)
    {
        foreach (DateOnly date in SeedDays.Dates)
        {
            if (SeedDays.TryGet(date, out SeedDay? day))
            {
                foreach (RecordedVote r in day.Votes)
                {
                    if (string.Equals(r.Id, what, StringComparison.OrdinalIgnoreCase))
                    {
                        NoVoteId(which, "a seed vote");
                        return (r.Vote, null, "Source: " + r.Source);
                    }
                }
            }
        }

        string rcidText = what.StartsWith("rcid:", StringComparison.OrdinalIgnoreCase) ? what[5..] : what;
        if (!File.Exists(what) && int.TryParse(rcidText, NumberStyles.None, CultureInfo.InvariantCulture, out int rcid))
        {
            NoVoteId(which, "a roll call of the data");
            VotingRecord record = RecordData.Load(io, "chart", dataDir);
            RecordedRollCall rc = record.Find(rcid)
                ?? throw CliError.Usage("chart", "no roll call rcid " + rcid.ToString(CultureInfo.InvariantCulture) + " in the data (rcids run from " + record.RollCalls.Min(r => r.Id).ToString(CultureInfo.InvariantCulture) + " to " + record.RollCalls.Max(r => r.Id).ToString(CultureInfo.InvariantCulture) + ")");
            return (rc.Vote, "General Assembly, " + rc.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + ": " + (rc.Resolution is null && rc.ResolutionText is null ? "rcid " + rc.Id.ToString(CultureInfo.InvariantCulture) : rc.Reference), "rcid " + rc.Id.ToString(CultureInfo.InvariantCulture) + ": " + (rc.ShortDescription ?? string.Empty) + ". Data: Voeten et al., UN General Assembly Voting Data (CC0), unvotes package (MIT).");
        }

        if (!File.Exists(what))
        {
            throw CliError.Usage("chart", "'" + CliError.Shown(what) + "' is neither a seed vote id (" + string.Join(", ", SeedIds()) + "), nor rcid:N, nor a file");
        }

        try
        {
            if (what.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || what.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase))
            {
                VotingRecord record = UndlVotingCsvReader.Read(what);
                notes.AddRange(record.Report.Issues.Select(issue => "note " + issue));
                RecordedRollCall? rc = which is null ? record.RollCalls.FirstOrDefault() : int.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out int id) ? record.Find(id) : null;
                return rc is null
                    ? throw CliError.Rule(RuleIds.MalformedRecord, which is null ? "no vote could be read from '" + CliError.Shown(what) + "'" : "no vote with undl_id " + CliError.Shown(which) + " in '" + CliError.Shown(what) + "'")
                    : (rc.Vote, null, "UN Digital Library voting record " + rc.Id.ToString(CultureInfo.InvariantCulture) + (rc.Resolution is DocumentSymbol s ? " (" + s + ")" : string.Empty));
            }

            // Only the record drawn is decided: a bad record elsewhere in the batch is not this chart's concern.
            VoteRecordResults batch = VoteRecordReader.ReadEach(File.ReadAllBytes(what));
            if (batch.Records.IsEmpty)
            {
                throw CliError.Rule(RuleIds.MalformedRecord, "'" + CliError.Shown(what) + "' is an empty array: it holds no vote record to draw");
            }

            int position = 1;
            if (which is not null && (!int.TryParse(which, NumberStyles.None, CultureInfo.InvariantCulture, out position) || position < 1 || position > batch.Records.Length))
            {
                throw CliError.Usage("chart", "--vote-id for a JSON file is a record number from 1 to " + batch.Records.Length.ToString(CultureInfo.InvariantCulture));
            }

            VoteRecordResult chosen = batch.Records[position - 1];
            return (chosen.Vote ?? throw chosen.Error!, null, "Record: " + Path.GetFileName(what));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw CliError.File("read", what, ex);
        }
    }

    private static void NoVoteId(string? which, string what)
    {
        if (which is not null)
        {
            throw CliError.Usage("chart", "--vote-id picks a vote of a file holding several; " + what + " is one vote");
        }
    }

    private static IEnumerable<string> SeedIds()
    {
        foreach (DateOnly date in SeedDays.Dates)
        {
            if (SeedDays.TryGet(date, out SeedDay? day))
            {
                foreach (RecordedVote r in day.Votes)
                {
                    yield return r.Id;
                }
            }
        }
    }
}
