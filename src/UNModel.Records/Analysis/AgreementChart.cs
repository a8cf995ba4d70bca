using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace UNModel.Analysis;

/// <summary>Draws agreement by year or session as an SVG line chart; groups without shared roll calls break the line and are marked.</summary>
public static class AgreementChart
{
    private const double Width = 1000;
    private const double Height = 520;
    private const double Left = 80;
    private const double Right = 960;
    private const double Top = 80;
    private const double Bottom = 430;

    /// <summary>The chart as SVG text.</summary>
    /// <param name="rows">Rows of <see cref="Agreement.By"/> for years or sessions (keys are whole numbers).</param>
    /// <param name="title">The title, e.g. "United States and Russian Federation (USSR): agreement in the General Assembly".</param>
    /// <param name="axis">The x axis label, e.g. "Year".</param>
    /// <param name="source">A source line, or null.</param>
    /// <returns>The SVG document.</returns>
    public static string Svg(ImmutableArray<AgreementRow> rows, string title, string axis, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(axis);
        var points = new List<(int X, AgreementRow Row)>();
        foreach (AgreementRow r in rows)
        {
            if (!int.TryParse(r.Key, NumberStyles.None, CultureInfo.InvariantCulture, out int x))
            {
                throw Argument.Invalid(nameof(rows), "a line chart needs whole-number keys (years or sessions); '" + r.Key + "' is not one");
            }

            points.Add((x, r));
        }

        using var svg = new SvgCanvas(Width, Height, title);
        svg.Text(Width / 2, 36, title, 20, "middle", weight: "bold", cssClass: "title");
        svg.Text(Width / 2, 58, "Share of roll calls voted alike: 1 same vote, 0.5 one abstained, 0 yes against no", 13, "middle", "#444444");
        if (points.Count == 0)
        {
            svg.Text(Width / 2, Height / 2, "No roll calls", 18, "middle");
            return svg.Finish();
        }

        int min = points[0].X, max = points[^1].X;
        double Sx(int x) => max == min ? (Left + Right) / 2 : Left + ((Right - Left) * (x - min) / (max - min));
        double Sy(double y) => Bottom - ((Bottom - Top) * y);

        // Grid and axes.
        for (int i = 0; i <= 4; i++)
        {
            double y = i / 4.0;
            svg.Line(Left, Sy(y), Right, Sy(y), i == 0 ? "#333333" : "#dddddd", 1);
            svg.Text(Left - 10, Sy(y) + 5, y.ToString("0.00", CultureInfo.InvariantCulture), 13, "end");
        }

        int step = (max - min) > 40 ? 10 : (max - min) > 15 ? 5 : 1;
        for (int x = min; x <= max; x++)
        {
            if (x % step == 0 || x == min)
            {
                svg.Line(Sx(x), Bottom, Sx(x), Bottom + 6, "#333333", 1);
                svg.Text(Sx(x), Bottom + 22, x.ToString(CultureInfo.InvariantCulture), 13, "middle");
            }
        }

        svg.Text((Left + Right) / 2, Bottom + 48, axis, 14, "middle");
        svg.Text(Left - 50, Top - 14, "Agreement", 13, "start", "#333333");

        // The line, broken where a group has no shared roll call.
        svg.StartGroup("series");
        var segment = new StringBuilder();
        var gaps = new List<int>();
        foreach ((int x, AgreementRow row) in points)
        {
            if (row.Score is double s)
            {
                segment.Append(SvgCanvas.F(Sx(x))).Append(',').Append(SvgCanvas.F(Sy(s))).Append(' ');
            }
            else
            {
                gaps.Add(x);
                Flush(svg, segment);
            }
        }

        Flush(svg, segment);
        foreach ((int x, AgreementRow row) in points)
        {
            if (row.Score is double s)
            {
                svg.Circle(Sx(x), Sy(s), 3.2, "#1f4e9c", null, 0, row.Key + ": " + s.ToString("0.000", CultureInfo.InvariantCulture) + " over " + row.SharedRollCalls.ToString(CultureInfo.InvariantCulture) + " roll calls", "point");
            }
        }

        svg.EndGroup();
        foreach (int x in gaps)
        {
            svg.Line(Sx(x), Top, Sx(x), Bottom, "#999999", 1, "4 4");
            svg.Text(Sx(x), Top - 6, x.ToString(CultureInfo.InvariantCulture) + ": no roll calls", 11, "middle", "#666666", cssClass: "gap");
        }

        if (source is not null)
        {
            svg.Text(Left, Height - 14, source, 11, fill: "#666666");
        }

        return svg.Finish();
    }

    private static void Flush(SvgCanvas svg, StringBuilder segment)
    {
        if (segment.Length > 0)
        {
            svg.Polyline(segment.ToString().TrimEnd(), "#1f4e9c", 2);
            segment.Clear();
        }
    }
}
