using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using UNModel.Records;

namespace UNModel.Cli.Commands;

/// <summary><c>unmodel import [--data DIR] [--two-thirds] [--all]</c>: imports the General Assembly roll calls and reports every row.</summary>
internal static class ImportCommand
{
    public static Command Create(CliIO io)
    {
        var data = RecordData.DataOption();
        var twoThirds = new Option<bool>("--two-thirds") { Description = "Decide every roll call by a two-thirds majority (Art. 18(2)) instead of a simple majority." };
        var all = new Option<bool>("--all") { Description = "List every note (re-dated roll calls) and every flagged roll call, not only the first ten." };
        var list = new Option<bool>("--list") { Description = "Also print every roll call: rcid, date, session, resolution, yes-no-abstain, outcome, margin (votes to spare or short) and flag." };
        var command = new Command("import", "Import the General Assembly roll calls (unvotes data, 1946-2019): map every ballot to a seat, decide each roll call, report every rejected row with its line.");
        command.Options.Add(data);
        command.Options.Add(twoThirds);
        command.Options.Add(all);
        command.Options.Add(list);
        command.SetAction(parse => Run(io, parse.GetValue(data), parse.GetValue(twoThirds), parse.GetValue(all), parse.GetValue(list)));
        return command;
    }

    private static int Run(CliIO io, string? dataDir, bool twoThirds, bool all, bool list)
    {
        var clock = Stopwatch.StartNew();
        var options = new UnvotesImportOptions { Question = twoThirds ? QuestionKind.TwoThirds : QuestionKind.SimpleMajority };
        VotingRecord record = RecordData.Load(io, "import", dataDir, options);
        clock.Stop();
        TextWriter o = io.Out;
        ImportReport report = record.Report;
        o.WriteLine("Imported " + N(record.RollCalls.Length) + " General Assembly roll calls from " + record.Source + " in " + clock.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s");
        foreach (ImportFileCount f in report.Files)
        {
            o.WriteLine("  " + f + (f.SilentlyDropped != 0 ? ", SILENTLY DROPPED " + N(f.SilentlyDropped) : string.Empty));
        }

        using (var self = Process.GetCurrentProcess())
        {
            o.WriteLine("  memory: peak working set " + (self.PeakWorkingSet64 / 1048576.0).ToString("0", CultureInfo.InvariantCulture) + " MB, managed heap after import " + (GC.GetTotalMemory(forceFullCollection: true) / 1048576.0).ToString("0", CultureInfo.InvariantCulture) + " MB, allocated in all " + (GC.GetTotalAllocatedBytes() / 1048576.0).ToString("0", CultureInfo.InvariantCulture) + " MB");
        }

        long silent = report.Read - report.Accepted - report.Rejected;
        o.WriteLine("  total: read " + N(report.Read) + ", accepted " + N(report.Accepted) + ", rejected " + N(report.Rejected) + ", silently dropped " + N(silent));
        var rejections = report.Issues.Where(i => i.IsRejection).ToList();
        var notes = report.Issues.Where(i => !i.IsRejection).ToList();
        if (rejections.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Rejected rows (" + N(rejections.Count) + "):");
            foreach (ImportIssue issue in rejections)
            {
                o.WriteLine("  " + issue);
            }
        }

        if (notes.Count > 0)
        {
            o.WriteLine();
            o.WriteLine("Notes (" + N(notes.Count) + "; the data's early dates are approximate, so a roll call is dated no earlier than the Assembly's first meeting or the admission of a state that voted in it):");
            foreach (ImportIssue issue in all ? notes : notes.Take(10))
            {
                o.WriteLine("  " + issue);
            }

            if (!all && notes.Count > 10)
            {
                o.WriteLine("  ... " + N(notes.Count - 10) + " more (--all lists them)");
            }
        }

        int adopted = record.RollCalls.Count(r => r.Decision.Outcome == VoteOutcome.Adopted);
        int equal = record.RollCalls.Count(r => r.Decision.Reason == DecisionReason.EquallyDivided);
        o.WriteLine();
        o.WriteLine("Decided by " + (twoThirds ? "a two-thirds majority" : "a simple majority") + " of those present and voting: " + N(adopted) + " carried, " + N(record.RollCalls.Length - adopted) + " not carried (" + N(equal) + " equally divided).");
        RecordedRollCall? closest = record.RollCalls.Where(r => r.Decision.Outcome == VoteOutcome.Adopted).OrderBy(r => r.Margin).ThenBy(r => r.Id).FirstOrDefault();
        if (closest is not null)
        {
            o.WriteLine("Narrowest carried: " + closest + " " + Output.Counts(closest.Decision) + ", margin " + Signed(closest.Margin) + ".");
        }

        ImmutableFlagged(o, record.Flagged, all);
        if (list)
        {
            o.WriteLine();
            o.WriteLine("Every roll call (margin = yes - required: votes to spare, or short when negative):");
            var rows = record.RollCalls.Select(r => new[]
            {
                r.Id.ToString(CultureInfo.InvariantCulture), r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Session.ToString(CultureInfo.InvariantCulture),
                r.Reference,
                Output.Counts(r.Decision), r.Decision.Outcome == VoteOutcome.Adopted ? "carried" : "not carried", Signed(r.Margin), r.IsFlagged ? "flagged" : string.Empty,
            }).ToList();
            Output.Table(o, ["rcid", "date", "session", "resolution", "yes-no-abst", "outcome", "margin", "flag"], rows);
        }

        return 0;
    }

    private static void ImmutableFlagged(TextWriter o, System.Collections.Immutable.ImmutableArray<RecordedRollCall> flagged, bool all)
    {
        o.WriteLine();
        o.WriteLine("Flagged for inspection (" + N(flagged.Length) + "): a resolution symbol is recorded for a vote on the text (not an amendment or paragraph) but the ballots do not carry it:");
        var rows = new List<string[]>();
        foreach (RecordedRollCall r in all ? flagged : flagged.Take(10))
        {
            rows.Add([r.Id.ToString(CultureInfo.InvariantCulture), r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Reference, Output.Counts(r.Decision), Signed(r.Margin), Trim(r.Description ?? r.ShortDescription ?? string.Empty, 60)]);
        }

        Output.Table(o, ["rcid", "date", "reference", "yes-no-abst", "margin", "description"], rows);
        if (!all && flagged.Length > 10)
        {
            o.WriteLine("... " + N(flagged.Length - 10) + " more (--all lists them)");
        }
    }

    internal static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    internal static string Signed(int n) => (n > 0 ? "+" : string.Empty) + n.ToString(CultureInfo.InvariantCulture);

    internal static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}

/// <summary>Finds and loads the roll-call data for the record commands, with a progress bar on a terminal.</summary>
internal static class RecordData
{
    public const string EnvironmentVariable = "UNMODEL_DATA";

