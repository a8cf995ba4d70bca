using System.Globalization;
using System.Text.Json;

namespace UNModel.Reliability.Tests.Support;

/// <summary>
/// Writes a <see cref="Vote"/> in the vote-record JSON format that <see cref="Serialization.VoteRecordReader"/> reads
/// (docs/vote-record-format.md): body, date, question, document, ballots or tally (+ permanentNo), declared. The
/// format carries everything the decision depends on; a proposal's title, basis and language are not part of it.
/// </summary>
public static class VoteRecordJson
{
    public static byte[] Write(Vote vote, bool indented = false) => WriteCore(w => WriteRecord(w, vote), indented);

    public static byte[] WriteBatch(IEnumerable<Vote> votes, bool indented = false) => WriteCore(
        w =>
        {
            w.WriteStartArray();
            foreach (Vote v in votes)
            {
                WriteRecord(w, v);
            }

            w.WriteEndArray();
        },
        indented);

    public static void WriteRecord(Utf8JsonWriter w, Vote vote)
    {
        w.WriteStartObject();
        w.WriteString("body", vote.Body.Kind.ToString());
        w.WriteString("date", vote.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("question", vote.Question.ToString());
        if (vote.Proposal.Symbol is DocumentSymbol symbol)
        {
            w.WriteString("document", symbol.Value);
        }

        if (vote.Tally is Tally tally)
        {
            w.WriteStartObject("tally");
            w.WriteNumber("yes", tally.Yes);
            w.WriteNumber("no", tally.No ?? throw new NotSupportedException("The vote-record format needs the 'no' count."));
            w.WriteNumber("abstain", tally.Abstain ?? throw new NotSupportedException("The vote-record format needs the 'abstain' count."));
            w.WriteEndObject();
            if (vote.TallyPermanentNo is { } permanentNo)
            {
                w.WriteStartArray("permanentNo");
                foreach (CountryCode c in permanentNo)
                {
                    w.WriteStringValue(c.Value);
                }

                w.WriteEndArray();
            }
        }
        else
        {
            w.WriteStartObject("ballots");
            foreach (Ballot b in vote.Ballots)
            {
                w.WriteString(b.State.Value, b.IsCastAsVeto ? "Veto" : b.Choice.ToString());
            }

            w.WriteEndObject();
        }

        if (vote.Declared is DeclaredOutcome declared)
        {
            w.WriteStartObject("declared");
            w.WriteString("outcome", declared.Outcome.ToString());
            if (!declared.VetoedBy.IsEmpty)
            {
                w.WriteStartArray("vetoedBy");
                foreach (CountryCode c in declared.VetoedBy)
                {
                    w.WriteStringValue(c.Value);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static byte[] WriteCore(Action<Utf8JsonWriter> write, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            write(w);
        }

        return buffer.ToArray();
    }
}
