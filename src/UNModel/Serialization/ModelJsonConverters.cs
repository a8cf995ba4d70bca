using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using UNModel.Core;

namespace UNModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="Vote"/> as a vote record (<c>docs/vote-record-format.md</c>): what
/// <c>unmodel decide</c> reads is what <c>JsonSerializer.Serialize(vote)</c> writes. A record that breaks a rule is a
/// <see cref="VoteRecordException"/> with the rule id and its place in the value.
/// </summary>
public sealed class VoteJsonConverter : JsonConverter<Vote>
{
    /// <inheritdoc/>
    public override Vote Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(JsonFields.ValueOf(ref reader));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Vote value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("body", value.Body.Kind.ToString());
        writer.WriteString("date", JsonNames.Date(value.Date));
        writer.WriteString("question", value.Question.ToString());
        ProposalFields.Write(writer, value.Proposal);
        if (value.Tally is Tally tally)
        {
            writer.WriteStartObject("tally");
            writer.WriteNumber("yes", tally.Yes);
            if (tally.No is int no)
            {
                writer.WriteNumber("no", no);
            }

            if (tally.Abstain is int abstain)
            {
                writer.WriteNumber("abstain", abstain);
            }

            writer.WriteEndObject();
            if (value.TallyPermanentNo is { } permanentNo)
            {
                ModelJson.WriteCodes(writer, "permanentNo", permanentNo);
            }
        }
        else
        {
            writer.WriteStartObject("ballots");
            foreach (Ballot ballot in value.Ballots)
            {
                writer.WriteString(ballot.State.Value, BallotText.Of(ballot));
            }

            writer.WriteEndObject();
        }

        if (!value.InArrears.IsEmpty)
        {
            ModelJson.WriteCodes(writer, "inArrears", value.InArrears);
        }

        if (value.Declared is DeclaredOutcome declared)
        {
            writer.WritePropertyName("declared");
            DeclaredOutcomeJsonConverter.WriteValue(writer, declared);
        }

        writer.WriteEndObject();
    }

    /// <summary>One vote record (an object; a batch is <see cref="VoteRecordReader"/>'s).</summary>
    internal static Vote Read(ReadOnlySpan<byte> json)
    {
        int first = json.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0 || json[first] != (byte)'{')
        {
            throw ModelJson.AtStart(RuleIds.MalformedRecord, "a vote is one vote record, a JSON object" + (first >= 0 && json[first] == (byte)'[' ? ", not an array (read a batch with VoteRecordReader)" : string.Empty), "record");
        }

        return VoteRecordReader.Read(json).Votes[0];
    }
}

/// <summary>
/// Reads and writes a <see cref="Decision"/> as the vote decided and what the engine computed:
/// <c>{"vote": {…record…}, "outcome", "reason", "yes", "no", "abstain", "absent", "presentAndVoting", "required",
/// "vetoedBy", "explanation", "legalEffect"}</c>. Reading decides the vote again and checks every stated figure against
/// that decision (UNM0005 on a difference); the explanation and the legal effect are the engine's words and are recomputed.
/// </summary>
public sealed class DecisionJsonConverter : JsonConverter<Decision>
{
    private const string Fields = "vote, outcome, reason, yes, no, abstain, absent, presentAndVoting, required, vetoedBy, explanation, legalEffect";