    /// <summary>The folder, beside the program, that holds the compressed copy of the unvotes data the tool ships with.</summary>
    public static string Bundled => Path.Combine(AppContext.BaseDirectory, "data", "unvotes");

    public static Option<string?> DataOption() => new("--data")
    {
        Description = "Directory with roll_calls.csv, unvotes.csv, issues.csv (or .csv.gz). Default: $" + EnvironmentVariable + ", else the compressed copy of the unvotes data installed with the tool.",
    };

    /// <summary>The data directory: the option, else the environment variable, else the copy installed with the tool.</summary>
    public static string Locate(string? explicitDir)
    {
        if (!string.IsNullOrEmpty(explicitDir))
        {
            return explicitDir;
        }

        string? env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrEmpty(env) ? Bundled : env;
    }

    /// <summary>Loads the roll calls for a command; a missing or unreadable data folder ends the run with one error line.</summary>
    public static VotingRecord Load(CliIO io, string command, string? explicitDir, UnvotesImportOptions? options = null)
    {
        string dir = Locate(explicitDir);
        string from = !string.IsNullOrEmpty(explicitDir) ? "--data" : dir == Bundled ? "the tool's own copy" : "$" + EnvironmentVariable;
        if (File.Exists(dir))
        {
            throw CliError.Usage(command, from + " '" + CliError.Shown(dir) + "' is a file; give the folder that holds roll_calls.csv and unvotes.csv");
        }

        if (!UnvotesImporter.HasData(dir))
        {
            throw CliError.Usage(command, "no roll-call data in " + from + " '" + CliError.Shown(dir) + "': pass --data DIR (a folder with roll_calls.csv and unvotes.csv, plain or .gz) or set $" + EnvironmentVariable);
        }

        using ProgressBar? bar = ProgressBar.ForStandardError(io);
        try
        {
            return UnvotesImporter.Import(dir, options, bar);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            bar?.Dispose();
            throw CliError.File("read the data in", dir, ex);
        }
    }
}

/// <summary>A one-line progress bar on standard error, drawn only when it is a terminal.</summary>
internal sealed class ProgressBar : IProgress<ImportProgress>, IDisposable
{
    private readonly TextWriter error;
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private long lastDraw = -1000;
    private bool drawn;

    private ProgressBar(TextWriter error) => this.error = error;

    /// <summary>A bar when standard error is the console and a terminal; null when it is redirected (quiet).</summary>
    public static ProgressBar? ForStandardError(CliIO io) =>
        ReferenceEquals(io.Error, Console.Error) && !Console.IsErrorRedirected ? new ProgressBar(io.Error) : null;

    public void Report(ImportProgress value)
    {
        long now = clock.ElapsedMilliseconds;
        if (now - lastDraw < 100 && value.Fraction < 1)
        {
            return;
        }

        lastDraw = now;
        const int width = 30;
        int filled = (int)Math.Round(value.Fraction * width);
        error.Write("\r[" + new string('#', filled) + new string('.', width - filled) + "] " + (value.Fraction * 100).ToString("0", CultureInfo.InvariantCulture).PadLeft(3) + "% " + value.File.PadRight(15) + " " + value.Rows.ToString("N0", CultureInfo.InvariantCulture) + " rows ");
        drawn = true;
    }

    public void Dispose()
    {
        if (drawn)
        {
            error.Write("\r" + new string(' ', 79) + "\r");
            drawn = false;
        }
    }
}
