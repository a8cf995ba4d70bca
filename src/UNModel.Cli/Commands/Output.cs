using System.Globalization;
using System.Text.Json;

namespace UNModel.Cli.Commands;

/// <summary>Shared text and JSON rendering of decisions.</summary>
internal static class Output
{
    /// <summary>Indented JSON that escapes only what JSON must (quotes, backslashes, control characters), not HTML-sensitive characters or non-ASCII letters.</summary>
    public static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Counts(Decision d) => d.Yes.ToString(CultureInfo.InvariantCulture) + "-" + Count(d.No) + "-" + Count(d.Abstain);

    public static string Count(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "?";

    public static string VetoedBy(Decision d) => d.IsVetoed ? string.Join(", ", d.VetoedBy.Select(c => c.Value)) : "-";

    public static string Effect(LegalEffectKind kind) => kind switch
    {
        LegalEffectKind.None => "none",
        LegalEffectKind.Recommendation => "recommendation",
        LegalEffectKind.BindingOnMembers => "binding on Members (Art. 25)",
        LegalEffectKind.BindingWithinOrganization => "binding within the UN",
        LegalEffectKind.AmendsDraft => "amends the draft",
        LegalEffectKind.SubjectToRatification => "in force on ratification (Art. 108)",
        _ => kind.ToString(),
    };

    public static void WriteDecision(Utf8JsonWriter w, Decision d)
    {
        w.WriteString("outcome", d.Outcome.ToString());
        w.WriteString("reason", d.Reason.ToString());
        w.WriteStartArray("vetoedBy");
        foreach (CountryCode c in d.VetoedBy)
        {
            w.WriteStringValue(c.Value);
        }

        w.WriteEndArray();
        w.WriteNumber("yes", d.Yes);
        WriteCount(w, "no", d.No);
        WriteCount(w, "abstain", d.Abstain);
        w.WriteNumber("required", d.Required);
    }

    public static void WriteCount(Utf8JsonWriter w, string name, int? value)
    {
        if (value is int v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>Renders rows as a plain fixed-width table.</summary>
    public static void Table(TextWriter o, string[] headers, List<string[]> rows)
    {
        int[] widths = headers.Select(h => h.Length).ToArray();
        foreach (string[] row in rows)
        {
            for (int i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        void Line(string[] cells) => o.WriteLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        Line(headers);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (string[] row in rows)
        {
            Line(row);
        }
    }
}