    /// <inheritdoc/>
    public override Decision Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        byte[] json = JsonFields.ValueOf(ref reader);
        var f = new JsonFields(json, "a decision", Fields);
        Decision? decision = null;
        var stated = new List<(string Field, string Stated, string Computed, long At)>();
        while (f.Next(out string field))
        {
            long at = f.At;
            if (field == "vote")
            {
                decision = Charter.Decide(ModelJson.Nested(ref f, VoteJsonConverter.Read));
                continue;
            }

            if (decision is not Decision d)
            {
                throw f.Error(RuleIds.MalformedRecord, at, "'vote' comes first in a decision: the other fields are checked against it", field);
            }

            switch (field)
            {
                case "outcome": Compare(stated, field, f.Enum<VoteOutcome>(field).ToString(), d.Outcome.ToString(), at); break;
                case "reason": Compare(stated, field, f.Enum<DecisionReason>(field).ToString(), d.Reason.ToString(), at); break;
                case "yes": Compare(stated, field, Text(f.Int(field)), Text(d.Yes), at); break;
                case "no": Compare(stated, field, Text(f.NullableInt(field)), Text(d.No), at); break;
                case "abstain": Compare(stated, field, Text(f.NullableInt(field)), Text(d.Abstain), at); break;
                case "absent": Compare(stated, field, Text(f.NullableInt(field)), Text(d.Absent), at); break;
                case "presentAndVoting": Compare(stated, field, Text(f.NullableInt(field)), Text(d.PresentAndVoting), at); break;
                case "required": Compare(stated, field, Text(f.Int(field)), Text(d.Required), at); break;
                case "vetoedBy": Compare(stated, field, ModelJson.CodesText(f.Codes(field)), ModelJson.CodesText(d.VetoedBy), at); break;
                case "explanation": _ = f.String(field); break;
                case "legalEffect": _ = f.Raw(); break;
                default: throw f.Unknown(field);
            }
        }

        if (decision is not Decision result)
        {
            throw f.Missing("vote");
        }

        foreach ((string field, string given, string computed, long at) in stated)
        {
            throw f.Error(RuleIds.DeclaredOutcomeContradictsCounts, at, "'" + field + "' is " + given + " but the vote gives " + computed + ": " + result.Explanation.TrimEnd('.'), field);
        }

        return result;
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Decision value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Vote vote = value.Vote; // UNM0009 for default(Decision)
        writer.WriteStartObject();
        writer.WritePropertyName("vote");
        new VoteJsonConverter().Write(writer, vote, options);
        writer.WriteString("outcome", value.Outcome.ToString());
        writer.WriteString("reason", value.Reason.ToString());
        writer.WriteNumber("yes", value.Yes);
        ModelJson.WriteNumber(writer, "no", value.No);
        ModelJson.WriteNumber(writer, "abstain", value.Abstain);
        ModelJson.WriteNumber(writer, "absent", value.Absent);
        ModelJson.WriteNumber(writer, "presentAndVoting", value.PresentAndVoting);
        writer.WriteNumber("required", value.Required);
        ModelJson.WriteCodes(writer, "vetoedBy", value.VetoedBy);
        writer.WriteString("explanation", value.Explanation);
        writer.WritePropertyName("legalEffect");
        LegalEffectJsonConverter.WriteValue(writer, value.LegalEffect);
        writer.WriteEndObject();
    }

    private static void Compare(List<(string, string, string, long)> stated, string field, string given, string computed, long at)
    {
        if (given != computed)
        {
            stated.Add((field, given, computed, at));
        }
    }

    private static string Text(int? value) => value is int v ? RuleMessages.Number(v) : "null";
}

/// <summary>
/// Reads and writes a <see cref="Proposal"/> with the fields a vote record gives it (<c>document</c>, <c>kind</c>,
/// <c>amends</c>, <c>title</c>, <c>basis</c>, <c>language</c>, <c>declaredEffect</c>, <c>partiesToDispute</c>), each written
/// only where it differs from what the proposal's kind implies: a plain draft is <c>{"document": "S/2025/112"}</c>.
/// </summary>
public sealed class ProposalJsonConverter : JsonConverter<Proposal>
{
    /// <inheritdoc/>
    public override Proposal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(JsonFields.ValueOf(ref reader));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Proposal value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        ProposalFields.Write(writer, value);
        writer.WriteEndObject();
    }

    private static Proposal Read(ReadOnlySpan<byte> json)
    {
        var f = new JsonFields(json, "a proposal", ProposalFields.Names);
        var fields = new ProposalFields();
        var places = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            while (f.Next(out string field))
            {
                places[field] = f.At;
                if (!ProposalFields.IsField(field))
                {
                    throw f.Unknown(field);
                }

                if (ProposalFields.IsList(field))
                {
                    fields.SetList(field, f.Texts(field));
                }
                else
                {
                    fields.Set(field, f.String(field));
                }
            }

            return fields.Build();
        }
        catch (UNModelException ex) when (ex is not JsonRecordException)
        {
            throw f.Broken(ex, ex.Subject is not null && places.TryGetValue(ex.Subject, out long at) ? at : 0);
        }
    }
}

