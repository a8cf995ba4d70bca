using System.Collections.Immutable;
using System.CommandLine;
using System.Globalization;
using UNModel.Analysis;
using UNModel.Records;

namespace UNModel.Cli.Commands;

/// <summary>
/// <c>unmodel agreement USA RUS [--by year|session|issue] [--svg FILE]</c>: how often two states voted alike in the General
/// Assembly; with three or more states, the group's Hix–Noury–Roland cohesion.
/// </summary>
internal static class AgreementCommand
{
    private const string Source = "Data: Voeten, Strezhnev & Bailey, UN General Assembly Voting Data (CC0), via the unvotes package (MIT, D. Robinson). Chart: UNModel.";

    public static Command Create(CliIO io)
    {
        var states = new Argument<string[]>("states") { Description = "Two states (ISO alpha-3, e.g. USA RUS) for agreement, or three or more for group cohesion.", Arity = new ArgumentArity(1, 200) };
        var by = new Option<string>("--by") { Description = "Group by year (default), session or issue.", DefaultValueFactory = _ => "year" };
        by.AcceptOnlyFromAmong("year", "session", "issue");
        var svg = new Option<string?>("--svg") { Description = "Also write a line chart (by year or session) to this SVG file." };
        var strict = new Option<bool>("--no-succession") { Description = "Count only the seat named: RUS without the USSR's ballots before 1992, SRB without Serbia and Montenegro's." };
        var data = RecordData.DataOption();
        var command = new Command("agreement", "How often states voted alike in the General Assembly, 1946-2019 (1 same vote, 0.5 one abstained, 0 yes against no); three or more states: group cohesion (Hix-Noury-Roland).");
        command.Arguments.Add(states);
        command.Options.Add(by);
        command.Options.Add(svg);
        command.Options.Add(strict);
        command.Options.Add(data);
        command.SetAction(parse => Run(io, parse.GetValue(states)!, parse.GetValue(by)!, parse.GetValue(svg), parse.GetValue(strict), parse.GetValue(data)));
        return command;
    }

