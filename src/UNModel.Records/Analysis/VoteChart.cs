using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace UNModel.Analysis;

/// <summary>
/// Draws one vote as an SVG hemicycle of the body's seats, coloured by ballot (yes, abstain, no, absent or not voting,
/// left to right), with a legend of the counts and the engine's outcome. Vetoes are ringed. The SVG is self-contained and
/// each seat carries a tooltip with the state's name and ballot.
/// </summary>
public static class VoteChart
{
    /// <summary>The fill colour of a yes ballot.</summary>
    public const string YesColour = "#1b7837";

    /// <summary>The fill colour of a no ballot.</summary>
    public const string NoColour = "#c51b2a";

    /// <summary>The fill colour of an abstention.</summary>
    public const string AbstainColour = "#f0a30a";

    /// <summary>The fill colour of a seat that did not vote (absent, not participating).</summary>
    public const string AbsentColour = "#c8c8c8";

    private const double Width = 1000;
    private const double Height = 700;

    /// <summary>The chart as SVG text.</summary>
    /// <param name="vote">The vote.</param>
    /// <param name="title">A title, or null for the body, date and proposal.</param>
    /// <param name="source">A source line printed at the foot, or null.</param>
    /// <returns>The SVG document.</returns>
    public static string Svg(Vote vote, string? title = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(vote);
        Decision decision = Charter.Decide(vote);
        List<Seat> seats = SeatsOf(vote, decision);
        string heading = title ?? vote.Body.Name + ", " + vote.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + ": " + vote.Proposal;
        using var svg = new SvgCanvas(Width, Height, heading);
        svg.Text(Width / 2, 40, Clip(heading, 90), 22, "middle", weight: "bold", cssClass: "title");
        if (vote.Proposal.Title is string t && title is null)
        {
            svg.Text(Width / 2, 66, Clip(t, 110), 14, "middle", "#444444");
        }

        // Hemicycle geometry: rows of concentric arcs, seats shared out in proportion to each row's length.
        int n = seats.Count;
        int rows = n <= 16 ? 1 : n <= 40 ? 3 : n <= 100 ? 5 : n <= 160 ? 7 : 8;
        double cx = Width / 2, cy = 470, outer = n <= 40 ? 330 : 360, inner = rows == 1 ? outer : outer * 0.42;
        var radii = new double[rows];
        double sum = 0;
        for (int i = 0; i < rows; i++)
        {
            radii[i] = rows == 1 ? outer : inner + ((outer - inner) * i / (rows - 1));
            sum += radii[i];
        }

        var perRow = new int[rows];
        int placed = 0;
        for (int i = 0; i < rows; i++)
        {
            perRow[i] = i == rows - 1 ? n - placed : (int)Math.Round(n * radii[i] / sum);
            placed += perRow[i];
        }

        var positions = new List<(double Angle, double Radius)>(n);
        double dotRadius = double.MaxValue;
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < perRow[i]; j++)
            {
                double angle = perRow[i] == 1 ? Math.PI / 2 : Math.PI * (1 - ((j + 0.5) / perRow[i]));
                positions.Add((angle, radii[i]));
            }