/// <summary>Reads and writes a <see cref="DeclaredOutcome"/> as a vote record's <c>declared</c>: <c>{"outcome": "Rejected", "vetoedBy": ["RUS"]}</c>.</summary>
public sealed class DeclaredOutcomeJsonConverter : JsonConverter<DeclaredOutcome>
{
    /// <inheritdoc/>
    public override DeclaredOutcome Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var f = new JsonFields(JsonFields.ValueOf(ref reader), "a declared outcome", "outcome, vetoedBy");
        VoteOutcome? outcome = null;
        ImmutableArray<CountryCode> vetoedBy = [];
        long vetoedAt = 0;
        while (f.Next(out string field))
        {
            switch (field)
            {
                case "outcome": outcome = f.Enum<VoteOutcome>(field); break;
                case "vetoedBy": vetoedAt = f.At; vetoedBy = f.Codes(field); break;
                default: throw f.Unknown(field);
            }
        }

        VoteOutcome claimed = outcome ?? throw f.Missing("outcome");
        if (vetoedBy.IsEmpty)
        {
            return DeclaredOutcome.Of(claimed);
        }

        if (claimed != VoteOutcome.Rejected)
        {
            throw f.Error(RuleIds.DeclaredOutcomeContradictsCounts, vetoedAt, "a vetoed draft is not adopted: 'vetoedBy' goes with \"Rejected\"", "vetoedBy");
        }