    private static int Run(CliIO io, string[] codes, string byText, string? svgFile, bool strict, string? dataDir)
    {
        if (codes.Length < 2)
        {
            throw CliError.Usage("agreement", "give two states to compare (e.g. USA RUS), or three or more for the group's cohesion");
        }

        var states = new List<MemberState>();
        foreach (string text in codes)
        {
            if (!CountryCode.TryFrom(text, out CountryCode code) || !MemberStates.TryGet(code, out MemberState? m))
            {
                throw CliError.Rule(RuleIds.UnknownCountryCode, CliError.CodeProblem(text));
            }

            if (states.Contains(m))
            {
                throw CliError.Usage("agreement", m.Code.Value + " is named twice");
            }

            states.Add(m);
        }

        RecordGrouping by = byText switch { "session" => RecordGrouping.Session, "issue" => RecordGrouping.Issue, _ => RecordGrouping.Year };
        if (svgFile is not null)
        {
            if (by == RecordGrouping.Issue || states.Count > 2)
            {
                throw CliError.Usage("agreement", "--svg draws the agreement of two states over years or sessions; use two states and --by year or --by session");
            }

            CliError.CheckOutputPath("agreement", "--svg", svgFile);
        }

        VotingRecord record = RecordData.Load(io, "agreement", dataDir);

        var options = new AgreementOptions { FollowSuccession = !strict };
        TextWriter o = io.Out;
        string column = by switch { RecordGrouping.Session => "session", RecordGrouping.Issue => "issue", _ => "year" };
        if (states.Count > 2)
        {
            return Cohesion(o, record, states, by, column, options);
        }

        string title = Describe(states[0], options) + " and " + Describe(states[1], options);
        ImmutableArray<AgreementRow> rows = Agreement.By(record, states[0].Code, states[1].Code, by, options);
        o.WriteLine("Agreement of " + title + " in the General Assembly, by " + column);
        o.WriteLine("Score per roll call: 1 same vote, 0.5 one abstained and the other did not, 0 yes against no; roll calls in which either did not vote are left out.");
        o.WriteLine();
        var table = new List<string[]>();
        foreach (AgreementRow r in rows)
        {
            string note = r.RecordRollCalls == 0 ? "no roll calls in the data" : r.SharedRollCalls == 0 ? "not both voting" : string.Empty;
            table.Add([r.Key, r.RecordRollCalls.ToString(CultureInfo.InvariantCulture), r.SharedRollCalls.ToString(CultureInfo.InvariantCulture), r.Score?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-", r.Identical.ToString(CultureInfo.InvariantCulture), r.Opposed.ToString(CultureInfo.InvariantCulture), note]);
        }

        Output.Table(o, [column, "roll calls", "both voted", "agreement", "alike", "yes/no", "note"], table);
        AgreementRow all = Agreement.Overall(record, states[0].Code, states[1].Code, options);
        o.WriteLine();
        o.WriteLine("All roll calls: " + (all.Score?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-") + " over " + all.SharedRollCalls.ToString("N0", CultureInfo.InvariantCulture) + " roll calls both voted in (" + all.Identical.ToString("N0", CultureInfo.InvariantCulture) + " alike, " + all.Opposed.ToString("N0", CultureInfo.InvariantCulture) + " yes against no).");
        string[] gaps = rows.Where(r => r.RecordRollCalls == 0).Select(r => r.Key).ToArray();
        if (gaps.Length > 0)
        {
            o.WriteLine("No roll calls in the data for " + column + " " + string.Join(", ", gaps) + (gaps.Contains("1964") ? " (in 1964 the Assembly avoided recorded votes during the Art. 19 crisis)" : string.Empty) + ".");
        }

        o.WriteLine("Source: " + Source.Replace(" Chart: UNModel.", string.Empty, StringComparison.Ordinal));
        if (svgFile is not null)
        {
            string svg = AgreementChart.Svg(rows, states[0].Name + " and " + states[1].Name + ": agreement in the General Assembly", column == "year" ? "Year" : "Session", Source);
            CliError.WriteFile(svgFile, svg);
            o.WriteLine("Wrote " + svgFile);
        }

        return 0;
    }

    private static int Cohesion(TextWriter o, VotingRecord record, List<MemberState> states, RecordGrouping by, string column, AgreementOptions options)
    {
        ImmutableArray<CohesionRow> rows = UNModel.Analysis.Cohesion.By(record, states.Select(s => s.Code), by, options);
        o.WriteLine("Cohesion of " + string.Join(", ", states.Select(s => s.Code.Value)) + " in the General Assembly, by " + column + " (Hix-Noury-Roland agreement index)");
        o.WriteLine("Per roll call: (max(Y,N,A) - (Y+N+A - max)/2) / (Y+N+A) over the group's ballots: 1 unanimous, 0 split evenly three ways.");
        o.WriteLine();
        var table = rows.Select(r => new[] { r.Key, r.RecordRollCalls.ToString(CultureInfo.InvariantCulture), r.CountedRollCalls.ToString(CultureInfo.InvariantCulture), r.Index?.ToString("0.000", CultureInfo.InvariantCulture) ?? "-", r.RecordRollCalls == 0 ? "no roll calls in the data" : string.Empty }).ToList();
        Output.Table(o, [column, "roll calls", "counted", "cohesion", "note"], table);
        return 0;
    }

    private static string Describe(MemberState m, AgreementOptions options)
    {
        ImmutableArray<CountryCode> lineage = Succession.Lineage(m.Code, options.FollowSuccession);
        string text = m.Name + " (" + m.Code.Value;
        if (lineage.Length > 1)
        {
            text += "; with " + string.Join(", ", lineage.Skip(1).Select(c => MemberStates.Get(c).Name + " (" + c.Value + ")")) + " where it did not vote itself";
        }

        return text + ")";
    }
}
