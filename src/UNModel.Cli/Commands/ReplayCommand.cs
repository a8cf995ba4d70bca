using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace UNModel.Cli.Commands;

/// <summary><c>unmodel replay 2025-02-24 [--json]</c>: the day's votes, decided and explained.</summary>
internal static class ReplayCommand
{
    public static Command Create(CliIO io)
    {
        var dateArg = new Argument<string>("date") { Description = "The day to replay, yyyy-mm-dd (records exist for: " + string.Join(", ", SeedDays.Dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))) + ")." };
        var json = new Option<bool>("--json") { Description = "Print a JSON array instead of a table." };
        var command = new Command("replay", "Replay a recorded day of UN votes: outcome, reason, veto and legal effect of each.");
        command.Arguments.Add(dateArg);
        command.Options.Add(json);
        command.SetAction(parse => Run(io, parse.GetValue(dateArg)!, parse.GetValue(json)));
        return command;
    }

    private static int Run(CliIO io, string dateText, bool json)
    {
        DateOnly date = CliError.ParseDate("replay", "the date", dateText);
        if (!SeedDays.TryGet(date, out SeedDay? day))
        {
            throw CliError.Usage("replay", "no record for " + dateText + "; records exist for " + string.Join(", ", SeedDays.Dates.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        }

        if (json)
        {
            WriteJson(io.Out, day);
        }
        else
        {
            WriteTable(io.Out, day);
        }

        return 0;
    }

    private static string Document(RecordedVote r)
    {
        Proposal p = r.Vote.Proposal;
        return p.Symbol?.Value ?? (p.Kind == ProposalKind.Amendment ? "amendment to " + p.Amends : "motion");
    }

    private static void WriteTable(TextWriter o, SeedDay day)
    {
        o.WriteLine("UN votes of " + day.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        o.WriteLine();
        var rows = new List<string[]>();
        int n = 0;
        foreach (RecordedVote r in day.Votes)
        {
            Decision d = r.Decision;
            n++;
            rows.Add(
            [
                n.ToString(CultureInfo.InvariantCulture),
                Document(r),
                r.Vote.Body.Name,
                Output.Counts(d),
                d.Outcome.ToString(),
                Output.VetoedBy(d),
                Output.Effect(d.LegalEffect.Kind),
                r.Resolution?.Value ?? "-",
            ]);
        }

        Output.Table(o, ["#", "document", "body", "yes-no-abstain", "outcome", "vetoed by", "legal effect", "resolution"], rows);
        o.WriteLine();
        n = 0;
        foreach (RecordedVote r in day.Votes)
        {
            Decision d = r.Decision;
            n++;
            string? title = r.Vote.Proposal.Title is { } t && t != r.Vote.Proposal.ToString() ? t + ". " : null;
            o.WriteLine(n.ToString(CultureInfo.InvariantCulture) + ". " + title + d.Explanation);
            if (d.Outcome == VoteOutcome.Adopted)
            {
                o.WriteLine("   Legal effect: " + d.LegalEffect.Explanation);
            }

            o.WriteLine("   Source: " + r.Source + (r.IsConfirmedByUnRecord ? string.Empty : " [not confirmed by a UN record]") + (r.Note is { } note ? " " + note : string.Empty));
        }
    }

    private static void WriteJson(TextWriter o, SeedDay day)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Output.Indented))
        {
            w.WriteStartArray();
            foreach (RecordedVote r in day.Votes)
            {
                Decision d = r.Decision;
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("document", Document(r));
                w.WriteString("body", r.Vote.Body.Kind.ToString());
                w.WriteString("date", r.Vote.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("question", r.Vote.Question.ToString());
                Output.WriteDecision(w, d);
                w.WriteString("legalEffect", d.LegalEffect.Kind.ToString());
                w.WriteString("legalEffectExplanation", d.LegalEffect.Explanation);
                w.WriteString("explanation", d.Explanation);
                if (r.Resolution is DocumentSymbol res)
                {
                    w.WriteString("resolution", res.Value);
                }
                else
                {
                    w.WriteNull("resolution");
                }

                w.WriteString("title", r.Vote.Proposal.Title);
                w.WriteBoolean("confirmedByUnRecord", r.IsConfirmedByUnRecord);
                w.WriteString("source", r.Source);
                w.WriteString("note", r.Note);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        o.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