        try
        {
            return DeclaredOutcome.Vetoed(vetoedBy);
        }
        catch (UNModelException ex)
        {
            throw f.Broken(ex, vetoedAt);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DeclaredOutcome value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, DeclaredOutcome value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("outcome", value.Outcome.ToString());
        if (!value.VetoedBy.IsEmpty)
        {
            ModelJson.WriteCodes(writer, "vetoedBy", value.VetoedBy);
        }

        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="Meeting"/>: <c>{"body", "date", "record", "votes": [vote records in order]}</c>, checked as <see cref="Meeting.Create"/> checks it.</summary>
public sealed class MeetingJsonConverter : JsonConverter<Meeting>
{
    /// <inheritdoc/>
    public override Meeting Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(JsonFields.ValueOf(ref reader));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Meeting value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("body", value.Body.Kind.ToString());
        writer.WriteString("date", JsonNames.Date(value.Date));
        if (value.Record is DocumentSymbol record)
        {
            writer.WriteString("record", record.Value);
        }

        writer.WriteStartArray("votes");
        var votes = new VoteJsonConverter();
        foreach (Vote vote in value.Votes)
        {
            votes.Write(writer, vote, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    internal static Meeting Read(ReadOnlySpan<byte> json)
    {
        var f = new JsonFields(json, "a meeting", "body, date, record, votes");
        BodyKind? body = null;
        DateOnly? date = null;
        DocumentSymbol? record = null;
        List<Vote>? votes = null;
        long votesAt = 0;
        while (f.Next(out string field))
        {
            switch (field)
            {
                case "body": body = f.Enum<BodyKind>(field); break;
                case "date": date = f.Date(field); break;
                case "record": record = f.NullableSymbol(field); break;
                case "votes":
                    votesAt = f.At;
                    votes = [];
                    foreach ((int Start, int Length) element in f.Elements(field))
                    {
                        votes.Add(ModelJson.Nested(ref f, element, VoteJsonConverter.Read));
                    }

                    break;
                default: throw f.Unknown(field);
            }
        }

        try
        {
            return Meeting.Create(Body.Of(body ?? throw f.Missing("body")), date ?? throw f.Missing("date"), record, votes ?? throw f.Missing("votes"));
        }
        catch (UNModelException ex) when (ex is not JsonRecordException)
        {
            throw f.Broken(ex, votesAt);
        }
    }
}

/// <summary>Reads and writes an <see cref="ElectionCandidate"/>: <c>{"state": "EST", "votes": 111}</c>, or <c>{"person": "Julia Sebutinde", "votes": 9}</c> for the Court.</summary>
public sealed class ElectionCandidateJsonConverter : JsonConverter<ElectionCandidate>
{
    /// <inheritdoc/>
    public override ElectionCandidate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(JsonFields.ValueOf(ref reader));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ElectionCandidate value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, ElectionCandidate value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        if (value.State is State state)
        {
            writer.WriteString("state", state.Code.Value);
        }
        else
        {
            writer.WriteString("person", value.Name);
        }

        writer.WriteNumber("votes", value.Votes);
        writer.WriteEndObject();
    }

    internal static ElectionCandidate Read(ReadOnlySpan<byte> json)
    {
        var f = new JsonFields(json, "a candidate", "state or person, votes");
        State? state = null;
        string? person = null;
        int? votes = null;
        long stateAt = 0;
        while (f.Next(out string field))
        {
            switch (field)
            {
                case "state": stateAt = f.At; state = ModelJson.StateOf(ref f, field); break;
                case "person": person = f.String(field); break;
                case "votes": votes = f.Int(field); break;
                default: throw f.Unknown(field);
            }
        }

        if (state is not null == person is not null)
        {
            throw f.Error(RuleIds.MalformedRecord, 0, "a candidate is a 'state' (an election of States) or a 'person' (an election of the Court), not " + (state is null ? "neither" : "both"), "state");
        }

        int count = votes ?? throw f.Missing("votes");
        try
        {
            return state is not null ? ElectionCandidate.Of(state, count) : ElectionCandidate.Person(person!, count);
        }
        catch (UNModelException ex)
        {
            throw f.Broken(ex, stateAt);
        }
    }
}

/// <summary>
/// Reads and writes an <see cref="ElectionRound"/>: <c>{"body", "date", "question", "places", "ballotPapers", "invalid",
/// "abstentions", "candidates": [...]}</c>, the three counts only where the record gives them; checked as
/// <see cref="ElectionRound"/>'s factories check it.
/// </summary>
public sealed class ElectionRoundJsonConverter : JsonConverter<ElectionRound>
{
    /// <inheritdoc/>
    public override ElectionRound Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(JsonFields.ValueOf(ref reader));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ElectionRound value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, ElectionRound value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("body", value.Body.Kind.ToString());
        writer.WriteString("date", JsonNames.Date(value.Date));
        writer.WriteString("question", value.Question.ToString());
        writer.WriteNumber("places", value.Places);
        if (value.BallotPapers is int papers)
        {
            writer.WriteNumber("ballotPapers", papers);
            writer.WriteNumber("invalid", value.Invalid!.Value);
            writer.WriteNumber("abstentions", value.Abstentions!.Value);
        }

        ModelJson.WriteCandidates(writer, "candidates", value.Candidates);
        writer.WriteEndObject();
    }

    internal static ElectionRound Read(ReadOnlySpan<byte> json)
    {
        var f = new JsonFields(json, "an election round", "body, date, question, places, ballotPapers, invalid, abstentions, candidates");
        BodyKind? body = null;
        DateOnly? date = null;
        QuestionKind? question = null;
        int? places = null, papers = null, invalid = null, abstentions = null;
        List<ElectionCandidate>? candidates = null;
        long candidatesAt = 0;
        var at = new Dictionary<string, long>(StringComparer.Ordinal);
        while (f.Next(out string field))
        {
            at[field] = f.At;
            switch (field)
            {
                case "body": body = f.Enum<BodyKind>(field); break;
                case "date": date = f.Date(field); break;
                case "question": question = f.Enum<QuestionKind>(field); break;
                case "places": places = f.Int(field); break;
                case "ballotPapers": papers = f.Int(field); break;
                case "invalid": invalid = f.Int(field); break;
                case "abstentions": abstentions = f.Int(field); break;
                case "candidates":
                    candidatesAt = f.At;
                    candidates = ModelJson.Candidates(ref f, field);
                    break;
                default: throw f.Unknown(field);
            }
        }

        if (papers is null && (invalid is not null || abstentions is not null))
        {
            throw f.Error(RuleIds.MalformedRecord, at.GetValueOrDefault(invalid is not null ? "invalid" : "abstentions"), "'invalid' and 'abstentions' go with 'ballotPapers'", "ballotPapers");
        }

        Body of = Body.Of(body ?? throw f.Missing("body"));
        DateOnly day = date ?? throw f.Missing("date");
        QuestionKind kind = question ?? throw f.Missing("question");
        int count = places ?? throw f.Missing("places");
        List<ElectionCandidate> list = candidates ?? throw f.Missing("candidates");
        try
        {
            return papers is int p
                ? ElectionRound.Of(of, day, kind, count, p, invalid ?? 0, abstentions ?? 0, list)
                : ElectionRound.Of(of, day, kind, count, list);
        }
        catch (UNModelException ex) when (ex is not JsonRecordException)
        {
            throw f.Broken(ex, ex.Subject is not null && at.TryGetValue(ex.Subject, out long place) ? place : candidatesAt);
        }
    }
}

/// <summary>
/// Reads and writes an <see cref="ElectionResult"/>: <c>{"round": {...}, "required", "obtainedMajority", "elected",
/// "isVoid", "placesRemaining", "explanation"}</c>. Reading decides the round again and checks the stated figures against
/// that result (UNM0005 on a difference); the explanation is recomputed.
/// </summary>
public sealed class ElectionResultJsonConverter : JsonConverter<ElectionResult>
{
    /// <inheritdoc/>
    public override ElectionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var f = new JsonFields(JsonFields.ValueOf(ref reader), "an election result", "round, required, obtainedMajority, elected, isVoid, placesRemaining, explanation");
        ElectionResult? result = null;
        while (f.Next(out string field))
        {
            long at = f.At;
            if (field == "round")
            {
                result = Charter.Elect(ModelJson.Nested(ref f, ElectionRoundJsonConverter.Read));
                continue;
            }

            ElectionResult r = result ?? throw f.Error(RuleIds.MalformedRecord, at, "'round' comes first in an election result: the other fields are checked against it", field);
            if (field == "explanation")
            {
                _ = f.String(field); // the engine's words, recomputed
                continue;
            }

            (string given, string computed) = field switch
            {
                "required" => (RuleMessages.Number(f.Int(field)), RuleMessages.Number(r.Required)),
                "placesRemaining" => (RuleMessages.Number(f.Int(field)), RuleMessages.Number(r.PlacesRemaining)),
                "isVoid" => (f.Bool(field) ? "true" : "false", r.IsVoid ? "true" : "false"),
                "obtainedMajority" => (string.Join(", ", ModelJson.Candidates(ref f, field)), string.Join(", ", r.ObtainedMajority)),
                "elected" => (string.Join(", ", ModelJson.Candidates(ref f, field)), string.Join(", ", r.Elected)),
                _ => throw f.Unknown(field),
            };
            if (given != computed)
            {
                throw f.Error(RuleIds.DeclaredOutcomeContradictsCounts, at, "'" + field + "' is " + (given.Length == 0 ? "empty" : given) + " but the round gives " + (computed.Length == 0 ? "none" : computed) + ": " + r.Explanation.TrimEnd('.'), field);
            }
        }

        return result ?? throw f.Missing("round");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ElectionResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WritePropertyName("round");
        ElectionRoundJsonConverter.WriteValue(writer, value.Round);
        writer.WriteNumber("required", value.Required);
        ModelJson.WriteCandidates(writer, "obtainedMajority", value.ObtainedMajority);
        ModelJson.WriteCandidates(writer, "elected", value.Elected);
        writer.WriteBoolean("isVoid", value.IsVoid);
        writer.WriteNumber("placesRemaining", value.PlacesRemaining);
        writer.WriteString("explanation", value.Explanation);
        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="LegalEffect"/>: <c>{"kind": "Recommendation", "explanation": "…"}</c>.</summary>
public sealed class LegalEffectJsonConverter : JsonConverter<LegalEffect>
{
    /// <inheritdoc/>
    public override LegalEffect Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var f = new JsonFields(JsonFields.ValueOf(ref reader), "a legal effect", "kind, explanation");
        LegalEffectKind? kind = null;
        string? explanation = null;
        while (f.Next(out string field))
        {
            switch (field)
            {
                case "kind": kind = f.Enum<LegalEffectKind>(field); break;
                case "explanation": explanation = f.String(field); break;
                default: throw f.Unknown(field);
            }
        }

        return new LegalEffect(kind ?? throw f.Missing("kind"), explanation ?? throw f.Missing("explanation"));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LegalEffect value, JsonSerializerOptions options) => WriteValue(writer, value);

    internal static void WriteValue(Utf8JsonWriter writer, LegalEffect value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("kind", value.Kind.ToString());
        writer.WriteString("explanation", value.Explanation);
        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="Majority"/>: <c>{"body": "SecurityCouncil", "question": "Substantive", "date": "2025-02-24"}</c>.</summary>
public sealed class MajorityJsonConverter : JsonConverter<Majority>
{
    /// <inheritdoc/>
    public override Majority Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var f = new JsonFields(JsonFields.ValueOf(ref reader), "a majority", "body, question, date");
        BodyKind? body = null;
        QuestionKind? question = null;
        DateOnly? date = null;
        while (f.Next(out string field))
        {
            switch (field)
            {
                case "body": body = f.Enum<BodyKind>(field); break;
                case "question": question = f.Enum<QuestionKind>(field); break;
                case "date": date = f.Date(field); break;
                default: throw f.Unknown(field);
            }
        }

        try
        {
            return Majority.For(Body.Of(body ?? throw f.Missing("body")), question ?? throw f.Missing("question"), date ?? throw f.Missing("date"));
        }
        catch (UNModelException ex) when (ex is not JsonRecordException)
        {
            throw f.Broken(ex, 0);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Majority value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("body", value.Body.Kind.ToString());
        writer.WriteString("question", value.Question.ToString());
        writer.WriteString("date", JsonNames.Date(value.Date));
        writer.WriteEndObject();
    }
}

/// <summary>Reads and writes a <see cref="Body"/> (or one of its types) by its kind: <c>"SecurityCouncil"</c>.</summary>
public sealed class BodyJsonConverter : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeof(Body).IsAssignableFrom(typeToConvert);

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : Body
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            string? text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            return text is not null && JsonNames.TryParse(text, out BodyKind kind) && Body.Of(kind) is T body
                ? body
                : throw ModelJson.AtStart(RuleIds.MalformedRecord, "a " + typeof(T).Name + " is written " + (typeof(T) == typeof(Body) ? JsonNames.Choices<BodyKind>() : "\"" + typeof(T).Name[..^"Body".Length] + "\"")
                    + ", not " + (text is null ? JsonFields.Describe(reader.TokenType) : "\"" + JsonFields.Shown(text) + "\""), "body");
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(value);
            writer.WriteStringValue(value.Kind.ToString());
        }
    }
}

/// <summary>Reads and writes a <see cref="State"/> (a <see cref="MemberState"/> or an <see cref="ObserverState"/>) by its code: <c>"SVN"</c>.</summary>
public sealed class StateJsonConverter : JsonConverterFactory
{
    /// <inheritdoc/>
    public override bool CanConvert(Type typeToConvert) => typeof(State).IsAssignableFrom(typeToConvert);

