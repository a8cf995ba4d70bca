using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace UNModel.Serialization;

/// <summary>Reads and writes a <see cref="Tally"/> as <c>{"yes": n, "no": n, "abstain": n}</c> (unknown counts as <c>null</c>).</summary>
public sealed class TallyJsonConverter : JsonConverter<Tally>
{
    /// <inheritdoc/>
    public override Tally Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A tally must be an object {\"yes\": n, \"no\": n, \"abstain\": n}.");
        }

        int? yes = null, no = null, abstain = null;
        bool sawNo = false, sawAbstain = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            int? value = reader.TokenType == JsonTokenType.Null ? null : reader.TryGetInt32(out int v) ? v : throw new JsonException("Tally counts are whole numbers.");
            switch (name)
            {
                case "yes" when yes is null: yes = value ?? throw new JsonException("A tally needs 'yes'."); break;
                case "no" when !sawNo: no = value; sawNo = true; break;
                case "abstain" when !sawAbstain: abstain = value; sawAbstain = true; break;
                default: throw new JsonException("Unknown or repeated tally field '" + name + "' (" + RuleIds.MalformedRecord + ").");
            }
        }

        try
        {
            return Tally.Partial(yes ?? throw new JsonException("A tally needs 'yes'."), no, abstain);
        }
        catch (UNModelException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Tally value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("yes", value.Yes);
        Write(writer, "no", value.No);
        Write(writer, "abstain", value.Abstain);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is int v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
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
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A ballot must be an object {\"state\": \"USA\", \"choice\": \"Yes\"}.");
        }

        string? state = null, choice = null;
        bool? legacyVeto = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "state" when state is null: state = reader.TokenType == JsonTokenType.String ? reader.GetString() : null; break;
                case "choice" when choice is null: choice = reader.TokenType == JsonTokenType.String ? reader.GetString() : null; break;
                case "veto" when legacyVeto is null && reader.TokenType is JsonTokenType.True or JsonTokenType.False: legacyVeto = reader.GetBoolean(); break;
                default: throw new JsonException("Unknown, repeated or mistyped ballot field '" + name + "' (" + RuleIds.MalformedRecord + ").");
            }
        }

        if (!CountryCode.TryFrom(state, out CountryCode code) || !BallotText.IsChoice(choice))
        {
            throw new JsonException("A ballot needs an alpha-3 'state' and a 'choice' of " + BallotText.Choices + ".");
        }

        if (legacyVeto == true)
        {
            // The earlier shape: a "No" with "veto": true.
            choice = choice == "No" || choice == "Veto" ? "Veto" : throw new JsonException("A veto is a 'No' ballot (" + RuleIds.MalformedRecord + ").");
        }

        try
        {
            return BallotText.Create(code, choice!);
        }
        catch (UNModelException ex)
        {
            throw new JsonException(ex.Message, ex);
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
