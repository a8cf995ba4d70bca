using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace UNModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="Tally"/> as <c>{"yes": n, "no": n, "abstain": n}</c>; a count the record does not give is
/// <c>null</c> (or left out when read).
/// </summary>
public sealed class TallyJsonConverter : JsonConverter<Tally>
{
    /// <inheritdoc/>
    public override Tally Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var f = new JsonFields(JsonFields.ValueOf(ref reader), "a tally", "yes, no, abstain");
        int? yes = null, no = null, abstain = null;
        while (f.Next(out string field))
        {
            switch (field)
            {
                case "yes": yes = f.Int(field); break;
                case "no": no = f.NullableInt(field); break;
                case "abstain": abstain = f.NullableInt(field); break;
                default: throw f.Unknown(field);
            }
        }

        return Tally.Partial(yes ?? throw f.Missing("yes"), no, abstain);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Tally value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("yes", value.Yes);
        ModelJson.WriteNumber(writer, "no", value.No);
        ModelJson.WriteNumber(writer, "abstain", value.Abstain);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Reads and writes a <see cref="Ballot"/> as <c>{"state": "RUS", "choice": "Veto"}</c>, with the words of vote records:
/// <c>Yes</c>, <c>No</c>, <c>Abstain</c>, <c>Absent</c>, <c>Veto</c>. The shape written before 0.2,
/// <c>{"state": "RUS", "choice": "No", "veto": true}</c>, is still read.
/// </summary>
public sealed class BallotJsonConverter : JsonConverter<Ballot>
{
    /// <inheritdoc/>
    public override Ballot Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var f = new JsonFields(JsonFields.ValueOf(ref reader), "a ballot", "state, choice");
        CountryCode? state = null;
        string? choice = null;
        bool? legacyVeto = null;
        long choiceAt = 0, stateAt = 0;
        while (f.Next(out string field))
        {
            switch (field)
            {
                case "state": stateAt = f.At; state = f.Code(field); break;
                case "choice": choiceAt = f.At; choice = f.String(field); break;
                case "veto": legacyVeto = f.Bool(field); break;
                default: throw f.Unknown(field);
            }
        }

        CountryCode code = state ?? throw f.Missing("state");
        string word = choice ?? throw f.Missing("choice");
        if (!BallotText.IsChoice(word))
        {
            throw f.Error(RuleIds.MalformedRecord, choiceAt, "'choice' must be " + BallotText.Choices + ", not \"" + JsonFields.Shown(word) + "\"", "choice");
        }

        if (legacyVeto == true)
        {
            // The earlier shape: a "No" with "veto": true.
            word = word is "No" or "Veto" ? "Veto" : throw f.Error(RuleIds.MalformedRecord, choiceAt, "a veto is a \"No\" ballot", "choice");
        }

        try
        {
            return BallotText.Create(code, word);
        }
        catch (UNModelException ex)
        {
            throw f.Broken(ex, stateAt);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Ballot value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteString("state", value.State.Value);
        writer.WriteString("choice", BallotText.Of(value));
        writer.WriteEndObject();
    }
}