    /// <inheritdoc/>
    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(Converter<>).MakeGenericType(typeToConvert))!;

    private sealed class Converter<T> : JsonConverter<T>
        where T : State
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw ModelJson.AtStart(RuleIds.MalformedRecord, "a state is written as its alpha-3 code, e.g. \"SVN\", not " + JsonFields.Describe(reader.TokenType), "state");
            }

            string text = reader.GetString()!;
            if (!CountryCode.TryFrom(text, out CountryCode code))
            {
                throw ModelJson.AtStart(RuleIds.UnknownCountryCode, CharterFacts.Codes.WhyNotAccepted(text), text);
            }

            if (!MemberStates.TryGetState(code, out State? state))
            {
                throw ModelJson.AtStart(RuleIds.UnknownCountryCode, RuleMessages.NoMemberWithCode(text) + " and of no observer State", text);
            }

            return state as T ?? throw ModelJson.AtStart(RuleIds.ObserverVoting, state + " is not a " + (typeof(T) == typeof(MemberState) ? "Member of the United Nations" : "non-member observer State"), text);
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            ArgumentNullException.ThrowIfNull(writer);
            ArgumentNullException.ThrowIfNull(value);
            writer.WriteStringValue(value.Code.Value);
        }
    }
}

/// <summary>Reads and writes a <see cref="RecordedVote"/>: <c>{"id", "vote", "resolution", "source", "confirmedByUnRecord", "note"}</c>.</summary>
public sealed class RecordedVoteJsonConverter : JsonConverter<RecordedVote>
{
    /// <inheritdoc/>
    public override RecordedVote Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Read(JsonFields.ValueOf(ref reader));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, RecordedVote value, JsonSerializerOptions options) => WriteValue(writer, value, options);

    internal static void WriteValue(Utf8JsonWriter writer, RecordedVote value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("id", value.Id);
        writer.WritePropertyName("vote");
        new VoteJsonConverter().Write(writer, value.Vote, options);
        if (value.Resolution is DocumentSymbol resolution)
        {
            writer.WriteString("resolution", resolution.Value);
        }

        writer.WriteString("source", value.Source);
        writer.WriteBoolean("confirmedByUnRecord", value.IsConfirmedByUnRecord);
        if (value.Note is string note)
        {
            writer.WriteString("note", note);
        }

        writer.WriteEndObject();
    }

    internal static RecordedVote Read(ReadOnlySpan<byte> json)
    {
        var f = new JsonFields(json, "a recorded vote", "id, vote, resolution, source, confirmedByUnRecord, note");
        string? id = null, source = null, note = null;
        Vote? vote = null;
        DocumentSymbol? resolution = null;
        bool? confirmed = null;
        while (f.Next(out string field))
        {
            switch (field)
            {
                case "id": id = f.String(field); break;
                case "vote": vote = ModelJson.Nested(ref f, VoteJsonConverter.Read); break;
                case "resolution": resolution = f.NullableSymbol(field); break;
                case "source": source = f.String(field); break;
                case "confirmedByUnRecord": confirmed = f.Bool(field); break;
                case "note": note = f.NullableString(field); break;
                default: throw f.Unknown(field);
            }
        }

        return new RecordedVote(id ?? throw f.Missing("id"), vote ?? throw f.Missing("vote"), resolution, source ?? throw f.Missing("source"), confirmed ?? throw f.Missing("confirmedByUnRecord"), note);
    }
}