            if (perRow[i] > 0)
            {
                dotRadius = Math.Min(dotRadius, Math.PI * radii[i] / perRow[i] * 0.42);
            }
        }

        if (rows > 1)
        {
            dotRadius = Math.Min(dotRadius, (outer - inner) / (rows - 1) * 0.42);
        }

        dotRadius = Math.Min(dotRadius, n <= 40 ? 24 : 40);
        positions.Sort((a, b) => a.Angle != b.Angle ? b.Angle.CompareTo(a.Angle) : a.Radius.CompareTo(b.Radius));
        svg.StartGroup("seats");
        for (int k = 0; k < n; k++)
        {
            (double angle, double radius) = positions[k];
            Seat seat = seats[k];
            double x = cx + (radius * Math.Cos(angle));
            double y = cy - (radius * Math.Sin(angle));
            if (seat.Unknown)
            {
                svg.Circle(x, y, dotRadius - 1, "#ffffff", "#9e9e9e", 1.5, seat.Label, "seat unknown");
            }
            else
            {
                svg.Circle(x, y, dotRadius, ColourOf(seat.Choice), seat.Veto ? "#000000" : "#ffffff", seat.Veto ? 3 : 0.8, seat.Label + ": " + Word(seat.Choice) + (seat.Veto ? " (veto)" : string.Empty), "seat " + Word(seat.Choice).ToLowerInvariant().Replace(' ', '-'));
            }
            if (n <= 40 && seat.Code.Length > 0)
            {
                double labelRadius = radius + dotRadius + 14;
                svg.Text(cx + (labelRadius * Math.Cos(angle)), cy - (labelRadius * Math.Sin(angle)) + 5, seat.Code, 13, "middle", "#333333", cssClass: "code");
            }
        }

        svg.EndGroup();

        // Outcome in the middle of the hemicycle.
        bool adopted = decision.Outcome == VoteOutcome.Adopted;
        svg.Text(cx, cy - 20, adopted ? "ADOPTED" : decision.IsVetoed ? "VETOED" : "NOT ADOPTED", 30, "middle", adopted ? YesColour : NoColour, "bold", "outcome");
        svg.Text(cx, cy + 12, Counts(decision) + " (yes-no-abstain), " + decision.Required.ToString(CultureInfo.InvariantCulture) + " votes required", 16, "middle");

        // Legend.
        svg.StartGroup("legend");
        int absent = seats.FindAll(s => s.Choice == BallotChoice.Absent && !s.Unknown).Count;
        int unknown = seats.FindAll(s => s.Unknown).Count;
        (string Label, string Colour, string Count)[] legend =
        [
            ("Yes", YesColour, decision.Yes.ToString(CultureInfo.InvariantCulture)),
            ("Abstain", AbstainColour, decision.Abstain?.ToString(CultureInfo.InvariantCulture) ?? "?"),
            ("No", NoColour, decision.No?.ToString(CultureInfo.InvariantCulture) ?? (decision.VetoedBy.IsEmpty ? "?" : "≥" + decision.VetoedBy.Length.ToString(CultureInfo.InvariantCulture))),
            (unknown > 0 ? "No or abstain, not on record" : "Absent or not voting", unknown > 0 ? "#ffffff" : AbsentColour, (unknown > 0 ? unknown : absent).ToString(CultureInfo.InvariantCulture)),
        ];
        double lx = 120;
        foreach ((string label, string colour, string count) in legend)
        {
            svg.Circle(lx, 530, 9, colour, colour == "#ffffff" ? "#9e9e9e" : "#ffffff", colour == "#ffffff" ? 1.5 : 0.8, null);
            svg.Text(lx + 16, 535, label + " " + count, 16, cssClass: "legend");
            lx += label.Length > 10 ? 260 : 170;
        }

        if (decision.IsVetoed)
        {
            svg.Circle(120, 560, 9, NoColour, "#000000", 3, null);
            svg.Text(136, 565, "Veto: a permanent member's no on a draft that had the votes (Art. 27(3))", 14);
        }

        if (!vote.IsRollCall)
        {
            svg.Text(120, 590, "Known only by its tally: seats are coloured by the counts, not attributed to states.", 13, fill: "#555555");
        }

        svg.EndGroup();
        int line = 0;
        foreach (string part in Wrap(decision.Explanation, 125))
        {
            svg.Text(40, 615 + (line++ * 18), part, 13, fill: "#333333", cssClass: "explanation");
            if (line == 3)
            {
                break;
            }
        }

        if (source is not null)
        {
            svg.Text(40, Height - 14, Clip(source, 150), 11, fill: "#666666");
        }

        return svg.Finish();
    }

    private static List<Seat> SeatsOf(Vote vote, Decision decision)
    {
        if (!vote.IsRollCall)
        {
            // A vote known only by its counts: seats coloured by the tally, not attributed to states (except vetoes).
            var anonymous = new List<Seat>(vote.Seats);
            void Add(int count, BallotChoice choice, bool unknown = false)
            {
                for (int i = 0; i < count && anonymous.Count < vote.Seats; i++)
                {
                    anonymous.Add(new Seat(string.Empty, unknown ? "seat (not on record)" : "seat (tally only, not attributed)", choice, false, unknown));
                }
            }

            Add(decision.Yes, BallotChoice.Yes);
            Add(decision.Abstain ?? 0, BallotChoice.Abstain);
            foreach (CountryCode veto in decision.VetoedBy)
            {
                anonymous.Add(new Seat(veto.Value, MemberStates.TryGetState(veto, out State? s) ? s.Name : veto.Value, BallotChoice.No, true));
            }

            Add((decision.No ?? 0) - decision.VetoedBy.Length, BallotChoice.No);
            bool complete = decision.No is not null && decision.Abstain is not null;
            Add(vote.Seats - anonymous.Count, BallotChoice.Absent, unknown: !complete);
            return anonymous;
        }

        var byCode = new Dictionary<CountryCode, Ballot>();
        foreach (Ballot b in vote.Ballots)
        {
            byCode[b.State] = b;
        }

        ImmutableArray<CountryCode> vetoes = decision.VetoedBy;
        var seats = new List<Seat>(vote.Seats);
        var listed = new HashSet<CountryCode>();
        // Bodies without a roster (ECOSOC, Human Rights Council): the ballots, then the other seats unattributed.
        foreach (MemberState m in vote.Body.TryGetVotersOn(vote.Date, out ImmutableArray<MemberState> voters) ? voters : [])
        {
            listed.Add(m.Code);
            BallotChoice choice = byCode.TryGetValue(m.Code, out Ballot b) ? b.Choice : BallotChoice.Absent;
            seats.Add(new Seat(m.Code.Value, m.Name, choice, vetoes.Contains(m.Code)));
        }

        foreach (Ballot b in vote.Ballots)
        {
            if (!listed.Contains(b.State))
            {
                seats.Add(new Seat(b.State.Value, b.State.Value, b.Choice, vetoes.Contains(b.State)));
            }
        }

        for (int i = seats.Count; i < vote.Seats; i++)
        {
            seats.Add(new Seat("-", "seat not on record", BallotChoice.Absent, false));
        }

        // Left to right: yes, abstain, no, absent; alphabetical by code within each.
        seats.Sort((a, b) => Rank(a.Choice) != Rank(b.Choice) ? Rank(a.Choice).CompareTo(Rank(b.Choice)) : string.CompareOrdinal(a.Code, b.Code));
        return seats;
    }

    private static int Rank(BallotChoice c) => c switch
    {
        BallotChoice.Yes => 0,
        BallotChoice.Abstain => 1,
        BallotChoice.No => 2,
        _ => 3,
    };

    private static string ColourOf(BallotChoice c) => c switch
    {
        BallotChoice.Yes => YesColour,
        BallotChoice.No => NoColour,
        BallotChoice.Abstain => AbstainColour,
        _ => AbsentColour,
    };

    private static string Word(BallotChoice c) => c switch
    {
        BallotChoice.Yes => "Yes",
        BallotChoice.No => "No",
        BallotChoice.Abstain => "Abstain",
        _ => "Absent",
    };

    private static string Counts(Decision d) => d.Yes.ToString(CultureInfo.InvariantCulture) + "-" + (d.No?.ToString(CultureInfo.InvariantCulture) ?? "?") + "-" + (d.Abstain?.ToString(CultureInfo.InvariantCulture) ?? "?");

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    internal static IEnumerable<string> Wrap(string s, int width)
    {
        var line = new StringBuilder();
        foreach (string word in s.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length == 0 ? string.Empty : " ").Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }

    private readonly record struct Seat(string Code, string Label, BallotChoice Choice, bool Veto, bool Unknown = false);
}
