using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;

using UNModel.Core;

namespace UNModel.Records;

/// <summary>Which of the UN Digital Library's voting-data layouts a file uses.</summary>
public enum UndlLayout
{
    /// <summary>General Assembly: <c>undl_id, ms_code, ms_name, ms_vote, date, session, resolution, draft, committee_report, meeting, title, agenda_title, subjects, vote_note, total_yes, total_no, total_abstentions, total_non_voting, total_ms, undl_link</c>.</summary>
    GeneralAssembly = 1,

    /// <summary>Security Council: as the General Assembly's, with <c>permanent_member</c> and <c>modality</c>, and <c>description</c> / <c>agenda</c> for <c>title</c> / <c>agenda_title</c>.</summary>
    SecurityCouncil = 2,
}

/// <summary>Options of a Digital Library import.</summary>
public sealed class UndlImportOptions
{
    /// <summary>The question each vote is decided as; null for the body's default (Security Council substantive, General Assembly simple majority).</summary>
    public QuestionKind? Question { get; init; }
}

/// <summary>
/// Reads the voting-data CSV files the UN Digital Library publishes (one row per Member per vote; <c>ms_vote</c> is
/// <c>Y</c>, <c>N</c>, <c>A</c>, or <c>X</c> / <c>NV</c> for not voting), in the General Assembly or Security Council
/// layout (<see cref="UndlLayout"/>; columns are found by name). Each <c>undl_id</c> becomes a
/// <see cref="RecordedRollCall"/>; each row that cannot be used is reported with its line, and totals that disagree with
/// the rows are noted.
/// </summary>
public static class UndlVotingCsvReader
{
    private static readonly Dictionary<string, string> HistoricNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["USSR"] = "SUN",
        ["UNION OF SOVIET SOCIALIST REPUBLICS"] = "SUN",
        ["YUGOSLAVIA"] = "YUG",
        ["CZECHOSLOVAKIA"] = "CSK",
        ["GERMAN DEMOCRATIC REPUBLIC"] = "DDR",
        ["DEMOCRATIC YEMEN"] = "YMD",
        ["ZANZIBAR"] = "ZAN",
        ["SERBIA AND MONTENEGRO"] = "SCG",
    };

    /// <summary>Reads a file.</summary>
    /// <param name="path">The CSV file (or <c>.csv.gz</c>).</param>
    /// <param name="options">Options, or null.</param>
    /// <returns>The record.</returns>
    /// <exception cref="MalformedRecordException">UNM0016 when the header lacks a required column.</exception>
    public static VotingRecord Read(string path, UndlImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using StreamReader reader = RecordFiles.Reader(path);
        return Read(reader, Path.GetFileName(path), options);
    }

    /// <summary>Reads CSV text.</summary>
    /// <param name="reader">The CSV.</param>
    /// <param name="fileName">The name used in the report.</param>
    /// <param name="options">Options, or null.</param>
    /// <returns>The record.</returns>
    /// <exception cref="MalformedRecordException">UNM0016 when the header lacks a required column.</exception>
    public static VotingRecord Read(TextReader reader, string fileName = "undl.csv", UndlImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var state = new ImportState();
        FileCounter count = state.File(fileName);
        using var csv = new CsvReader(reader);
        Header h = Header.Read(csv, fileName, "undl_id", "ms_code", "ms_vote", "date");
        UndlLayout layout = h.Has("permanent_member") || h.Has("modality") ? UndlLayout.SecurityCouncil : UndlLayout.GeneralAssembly;
        Body body = layout == UndlLayout.SecurityCouncil ? Body.SecurityCouncil : Body.GeneralAssembly;
        QuestionKind question = options?.Question ?? (layout == UndlLayout.SecurityCouncil ? QuestionKind.Substantive : QuestionKind.SimpleMajority);
        var order = new List<Group>();
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        while (csv.Read())
        {
            count.Read++;
            IReadOnlyList<string> f = csv.Fields;
            string? error = h.CheckShape(csv);
            string id = error is null ? f[h["undl_id"]].Trim() : string.Empty;
            if (error is null && !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                error = "undl_id '" + id + "' is not a whole number";
            }

            DateOnly date = default;
            if (error is null && !TryDate(f[h["date"]], out date))
            {
                error = "date '" + f[h["date"]] + "' is not written yyyy-mm-dd";
            }

            BallotChoice choice = BallotChoice.Absent;
            if (error is null)
            {
                switch (f[h["ms_vote"]].Trim().ToUpperInvariant())
                {
                    case "Y": choice = BallotChoice.Yes; break;
                    case "N": choice = BallotChoice.No; break;
                    case "A": choice = BallotChoice.Abstain; break;
                    case "X":
                    case "NV":
                    case "": choice = BallotChoice.Absent; break;
                    default: error = "ms_vote '" + f[h["ms_vote"]] + "' is not Y, N, A, X or NV"; break;
                }
            }

            if (error is not null)
            {
                state.Reject(count, ImportIssueKind.Malformed, csv.Line, error);
                continue;
            }

            if (!groups.TryGetValue(id, out Group? g))
            {
                g = new Group(int.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture), date, csv.Line, Snapshot(h, f));
                groups.Add(id, g);
                order.Add(g);
            }
            else if (date != g.Date)
            {
                state.Reject(count, ImportIssueKind.Malformed, csv.Line, "undl_id " + id + " is dated " + Iso(g.Date) + " on line " + g.Line.ToString(CultureInfo.InvariantCulture) + " but " + Iso(date) + " here");
                continue;
            }

            string msCode = f[h["ms_code"]].Trim().ToUpperInvariant();
            string msName = h.Get(f, "ms_name")?.Trim() ?? string.Empty;
            if (!TryMapState(msCode, msName, date, out CountryCode code))
            {
                state.Reject(count, ImportIssueKind.Unmapped, csv.Line, "'" + msCode + "' (" + msName + ") is not a seat of the catalogue on " + Iso(date));
                continue;
            }

            if (!body.MayVote(code, date))
            {
                state.Reject(count, ImportIssueKind.Refused, csv.Line, code.Value + " was not a member of the " + body.Name + " on " + Iso(date) + " (undl_id " + id + ")");
                continue;
            }

            if (!g.Seen.Add(code))
            {
                state.Reject(count, ImportIssueKind.Refused, csv.Line, code.Value + " has a second row in undl_id " + id + " (UNM0003: one member, one vote)");
                continue;
            }

            if (layout == UndlLayout.SecurityCouncil && ParseFlag(h.Get(f, "permanent_member")) is bool permanent && permanent != Body.SecurityCouncil.IsPermanentMember(code, date))
            {
                state.Note(ImportIssueKind.Inconsistent, fileName, csv.Line, code.Value + " is marked permanent_member=" + h.Get(f, "permanent_member") + " but the catalogue says it " + (permanent ? "was not" : "was") + " a permanent member on " + Iso(date));
            }

            g.Ballots.Add(Ballot.Of(code, choice));
            g.Lines.Add(csv.Line);
        }

        ImmutableArray<RecordedRollCall>.Builder result = ImmutableArray.CreateBuilder<RecordedRollCall>(order.Count);
        foreach (Group g in order)
        {
            IReadOnlyList<string> first = g.First;
            string? resolutionText = NullIfEmpty(h.Get(first, "resolution"));
            DocumentSymbol? resolution = Symbol(resolutionText);
            DocumentSymbol? draft = Symbol(NullIfEmpty(h.Get(first, "draft")));
            string? title = NullIfEmpty(h.Get(first, layout == UndlLayout.SecurityCouncil ? "description" : "title")) ?? NullIfEmpty(h.Get(first, "title"));
            string? agenda = NullIfEmpty(h.Get(first, layout == UndlLayout.SecurityCouncil ? "agenda" : "agenda_title")) ?? NullIfEmpty(h.Get(first, "agenda_title"));
            Proposal proposal = (draft ?? resolution) is DocumentSymbol s ? Proposal.Draft(s, title) : Proposal.Motion(title ?? "undl_id " + g.Id.ToString(CultureInfo.InvariantCulture));
            int session = int.TryParse(h.Get(first, "session"), NumberStyles.None, CultureInfo.InvariantCulture, out int sn) ? sn : 0;
            ImmutableArray<RollCallIssue>.Builder issues = ImmutableArray.CreateBuilder<RollCallIssue>();
            foreach (string subject in (h.Get(first, "subjects") ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                issues.Add(new RollCallIssue(subject, subject));
            }

            try
            {
                Vote vote = Vote.RollCall(body, g.Date, question, proposal, g.Ballots);
                var recorded = new RecordedRollCall(g.Id, session, g.Date, vote, resolutionText, resolution, null, null, null, null, title, agenda, issues.ToImmutable(), g.Line);
                result.Add(recorded);
                count.Accepted += g.Ballots.Count;
                CheckTotals(state, fileName, h, g, recorded);
            }
            catch (UNModelException ex)
            {
                foreach (long line in g.Lines)
                {
                    state.Reject(count, ImportIssueKind.Refused, line, "the vote undl_id " + g.Id.ToString(CultureInfo.InvariantCulture) + " was refused by the engine: " + ex.Message);
                }
            }
        }

        return new VotingRecord(fileName, result.ToImmutable(), state.Report());
    }

    private static void CheckTotals(ImportState state, string file, Header h, Group g, RecordedRollCall r)
    {
        Decision d = r.Decision;
        int notVoting = 0;
        foreach (Ballot b in g.Ballots)
        {
            if (b.Choice == BallotChoice.Absent)
            {
                notVoting++;
            }
        }

        (string Column, int Counted)[] checks = [("total_yes", d.Yes), ("total_no", d.No ?? 0), ("total_abstentions", d.Abstain ?? 0), ("total_non_voting", notVoting), ("total_ms", g.Ballots.Count)];
        foreach ((string column, int counted) in checks)
        {
            string? text = h.Get(g.First, column);
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int total) && total != counted)
            {
                state.Note(ImportIssueKind.Inconsistent, file, g.Line, "undl_id " + g.Id.ToString(CultureInfo.InvariantCulture) + ": " + column + " is " + total.ToString(CultureInfo.InvariantCulture) + " but the rows give " + counted.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    private static bool TryMapState(string msCode, string msName, DateOnly date, out CountryCode code)
    {
        if (msCode == "RUS" && date < new DateOnly(1991, 12, 24))
        {
            msCode = "SUN";
        }

        if (CountryCode.TryFrom(msCode, out code) && MemberStates.TryGet(code, out _))
        {
            return true;
        }

        if (HistoricNames.TryGetValue(msName, out string? alpha3))
        {
            code = CountryCode.From(alpha3);
            return true;
        }

        foreach (MemberState m in MemberStates.All)
        {
            if (string.Equals(m.Name, msName, StringComparison.OrdinalIgnoreCase) && m.HoldsSeatOn(date))
            {
                code = m.Code;
                return true;
            }
        }

        code = default;
        return false;
    }

    private static bool TryDate(string text, out DateOnly date)
    {
        text = text.Trim();
        if (text.Length > 10 && text[10] == 'T')
        {
            text = text[..10];
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static bool? ParseFlag(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "TRUE" or "1" or "Y" or "YES" => true,
        "FALSE" or "0" or "N" or "NO" => false,
        _ => null,
    };

    private static DocumentSymbol? Symbol(string? text) => text is not null && DocumentSymbol.Normalize(text) is string c && DocumentSymbol.TryFrom(c, out DocumentSymbol s) ? s : null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string[] Snapshot(Header h, IReadOnlyList<string> fields)
    {
        var copy = new string[h.Count];
        for (int i = 0; i < copy.Length && i < fields.Count; i++)
        {
            copy[i] = fields[i];
        }

        return copy;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class Group(int id, DateOnly date, long line, string[] first)
    {
        public int Id { get; } = id;

        public DateOnly Date { get; } = date;

        public long Line { get; } = line;

        public IReadOnlyList<string> First { get; } = first;

        public HashSet<CountryCode> Seen { get; } = new();

        public List<Ballot> Ballots { get; } = new();

        public List<long> Lines { get; } = new();
    }
}