/// <summary>Reads and writes a <see cref="SeedDay"/>: <c>{"date", "meetings": [...], "votes": [recorded votes]}</c>.</summary>
public sealed class SeedDayJsonConverter : JsonConverter<SeedDay>
{
    /// <inheritdoc/>
    public override SeedDay Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var f = new JsonFields(JsonFields.ValueOf(ref reader), "a day", "date, meetings, votes");
        DateOnly? date = null;
        ImmutableArray<Meeting>.Builder? meetings = null;
        ImmutableArray<RecordedVote>.Builder? votes = null;
        while (f.Next(out string field))
        {
            switch (field)
            {
                case "date": date = f.Date(field); break;
                case "meetings":
                    meetings = ImmutableArray.CreateBuilder<Meeting>();
                    foreach ((int, int) element in f.Elements(field))
                    {
                        meetings.Add(ModelJson.Nested(ref f, element, MeetingJsonConverter.Read));
                    }

                    break;
                case "votes":
                    votes = ImmutableArray.CreateBuilder<RecordedVote>();
                    foreach ((int, int) element in f.Elements(field))
                    {
                        votes.Add(ModelJson.Nested(ref f, element, RecordedVoteJsonConverter.Read));
                    }

                    break;
                default: throw f.Unknown(field);
            }
        }

