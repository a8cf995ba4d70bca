using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using UNModel.Core;

namespace UNModel.Records;

/// <summary>Options of an unvotes import.</summary>
public sealed class UnvotesImportOptions
{
    /// <summary>The majority each roll call is decided by: <see cref="QuestionKind.SimpleMajority"/> (default) or <see cref="QuestionKind.TwoThirds"/>.</summary>
    public QuestionKind Question { get; init; } = QuestionKind.SimpleMajority;

    /// <summary>
    /// How many days a roll call's recorded date may be moved forward to the admission of a state that voted in it (the
    /// data's dates are approximate in early sessions); ballots of states admitted later than that are rejected. Default 60.
    /// </summary>
    public int MaxRedatingDays { get; init; } = 60;
}

/// <summary>
/// Imports the General Assembly roll calls of the unvotes data (Voeten, Strezhnev and Bailey; packaged by D. Robinson):
/// <c>roll_calls.csv</c>, <c>unvotes.csv</c> and, optionally, <c>issues.csv</c>, each plain or gzip-compressed
/// (<c>.csv.gz</c>). Every ballot is mapped to a seat of the catalogue by date (<see cref="UnvotesCountries"/>) and each
/// roll call becomes a <see cref="Vote"/> checked by the engine. Each row that cannot be used is reported with its line;
/// nothing is dropped silently.
/// </summary>
public static class UnvotesImporter
{
    /// <summary>The roll-call file's name.</summary>
    public const string RollCallsFile = "roll_calls.csv";

    /// <summary>The ballot file's name.</summary>
    public const string VotesFile = "unvotes.csv";

    /// <summary>The issue file's name.</summary>
    public const string IssuesFile = "issues.csv";

    /// <summary>
    /// The first regular session whose <c>unres</c> (<c>R/N/x</c>) is the resolution's number: the eighteenth (1963). Before
    /// it the data gives the page of the plenary Official Records on which the vote is printed (one row is even written
    /// <c>GOAR/1/1288B</c>): session I's references run to 1465 though it adopted about a hundred resolutions, and none of
    /// 181 (II), 377 (V), 1514 (XV) has its own number in the data, while 2758 (XXVI) and 3379 (XXX) do
    /// (docs/records.md, "Resolution symbols"; the boundary is tested on these votes).
    /// </summary>
    public const int FirstNumberedSession = 18;

    private static readonly Regex Regular = new(@"^(?:R|GOAR)/(\d+)/(\d+)([A-Z]*)(?:/([A-Z]+))?$", RegexOptions.CultureInvariant);
    private static readonly Regex Special = new(@"^(ESS|SS)/(\d+)/(\d+)([A-Z]*)$", RegexOptions.CultureInvariant);

    /// <summary>Whether a directory holds the unvotes files (plain or <c>.gz</c>).</summary>
    /// <param name="directory">The directory.</param>
    /// <returns>Whether <c>roll_calls.csv</c> and <c>unvotes.csv</c> (or their <c>.gz</c>) are there.</returns>
    public static bool HasData(string directory) => Locate(directory, RollCallsFile) is not null && Locate(directory, VotesFile) is not null;

    /// <summary>Imports the files of a directory.</summary>
    /// <param name="directory">A directory with <c>roll_calls.csv</c>, <c>unvotes.csv</c> and optionally <c>issues.csv</c> (or <c>.csv.gz</c>).</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <param name="progress">Receives progress while the files are read, or null.</param>
    /// <returns>The record.</returns>
    /// <exception cref="FileNotFoundException">When a required file is missing.</exception>
    /// <exception cref="MalformedRecordException">UNM0016 when a file lacks a required column.</exception>
    public static VotingRecord Import(string directory, UnvotesImportOptions? options = null, IProgress<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string rollCalls = Locate(directory, RollCallsFile) ?? throw new FileNotFoundException("No " + RollCallsFile + " (or .gz) in " + directory + ".", Path.Combine(directory, RollCallsFile));
        string votes = Locate(directory, VotesFile) ?? throw new FileNotFoundException("No " + VotesFile + " (or .gz) in " + directory + ".", Path.Combine(directory, VotesFile));
        string? issues = Locate(directory, IssuesFile);
        var rows = new long[1];
        using TextReader rc = Open(rollCalls, RollCallsFile, progress, rows);
        using TextReader? iss = issues is null ? null : Open(issues, IssuesFile, progress, rows);
        using TextReader v = Open(votes, VotesFile, progress, rows);
        return Import(directory, rc, v, iss, options, rows);
    }