        return new SeedDay(date ?? throw f.Missing("date"), (meetings ?? throw f.Missing("meetings")).ToImmutable(), (votes ?? throw f.Missing("votes")).ToImmutable());
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SeedDay value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("date", JsonNames.Date(value.Date));
        writer.WriteStartArray("meetings");
        var meetings = new MeetingJsonConverter();
        foreach (Meeting meeting in value.Meetings)
        {
            meetings.Write(writer, meeting, options);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("votes");
        foreach (RecordedVote vote in value.Votes)
        {
            RecordedVoteJsonConverter.WriteValue(writer, vote, options);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

/// <summary>What the converters share: codes, candidates, nested values and their errors' places.</summary>
internal static class ModelJson
{
    /// <summary>A value of the current field read by <paramref name="read"/> from its own text; its errors placed in the outer value.</summary>
    public static T Nested<T>(ref JsonFields f, ReadValue<T> read) => Nested(ref f, f.Raw(), read);

    /// <summary>A value at <paramref name="slice"/> read by <paramref name="read"/>; its errors placed in the outer value.</summary>
    public static T Nested<T>(ref JsonFields f, (int Start, int Length) slice, ReadValue<T> read)
    {
        try
        {
            return read(f.Slice(slice));
        }
        catch (JsonRecordException ex)
        {
            throw f.Within(slice, ex);
        }
    }

    /// <summary>The candidates of an array field.</summary>
    public static List<ElectionCandidate> Candidates(ref JsonFields f, string field)
    {
        var candidates = new List<ElectionCandidate>();
        foreach ((int, int) element in f.Elements(field))
        {
            candidates.Add(Nested(ref f, element, ElectionCandidateJsonConverter.Read));
        }

        return candidates;
    }

    /// <summary>The catalogue's state of the current value's code (UNM0017 when no state has it).</summary>
    public static State StateOf(ref JsonFields f, string field)
    {
        CountryCode code = f.Code(field);
        return MemberStates.TryGetState(code, out State? state)
            ? state
            : throw f.Error(RuleIds.UnknownCountryCode, f.At, RuleMessages.NoMemberWithCode(code.Value) + " and of no observer State", code.Value);
    }

    public static void WriteCodes(Utf8JsonWriter writer, string name, ImmutableArray<CountryCode> codes)
    {
        writer.WriteStartArray(name);
        foreach (CountryCode code in codes)
        {
            writer.WriteStringValue(code.Value);
        }

        writer.WriteEndArray();
    }

    public static void WriteCandidates(Utf8JsonWriter writer, string name, ImmutableArray<ElectionCandidate> candidates)
    {
        writer.WriteStartArray(name);
        foreach (ElectionCandidate candidate in candidates)
        {
            ElectionCandidateJsonConverter.WriteValue(writer, candidate);
        }

        writer.WriteEndArray();
    }

    public static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
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

    /// <summary>"CHN, RUS", in alphabetical order; "none" for none.</summary>
    public static string CodesText(ImmutableArray<CountryCode> codes) => codes.IsEmpty ? "none" : string.Join(", ", codes.Sort());

    /// <summary>An error of a value as a whole, placed at its start.</summary>
    public static JsonRecordException AtStart(string ruleId, string message, string? subject) => new(ruleId, string.Empty, 1, 1, message, subject, null);
}

/// <summary>Reads one value from its own UTF-8 text.</summary>
internal delegate T ReadValue<T>(ReadOnlySpan<byte> json);