    /// <summary>Imports from readers (e.g. small files written by tests).</summary>
    /// <param name="rollCalls"><c>roll_calls.csv</c>.</param>
    /// <param name="votes"><c>unvotes.csv</c>.</param>
    /// <param name="issues"><c>issues.csv</c>, or null.</param>
    /// <param name="options">Options, or null for the defaults.</param>
    /// <returns>The record.</returns>
    /// <exception cref="MalformedRecordException">UNM0016 when a file lacks a required column.</exception>
    public static VotingRecord Import(TextReader rollCalls, TextReader votes, TextReader? issues = null, UnvotesImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rollCalls);
        ArgumentNullException.ThrowIfNull(votes);
        return Import("(readers)", rollCalls, votes, issues, options, new long[1]);
    }

    internal static string? Locate(string directory, string name)
    {
        string plain = Path.Combine(directory, name);
        if (File.Exists(plain))
        {
            return plain;
        }

        return File.Exists(plain + ".gz") ? plain + ".gz" : null;
    }

    private static TextReader Open(string path, string name, IProgress<ImportProgress>? progress, long[] rows)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        long total = file.Length;
        Stream counted = new ProgressStream(file, progress is null ? null : bytes => progress.Report(new ImportProgress(name, bytes, total, rows[0])));
        progress?.Report(new ImportProgress(name, 0, total, rows[0]));
        return RecordFiles.Reader(path, counted);
    }

    private static VotingRecord Import(string source, TextReader rollCalls, TextReader votes, TextReader? issues, UnvotesImportOptions? options, long[] rows)
    {
        options ??= new UnvotesImportOptions();
        if (!Body.GeneralAssembly.Decides(options.Question))
        {
            throw new CharterViolationException(RuleIds.QuestionKindNotValidForBody, "the General Assembly does not decide '" + options.Question + "' questions: import with SimpleMajority or TwoThirds (Charter Art. 18)", options.Question.ToString());
        }

        var state = new ImportState();
        var order = new List<RollCallRow>();
        var byId = new Dictionary<int, RollCallRow>();
        ReadRollCalls(rollCalls, state, order, byId, rows);
        if (issues is not null)
        {
            ReadIssues(issues, state, byId, rows);
        }

        ReadVotes(votes, state, byId, rows);
        ImmutableArray<RecordedRollCall> built = Build(order, state, options);
        return new VotingRecord(source, built, state.Report());
    }

    private static void ReadRollCalls(TextReader input, ImportState state, List<RollCallRow> order, Dictionary<int, RollCallRow> byId, long[] rows)
    {
        rows[0] = 0;
        using var csv = new CsvReader(input);
        Header h = Header.Read(csv, RollCallsFile, "rcid", "session", "importantvote", "date", "unres", "amend", "para", "short", "descr");
        FileCounter count = state.File(RollCallsFile);
        while (csv.Read())
        {
            rows[0]++;
            count.Read++;
            IReadOnlyList<string> f = csv.Fields;
            string? error = h.CheckShape(csv);
            int id = 0, session = 0;
            DateOnly date = default;
            bool? important = null, amend = null, para = null;
            if (error is null && !TryPositive(f[h["rcid"]], out id))
            {
                error = "rcid '" + f[h["rcid"]] + "' is not a positive whole number";
            }

            if (error is null && !IsNa(f[h["session"]]) && !TryPositive(f[h["session"]], out session))
            {
                error = "session '" + f[h["session"]] + "' is not a positive whole number or NA";
            }

            if (error is null && !DateOnly.TryParseExact(f[h["date"]], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            {
                error = "date '" + f[h["date"]] + "' is not written yyyy-mm-dd";
            }

            if (error is null)
            {
                error = Flag(f[h["importantvote"]], "importantvote", out important) ?? Flag(f[h["amend"]], "amend", out amend) ?? Flag(f[h["para"]], "para", out para);
            }

            if (error is null && byId.ContainsKey(id))
            {
                state.Reject(count, ImportIssueKind.Orphan, csv.Line, "a second row for rcid " + id.ToString(CultureInfo.InvariantCulture) + " (first on line " + byId[id].Line.ToString(CultureInfo.InvariantCulture) + ")");
                continue;
            }

            if (error is not null)
            {
                state.Reject(count, ImportIssueKind.Malformed, csv.Line, error);
                continue;
            }

            var row = new RollCallRow(id, session, date, NullIfNa(f[h["unres"]]), amend, para, important, NullIfNa(f[h["short"]]), NullIfNa(f[h["descr"]]), csv.Line);
            order.Add(row);
            byId.Add(id, row);
            count.Accepted++;
        }
    }

    private static void ReadIssues(TextReader input, ImportState state, Dictionary<int, RollCallRow> byId, long[] rows)
    {
        rows[0] = 0;
        using var csv = new CsvReader(input);
        Header h = Header.Read(csv, IssuesFile, "rcid", "short_name", "issue");
        FileCounter count = state.File(IssuesFile);
        while (csv.Read())
        {
            rows[0]++;
            count.Read++;
            IReadOnlyList<string> f = csv.Fields;
            string? error = h.CheckShape(csv);
            if (error is null && !TryPositive(f[h["rcid"]], out _))
            {
                error = "rcid '" + f[h["rcid"]] + "' is not a positive whole number";
            }

            if (error is null && (IsNa(f[h["short_name"]]) || IsNa(f[h["issue"]])))
            {
                error = "the issue or its short name is missing";
            }

            if (error is not null)
            {
                state.Reject(count, ImportIssueKind.Malformed, csv.Line, error);
                continue;
            }

            int id = int.Parse(f[h["rcid"]], NumberStyles.None, CultureInfo.InvariantCulture);
            if (!byId.TryGetValue(id, out RollCallRow? row))
            {
                state.Reject(count, ImportIssueKind.Orphan, csv.Line, "rcid " + id.ToString(CultureInfo.InvariantCulture) + " is not in " + RollCallsFile);
                continue;
            }

            string shortName = f[h["short_name"]];
            if (row.Issues.Exists(i => i.ShortName == shortName))
            {
                state.Reject(count, ImportIssueKind.Orphan, csv.Line, "rcid " + id.ToString(CultureInfo.InvariantCulture) + " is already coded under '" + shortName + "'");
                continue;
            }

            row.Issues.Add(new RollCallIssue(shortName, f[h["issue"]]));
            count.Accepted++;
        }
    }

    private static void ReadVotes(TextReader input, ImportState state, Dictionary<int, RollCallRow> byId, long[] rows)
    {
        rows[0] = 0;
        using var csv = new CsvReader(input);
        Header h = Header.Read(csv, VotesFile, "rcid", "country", "country_code", "vote");
        int rcid = h["rcid"], country = h["country"], code = h["country_code"], vote = h["vote"];
        FileCounter count = state.File(VotesFile);
        RollCallRow? last = null;
        while (csv.Read())
        {
            rows[0]++;
            count.Read++;
            IReadOnlyList<string> f = csv.Fields;
            string? error = h.CheckShape(csv);
            if (error is not null)
            {
                state.Reject(count, ImportIssueKind.Malformed, csv.Line, error);
                continue;
            }

            if (!TryPositive(f[rcid], out int id))
            {
                state.Reject(count, ImportIssueKind.Malformed, csv.Line, "rcid '" + f[rcid] + "' is not a positive whole number");
                continue;
            }

            BallotChoice choice;
            switch (f[vote])
            {
                case "yes": choice = BallotChoice.Yes; break;
                case "no": choice = BallotChoice.No; break;
                case "abstain": choice = BallotChoice.Abstain; break;
                default:
                    state.Reject(count, ImportIssueKind.Malformed, csv.Line, "vote '" + f[vote] + "' is not yes, no or abstain");
                    continue;
            }

            RollCallRow? row = last is not null && last.Id == id ? last : byId.GetValueOrDefault(id);
            if (row is null)
            {
                state.Reject(count, ImportIssueKind.Orphan, csv.Line, "rcid " + id.ToString(CultureInfo.InvariantCulture) + " is not in " + RollCallsFile);
                continue;
            }

            last = row;
            if (!UnvotesCountries.TryMap(f[country], f[code], row.Date, out CountryCode seat, out string? why))
            {
                state.Reject(count, ImportIssueKind.Unmapped, csv.Line, why + " (rcid " + id.ToString(CultureInfo.InvariantCulture) + ", " + row.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")");
                continue;
            }

            // Accepted or refused later, when the roll call is built.
            row.Ballots.Add(new PendingBallot(seat, choice, csv.Line));
        }
    }

    private static ImmutableArray<RecordedRollCall> Build(List<RollCallRow> order, ImportState state, UnvotesImportOptions options)
    {
        FileCounter votes = state.File(VotesFile);
        DateOnly firstMeeting = Body.GeneralAssembly.FirstMeeting;
        ImmutableArray<RecordedRollCall>.Builder result = ImmutableArray.CreateBuilder<RecordedRollCall>(order.Count);
        var seen = new HashSet<CountryCode>();
        var accepted = new List<Ballot>(200);
        foreach (RollCallRow row in order)
        {
            DateOnly date = row.Date < firstMeeting ? firstMeeting : row.Date;
            string? why = row.Date < firstMeeting ? "the General Assembly first met on " + Iso(firstMeeting) : null;
            foreach (PendingBallot b in row.Ballots)
            {
                if (MemberStates.TryGet(b.State, out MemberState? m) && m.Admitted > date && m.Admitted.DayNumber - row.Date.DayNumber <= options.MaxRedatingDays)
                {
                    date = m.Admitted;
                    why = m.Name + " (" + m.Code.Value + "), admitted " + Iso(m.Admitted) + ", voted in it";
                }
            }

            if (date != row.Date)
            {
                state.Note(ImportIssueKind.Redated, RollCallsFile, row.Line, "rcid " + row.Id.ToString(CultureInfo.InvariantCulture) + " recorded on " + Iso(row.Date) + " is dated " + Iso(date) + " for the engine: " + why);
            }

            seen.Clear();
            accepted.Clear();
            var lines = new List<long>(row.Ballots.Count);
            foreach (PendingBallot b in row.Ballots)
            {
                CountryCode code = b.State;
                if (!MemberStates.TryGet(code, out MemberState? m) || !m.HoldsSeatOn(date))
                {
                    string held = m is null ? "is not in the catalogue" : "held its seat from " + Iso(m.Admitted) + (m.Left is DateOnly l ? " to " + Iso(l) : string.Empty);
                    state.Reject(votes, ImportIssueKind.Refused, b.Line, code.Value + " was not a Member on " + Iso(date) + " (rcid " + row.Id.ToString(CultureInfo.InvariantCulture) + "): it " + held);
                    continue;
                }

                if (!seen.Add(code))
                {
                    state.Reject(votes, ImportIssueKind.Refused, b.Line, code.Value + " has a second ballot in rcid " + row.Id.ToString(CultureInfo.InvariantCulture) + " (UNM0003: one Member, one vote)");
                    continue;
                }

                accepted.Add(Ballot.Of(code, b.Choice));
                lines.Add(b.Line);
            }

            Vote vote;
            try
            {
                vote = Vote.RollCall(Body.GeneralAssembly, date, options.Question, ProposalFor(row, out DocumentSymbol? symbol, out string? part), accepted);
                RecordedRollCall recorded = new(row.Id, row.Session, row.Date, vote, row.Resolution, symbol, part, row.Amend, row.Para, row.Important, row.Short, row.Description, [.. row.Issues], row.Line);
                result.Add(recorded);
                votes.Accepted += accepted.Count;
            }
            catch (UNModelException ex)
            {
                // The roll call as a whole is refused by the engine: reject it and each of its ballots, by line.
                FileCounter rollCalls = state.File(RollCallsFile);
                rollCalls.Accepted--;
                state.Reject(rollCalls, ImportIssueKind.Refused, row.Line, "rcid " + row.Id.ToString(CultureInfo.InvariantCulture) + " refused by the engine: " + ex.Message);
                foreach (long line in lines)
                {
                    state.Reject(votes, ImportIssueKind.Refused, line, "the roll call rcid " + row.Id.ToString(CultureInfo.InvariantCulture) + " was refused: " + ex.RuleId);
                }
            }
        }

        return result.MoveToImmutable();
    }

    /// <summary>The proposal of a roll call, from its resolution symbol: an amendment to it, or the text itself; a motion titled with the description when there is no usable symbol.</summary>
    private static Proposal ProposalFor(RollCallRow row, out DocumentSymbol? symbol, out string? part)
    {
        symbol = ParseResolution(row.Resolution, row.Date, row.Session, out part);
        string title = row.Short ?? row.Description ?? "roll call " + row.Id.ToString(CultureInfo.InvariantCulture);
        if (symbol is DocumentSymbol s)
        {
            return row.Amend == true ? Proposal.Amendment(null, s, title) : Proposal.Draft(s, title);
        }

        return Proposal.Motion(title);
    }

    /// <summary>
    /// Reads the data's resolution symbols: <c>R/26/2758</c> → <c>A/RES/2758 (XXVI)</c>, <c>R/31/6K</c> → <c>A/RES/31/6</c>
    /// part K, <c>A/RES/71/5</c> as is; null before <see cref="FirstNumberedSession"/> (a page reference, not a resolution)
    /// and where the reference names another session than the roll call's.
    /// </summary>
    internal static DocumentSymbol? ParseResolution(string? text, DateOnly date, int rowSession, out string? part)
    {
        part = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        if (DocumentSymbol.Normalize(text) is string canonical && DocumentSymbol.TryFrom(canonical, out DocumentSymbol direct))
        {
            return direct;
        }

        string? candidate = null;
        Match m = Regular.Match(text);
        if (m.Success)
        {
            part = Join(m.Groups[3].Value, m.Groups[4].Value);
            if (int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int session) && session >= FirstNumberedSession && session == rowSession
                && int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int number) && number > 0)
            {
                return DocumentSymbol.GeneralAssemblyResolution(session, number);
            }
        }
        else if ((m = Special.Match(text)).Success && date.Year >= 1976)
        {
            candidate = "A/RES/" + (m.Groups[1].Value == "ESS" ? "ES-" : "S-") + m.Groups[2].Value + "/" + m.Groups[3].Value.TrimStart('0');
            part = Join(m.Groups[4].Value, string.Empty);
        }

        if (candidate is not null && DocumentSymbol.TryFrom(candidate, out DocumentSymbol symbol))
        {
            return symbol;
        }

        part = null;
        return null;
    }

    private static string? Join(string a, string b) => a.Length == 0 && b.Length == 0 ? null : a.Length == 0 ? b : b.Length == 0 ? a : a + "/" + b;

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool IsNa(string s) => s.Length == 0 || s == "NA";

    private static string? NullIfNa(string s) => IsNa(s) ? null : s;

    private static bool TryPositive(string s, out int value) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;

    private static string? Flag(string s, string name, out bool? value)
    {
        switch (s)
        {
            case "0": value = false; return null;
            case "1": value = true; return null;
            case "":
            case "NA": value = null; return null;
            default: value = null; return name + " '" + s + "' is not 0, 1 or NA";
        }
    }

    private sealed class RollCallRow(int id, int session, DateOnly date, string? resolution, bool? amend, bool? para, bool? important, string? shortText, string? description, long line)
    {
        public int Id { get; } = id;

        public int Session { get; } = session;

        public DateOnly Date { get; } = date;

        public string? Resolution { get; } = resolution;

        public bool? Amend { get; } = amend;

        public bool? Para { get; } = para;

        public bool? Important { get; } = important;

        public string? Short { get; } = shortText;

        public string? Description { get; } = description;

        public long Line { get; } = line;

        public List<RollCallIssue> Issues { get; } = new();

        public List<PendingBallot> Ballots { get; } = new();
    }

    private readonly record struct PendingBallot(CountryCode State, BallotChoice Choice, long Line);
}
