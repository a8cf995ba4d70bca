using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using UNModel.Core;

namespace UNModel.Serialization;

/// <summary>
/// Reads vote records written as JSON (one object, or an array of them) strictly: unknown fields, duplicate keys,
/// wrong types, lower-case or unknown codes and impossible counts are errors that name the rule, the record's index
/// and the line and column. The format is documented in <c>docs/vote-record-format.md</c>.
/// </summary>
public static class VoteRecordReader
{
    /// <summary>The largest input accepted: 32 MiB (the whole Security Council record since 1946 is about 1 MiB).</summary>
    public const int MaxInputBytes = 32 * 1024 * 1024;

    private const int MaxDepth = 8;

    /// <summary>The last place computed in the input this thread is reading (set for the duration of a read).</summary>
    [ThreadStatic]
    private static Position? position;

    /// <summary>Reads one record or an array of records from UTF-8 JSON.</summary>
    /// <param name="utf8">The input, UTF-8 without a byte-order mark.</param>
    /// <returns>The votes, validated, in input order.</returns>
    /// <exception cref="VoteRecordException">The first error, with its rule id and place: one bad record rejects the whole input.</exception>
    public static VoteRecordBatch Read(ReadOnlySpan<byte> utf8)
    {
        (bool isArray, ImmutableArray<VoteRecordResult> records) = ReadAll(utf8, keepGoing: false);
        return new VoteRecordBatch(isArray, [.. records.Select(r => r.Vote!)]);
    }

    /// <summary>
    /// Reads one record or an array of records, deciding each record on its own: a record that breaks a rule is returned
    /// with its error, in its place, and the others are read. An input that is not well-formed JSON (or is too large,
    /// empty, not UTF-8) still fails as a whole, since its records cannot be told apart.
    /// </summary>
    /// <param name="utf8">The input, UTF-8 without a byte-order mark.</param>
    /// <returns>Every record, valid or not, in input order.</returns>
    /// <exception cref="VoteRecordException">The input as a whole cannot be read.</exception>
    public static VoteRecordResults ReadEach(ReadOnlySpan<byte> utf8)
    {
        (bool isArray, ImmutableArray<VoteRecordResult> records) = ReadAll(utf8, keepGoing: true);
        return new VoteRecordResults(isArray, records);
    }

    private static (bool IsArray, ImmutableArray<VoteRecordResult> Records) ReadAll(ReadOnlySpan<byte> utf8, bool keepGoing)
    {
        if (utf8.Length > MaxInputBytes)
        {
            throw Error(RuleIds.MalformedRecord, utf8, null, 0, "the input is " + utf8.Length.ToString(CultureInfo.InvariantCulture) + " bytes; at most " + MaxInputBytes.ToString(CultureInfo.InvariantCulture) + " are read", "input");
        }

        if (utf8.Length >= 3 && utf8[0] == 0xEF && utf8[1] == 0xBB && utf8[2] == 0xBF)
        {
            throw Error(RuleIds.MalformedRecord, utf8, null, 0, "the input starts with a UTF-8 byte-order mark; write UTF-8 without one", "input");
        }

        if (utf8.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            throw Error(RuleIds.MalformedRecord, utf8, null, 0, "the input is empty; expected a vote record object or an array of them", "input");
        }

        if (!Utf8.IsValid(utf8))
        {
            // Utf8JsonReader checks UTF-8 only when a string is decoded, and then throws InvalidOperationException.
            long bad = FirstInvalidUtf8(utf8);
            throw Error(RuleIds.MalformedRecord, utf8, null, bad, "the input is not valid UTF-8 (byte 0x" + (bad < utf8.Length ? utf8[(int)bad].ToString("X2", CultureInfo.InvariantCulture) : "??") + ")", "input");
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        var records = ImmutableArray.CreateBuilder<VoteRecordResult>();
        bool isArray;
        position = new Position();
        try
        {
            if (!reader.Read())
            {
                throw Error(RuleIds.MalformedRecord, utf8, null, 0, "the input is empty; expected a vote record object or an array of them", "input");
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                isArray = true;
                int index = 0;
                while (true)
                {
                    Next(ref reader, utf8, null);
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        break;
                    }

                    Utf8JsonReader start = reader;
                    try
                    {
                        records.Add(new VoteRecordResult(index, ReadRecord(ref reader, utf8, index), null));
                    }
                    catch (VoteRecordException ex) when (keepGoing)
                    {
                        // Step over the whole record and go on; a record that is not well-formed JSON ends the input here.
                        records.Add(new VoteRecordResult(index, null, ex));
                        reader = start;
                        reader.Skip();
                    }

                    index++;
                }
            }
            else
            {
                isArray = false;
                try
                {
                    records.Add(new VoteRecordResult(0, ReadRecord(ref reader, utf8, null), null));
                }
                catch (VoteRecordException ex) when (keepGoing)
                {
                    records.Add(new VoteRecordResult(0, null, ex));
                    reader.Skip();
                }
            }

            if (reader.Read())
            {
                throw Error(RuleIds.MalformedRecord, utf8, null, reader.TokenStartIndex, "unexpected content after the end of the JSON value", "input");
            }
        }
        catch (JsonException ex)
        {
            throw JsonError(utf8, ex);
        }
        finally
        {
            position = null;
        }

        return (isArray, records.ToImmutable());
    }

    private static Vote ReadRecord(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int? index)
    {
        long recordStart = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, recordStart, "expected a vote record object, found " + Describe(reader.TokenType), "record");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? bodyText = null, dateText = null, questionText = null, documentText = null;
        long bodyAt = recordStart, dateAt = recordStart, questionAt = recordStart, documentAt = recordStart;
        List<(string Code, string Choice, long At)>? ballots = null;
        (int? Yes, int? No, int? Abstain, long At)? tally = null;
        List<(string Code, long At)>? permanentNo = null;
        List<(string Code, long At)>? inArrears = null;
        (string Outcome, List<(string Code, long At)> VetoedBy, long At)? declared = null;
        var proposalTexts = new List<(string Field, string Text, long At)>();
        var proposalLists = new List<(string Field, List<(string Text, long At)> Items, long At)>();

        while (true)
        {
            Next(ref reader, utf8, index);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            string field = reader.GetString()!;
            long fieldAt = reader.TokenStartIndex;
            if (!seen.Add(field))
            {
                throw Error(RuleIds.MalformedRecord, utf8, index, fieldAt, "duplicate field '" + Shown(field) + "'", field);
            }

            Next(ref reader, utf8, index);
            long valueAt = reader.TokenStartIndex;
            switch (field)
            {
                case "body":
                    bodyText = ReadString(ref reader, utf8, index, field);
                    bodyAt = valueAt;
                    break;
                case "date":
                    dateText = ReadString(ref reader, utf8, index, field);
                    dateAt = valueAt;
                    break;
                case "question":
                    questionText = ReadString(ref reader, utf8, index, field);
                    questionAt = valueAt;
                    break;
                case "document":
                    documentText = ReadString(ref reader, utf8, index, field);
                    documentAt = valueAt;
                    break;
                case "ballots":
                    ballots = ReadBallots(ref reader, utf8, index);
                    break;
                case "tally":
                    tally = ReadTally(ref reader, utf8, index);
                    break;
                case "permanentNo":
                    permanentNo = ReadCodes(ref reader, utf8, index, field);
                    break;
                case "declared":
                    declared = ReadDeclared(ref reader, utf8, index);
                    break;
                case "inArrears":
                    inArrears = ReadCodes(ref reader, utf8, index, field);
                    break;
                case "basis":
                case "partiesToDispute":
                    proposalLists.Add((field, ReadStrings(ref reader, utf8, index, field), valueAt));
                    break;
                case "kind":
                case "amends":
                case "title":
                case "language":
                case "declaredEffect":
                    proposalTexts.Add((field, ReadString(ref reader, utf8, index, field), valueAt));
                    break;
                default:
                    throw Error(RuleIds.MalformedRecord, utf8, index, fieldAt, "unknown field '" + Shown(field) + "' (expected " + FieldNames + ")", field);
            }
        }

        long end = reader.TokenStartIndex;
        Body body = ParseBody(bodyText, utf8, index, bodyAt, recordStart);
        DateOnly date = ParseDate(dateText, utf8, index, dateAt, recordStart);
        QuestionKind question = ParseQuestion(questionText, utf8, index, questionAt, recordStart);
        Proposal proposal = ParseProposal(documentText, proposalTexts, proposalLists, utf8, index, documentAt, recordStart);

        if (ballots is not null && tally is not null)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, tally.Value.At, "give either 'ballots' or 'tally', not both", "tally");
        }

        if (ballots is null && tally is null)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, end, "the record has neither 'ballots' nor 'tally'", "ballots");
        }

        if (ballots is not null && permanentNo is not null)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, permanentNo.Count > 0 ? permanentNo[0].At : end, "'permanentNo' goes with a 'tally'; a roll call already says how each permanent member voted", "permanentNo");
        }

        var places = new Dictionary<string, long>(StringComparer.Ordinal);
        DeclaredOutcome? declaredOutcome = null;
        if (declared is { } d)
        {
            declaredOutcome = BuildDeclared(d, utf8, index, places);
        }

        try
        {
            if (ballots is not null)
            {
                var list = new List<Ballot>(ballots.Count);
                foreach ((string code, string choice, long at) in ballots)
                {
                    places.TryAdd(code, at);
                    list.Add(BallotText.Create(CountryCode.From(code), choice));
                }

                List<CountryCode>? debtors = null;
                if (inArrears is not null)
                {
                    debtors = [];
                    foreach ((string code, long at) in inArrears)
                    {
                        places.TryAdd(code, at);
                        debtors.Add(CountryCode.From(code));
                    }
                }

                return Vote.RollCall(body, date, question, proposal, list, declaredOutcome, debtors);
            }

            (int? yes, int? no, int? abstain, long tallyAt) = tally!.Value;

            // The counts a decision needs are the model's to require (UNM0016: 'no' in the Assembly, 'permanentNo' in the
            // Council when the draft had the votes); only 'yes' is always needed.
            places.TryAdd("tally", tallyAt);
            places.TryAdd("no", tallyAt);
            places.TryAdd("permanentNo", tallyAt);
            if (yes is null)
            {
                throw Error(RuleIds.MalformedRecord, utf8, index, tallyAt, "a tally needs 'yes'", "tally");
            }

            List<CountryCode>? permanent = null;
            if (permanentNo is not null)
            {
                permanent = [];
                foreach ((string code, long at) in permanentNo)
                {
                    places.TryAdd(code, at);
                    permanent.Add(CountryCode.From(code));
                }
            }

            if (inArrears is not null)
            {
                throw Error(RuleIds.MalformedRecord, utf8, index, inArrears.Count > 0 ? inArrears[0].At : tallyAt, "'inArrears' goes with 'ballots': a tally does not say who voted", "inArrears");
            }

            Tally counts = no is int n && abstain is int a ? Tally.From(yes.Value, n, a) : Tally.Partial(yes.Value, no, abstain);
            return Vote.FromTally(body, date, question, proposal, counts, permanent, declaredOutcome);
        }
        catch (VoteRecordException)
        {
            throw;
        }
        catch (UNModelException ex)
        {
            long at = ex.Subject is not null && places.TryGetValue(ex.Subject, out long p) ? p : recordStart;
            string text = ex.Message.StartsWith(ex.RuleId + ": ", StringComparison.Ordinal) ? ex.Message[(ex.RuleId.Length + 2)..] : ex.Message;
            throw Error(ex.RuleId, utf8, index, at, text.TrimEnd('.'), ex.Subject, ex);
        }
    }

    private static DeclaredOutcome BuildDeclared((string Outcome, List<(string Code, long At)> VetoedBy, long At) d, ReadOnlySpan<byte> utf8, int? index, Dictionary<string, long> places)
    {
        VoteOutcome outcome = d.Outcome switch
        {
            "Adopted" => VoteOutcome.Adopted,
            "Rejected" => VoteOutcome.Rejected,
            _ => throw Error(RuleIds.MalformedRecord, utf8, index, d.At, "'declared.outcome' must be \"Adopted\" or \"Rejected\", not \"" + Shown(d.Outcome) + "\"", "declared.outcome"),
        };
        if (d.VetoedBy.Count == 0)
        {
            places.TryAdd(outcome.ToString(), d.At);
            return DeclaredOutcome.Of(outcome);
        }

        if (outcome != VoteOutcome.Rejected)
        {
            throw Error(RuleIds.DeclaredOutcomeContradictsCounts, utf8, index, d.At, "a vetoed draft is not adopted: 'declared.vetoedBy' goes with \"Rejected\"", "declared");
        }

        var codes = new List<CountryCode>();
        foreach ((string code, long at) in d.VetoedBy)
        {
            places.TryAdd(code, at);
            codes.Add(CountryCode.TryFrom(code, out CountryCode c) ? c : throw Error(RuleIds.UnknownCountryCode, utf8, index, at, UnknownCode(code), code));
        }

        DeclaredOutcome result = DeclaredOutcome.Vetoed(codes);
        places.TryAdd(result.ToString(), d.At);
        return result;
    }

    private static List<(string, string, long)> ReadBallots(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int? index)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, reader.TokenStartIndex, "'ballots' must be an object mapping alpha-3 codes to \"Yes\", \"No\", \"Abstain\", \"Absent\" or \"Veto\"", "ballots");
        }

        var result = new List<(string, string, long)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            Next(ref reader, utf8, index);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return result;
            }

            string code = reader.GetString()!;
            long at = reader.TokenStartIndex;
            if (!CountryCode.TryFrom(code, out _))
            {
                throw Error(RuleIds.UnknownCountryCode, utf8, index, at, UnknownCode(code), code);
            }

            if (!seen.Add(code))
            {
                throw Error(RuleIds.DuplicateBallot, utf8, index, at, code + " has two ballots; each member has one vote (Art. 18(1), 27(1))", code);
            }

            Next(ref reader, utf8, index);
            string choice = ReadString(ref reader, utf8, index, "ballots." + code);
            if (!BallotText.IsChoice(choice))
            {
                throw Error(RuleIds.MalformedRecord, utf8, index, reader.TokenStartIndex, "the ballot of " + code + " must be " + BallotText.Choices + ", not \"" + Shown(choice) + "\"", code);
            }

            result.Add((code, choice, at));
        }
    }

    private static (int?, int?, int?, long) ReadTally(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int? index)
    {
        long at = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, at, "'tally' must be an object {\"yes\": n, \"no\": n, \"abstain\": n}", "tally");
        }

        int? yes = null, no = null, abstain = null;
        while (true)
        {
            Next(ref reader, utf8, index);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                return (yes, no, abstain, at);
            }

            string field = reader.GetString()!;
            long fieldAt = reader.TokenStartIndex;
            Next(ref reader, utf8, index);
            int value = ReadCount(ref reader, utf8, index, "tally." + Shown(field));
            switch (field)
            {
                case "yes" when yes is null: yes = value; break;
                case "no" when no is null: no = value; break;
                case "abstain" when abstain is null: abstain = value; break;
                case "yes" or "no" or "abstain":
                    throw Error(RuleIds.MalformedRecord, utf8, index, fieldAt, "duplicate field 'tally." + Shown(field) + "'", "tally." + field);
                default:
                    throw Error(RuleIds.MalformedRecord, utf8, index, fieldAt, "unknown field 'tally." + Shown(field) + "' (expected yes, no, abstain)", "tally." + field);
            }
        }
    }

    private static int ReadCount(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int? index, string field)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, reader.TokenStartIndex, "'" + field + "' must be a whole number, found " + Describe(reader.TokenType), field);
        }

        if (!reader.TryGetInt64(out long value))
        {
            if (reader.TryGetDouble(out double d) && Math.Abs(d) > int.MaxValue)
            {
                throw Error(RuleIds.CountsExceedMembership, utf8, index, reader.TokenStartIndex, "'" + field + "' is impossibly large", field);
            }

            throw Error(RuleIds.MalformedRecord, utf8, index, reader.TokenStartIndex, "'" + field + "' must be a whole number", field);
        }

        if (value < 0 || value > 1000)
        {
            throw Error(RuleIds.CountsExceedMembership, utf8, index, reader.TokenStartIndex, "'" + field + "' is " + value.ToString(CultureInfo.InvariantCulture) + "; a count is between 0 and the body's membership", field);
        }

        return (int)value;
    }

    private static List<(string, long)> ReadCodes(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int? index, string field)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, reader.TokenStartIndex, "'" + field + "' must be an array of alpha-3 codes", field);
        }

        var result = new List<(string, long)>();
        while (true)
        {
            Next(ref reader, utf8, index);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return result;
            }

            long at = reader.TokenStartIndex;
            string code = ReadString(ref reader, utf8, index, field);
            if (!CountryCode.TryFrom(code, out _))
            {
                throw Error(RuleIds.UnknownCountryCode, utf8, index, at, UnknownCode(code), code);
            }

            result.Add((code, at));
        }
    }

    private static (string, List<(string, long)>, long) ReadDeclared(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int? index)
    {
        long at = reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, at, "'declared' must be an object {\"outcome\": \"Adopted\"}", "declared");
        }

        string? outcome = null;
        List<(string, long)>? vetoedBy = null;
        while (true)
        {
            Next(ref reader, utf8, index);
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }

            string field = reader.GetString()!;
            long fieldAt = reader.TokenStartIndex;
            Next(ref reader, utf8, index);
            if (field == "outcome" && outcome is null)
            {
                outcome = ReadString(ref reader, utf8, index, "declared.outcome");
            }
            else if (field == "vetoedBy" && vetoedBy is null)
            {
                vetoedBy = ReadCodes(ref reader, utf8, index, "declared.vetoedBy");
            }
            else
            {
                throw Error(RuleIds.MalformedRecord, utf8, index, fieldAt, (field is "outcome" or "vetoedBy" ? "duplicate" : "unknown") + " field 'declared." + Shown(field) + "'", "declared." + field);
            }
        }

        if (outcome is null)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, at, "'declared' needs an 'outcome'", "declared.outcome");
        }

        return (outcome, vetoedBy ?? [], at);
    }

    private static Body ParseBody(string? text, ReadOnlySpan<byte> utf8, int? index, long at, long recordStart) => text switch
    {
        null => throw Error(RuleIds.MalformedRecord, utf8, index, recordStart, "the record has no 'body'", "body"),
        "GeneralAssembly" => Body.GeneralAssembly,
        "SecurityCouncil" => Body.SecurityCouncil,
        "EconomicAndSocialCouncil" => Body.EconomicAndSocialCouncil,
        "HumanRightsCouncil" => Body.HumanRightsCouncil,
        _ => throw Error(RuleIds.MalformedRecord, utf8, index, at, "'body' must be GeneralAssembly, SecurityCouncil, EconomicAndSocialCouncil or HumanRightsCouncil, not \"" + Shown(text) + "\"", "body"),
    };

    private static DateOnly ParseDate(string? text, ReadOnlySpan<byte> utf8, int? index, long at, long recordStart)
    {
        if (text is null)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, recordStart, "the record has no 'date'", "date");
        }

        if (!JsonNames.TryParseDate(text, out DateOnly date, out string? why))
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, at, "'date' " + why, "date");
        }

        return date;
    }

    /// <summary>The fields a record may have, as the message of an unknown one lists them.</summary>
    private const string FieldNames = "body, date, question, ballots or tally, permanentNo, inArrears, declared, " + ProposalFields.Names;

    /// <summary>"Substantive, Procedural, …, or CharterAmendment": every kind of question a record may name.</summary>
    private static readonly string QuestionNames = string.Join(", ", Enum.GetNames<QuestionKind>()[..^1]) + " or " + Enum.GetNames<QuestionKind>()[^1];

    private static QuestionKind ParseQuestion(string? text, ReadOnlySpan<byte> utf8, int? index, long at, long recordStart)
    {
        if (text is null)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, recordStart, "the record has no 'question' (Substantive or Procedural in the Security Council; SimpleMajority or TwoThirds elsewhere)", "question");
        }

        for (QuestionKind question = QuestionKind.Substantive; question <= QuestionKind.CharterAmendment; question++)
        {
            if (text == question.ToString())
            {
                return question;
            }
        }

        throw Error(RuleIds.MalformedRecord, utf8, index, at, "'question' must be " + QuestionNames + ", not \"" + Shown(text) + "\"", "question");
    }

    /// <summary>The proposal from its fields (<see cref="ProposalFields"/>); errors at the field's value.</summary>
    private static Proposal ParseProposal(string? text, List<(string Field, string Text, long At)> texts, List<(string Field, List<(string Text, long At)> Items, long At)> lists, ReadOnlySpan<byte> utf8, int? index, long at, long recordStart)
    {
        var fields = new ProposalFields();
        if (text is not null)
        {
            if (!DocumentSymbol.TryFrom(text, out DocumentSymbol symbol))
            {
                string? canonical = DocumentSymbol.Normalize(text);
                throw Error(RuleIds.MalformedDocumentSymbol, utf8, index, at, "'" + Shown(text) + "' is not a UN document symbol" + (canonical is null ? string.Empty : " (did you mean '" + Shown(canonical) + "'?)"), "document");
            }

            fields.Document = symbol;
        }

        var places = new Dictionary<string, long>(StringComparer.Ordinal) { ["document"] = at };
        try
        {
            foreach ((string field, string value, long valueAt) in texts)
            {
                places[field] = valueAt;
                fields.Set(field, value);
            }

            foreach ((string field, List<(string Text, long At)> items, long listAt) in lists)
            {
                places[field] = listAt;
                foreach ((string item, long itemAt) in items)
                {
                    places.TryAdd(item, itemAt);
                }

                fields.SetList(field, items.ConvertAll(i => i.Text));
            }

            return fields.Build();
        }
        catch (UNModelException ex) when (ex is not VoteRecordException)
        {
            long place = ex.Subject is not null && places.TryGetValue(ex.Subject, out long p) ? p : recordStart;
            string message = ex.Message.StartsWith(ex.RuleId + ": ", StringComparison.Ordinal) ? ex.Message[(ex.RuleId.Length + 2)..] : ex.Message;
            throw Error(ex.RuleId, utf8, index, place, message.TrimEnd('.'), ex.Subject, ex);
        }
    }

    private static List<(string, long)> ReadStrings(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int? index, string field)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, reader.TokenStartIndex, "'" + field + "' must be an array of strings", field);
        }

        var result = new List<(string, long)>();
        while (true)
        {
            Next(ref reader, utf8, index);
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                return result;
            }

            long at = reader.TokenStartIndex;
            result.Add((ReadString(ref reader, utf8, index, field), at));
        }
    }

    private static string ReadString(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int? index, string field)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, reader.TokenStartIndex, "'" + field + "' must be a string, found " + Describe(reader.TokenType), field);
        }

        return reader.GetString()!;
    }

    private static void Next(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int? index)
    {
        if (!reader.Read())
        {
            throw Error(RuleIds.MalformedRecord, utf8, index, utf8.Length, "the JSON ends too early", "input");
        }
    }

    private static string Describe(JsonTokenType token) => JsonFields.Describe(token);

    private static VoteRecordException JsonError(ReadOnlySpan<byte> utf8, JsonException ex)
    {
        // JsonException carries zero-based line and byte position in the line.
        long line = (ex.LineNumber ?? 0) + 1;
        long column = (ex.BytePositionInLine ?? 0) + 1;
        string text = ex.Message;
        int cut = text.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            text = text[..cut];
        }

        _ = utf8;
        return new VoteRecordException(RuleIds.MalformedRecord, null, line, column, "malformed JSON: " + text.TrimEnd('.', ' '), "input", ex);
    }

    /// <summary>UNM0017's sentence for a code that <see cref="CountryCode.TryFrom(string?, out CountryCode)"/> refuses.</summary>
    private static string UnknownCode(string code) =>
        CountryCodePacking.Pack(code) != 0 ? CharterFacts.Codes.WhyNotAccepted(code) : "'" + Shown(code) + "' is not an ISO 3166-1 alpha-3 code in upper case";

    private static string Shown(string text) => JsonFields.Shown(text);

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        int i = 0;
        while (i < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[i..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return i;
            }

            i += consumed;
        }

        return utf8.Length;
    }

    private static VoteRecordException Error(string ruleId, ReadOnlySpan<byte> utf8, int? index, long offset, string message, string? subject, Exception? inner = null)
    {
        // Line and column by counting from the last place computed for this input (records are read in order, so a batch
        // with many bad records costs one pass, not one per error).
        Position p = position is { } known && known.Offset <= offset ? known : new Position();
        long end = Math.Min(offset, utf8.Length);
        for (long i = p.Offset; i < end; i++)
        {
            if (utf8[(int)i] == (byte)'\n')
            {
                p.Line++;
                p.Column = 1;
            }
            else if ((utf8[(int)i] & 0xC0) != 0x80)
            {
                p.Column++;
            }
        }

        p.Offset = Math.Max(p.Offset, end);
        return new VoteRecordException(ruleId, index, p.Line, p.Column, message, subject, inner);
    }

    /// <summary>A place in the input being read on this thread: byte offset, line and column.</summary>
    private sealed class Position
    {
        public long Offset { get; set; }

        public long Line { get; set; } = 1;

        public long Column { get; set; } = 1;
    }
}

/// <summary>The votes read from one input.</summary>
public sealed class VoteRecordBatch
{
    internal VoteRecordBatch(bool isArray, ImmutableArray<Vote> votes)
    {
        IsArray = isArray;
        Votes = votes;
    }

    /// <summary>Whether the input was an array of records (a batch) rather than one record.</summary>
    public bool IsArray { get; }

    /// <summary>The votes in input order.</summary>
    public ImmutableArray<Vote> Votes { get; }
}

/// <summary>Every record of one input, valid or not (<see cref="VoteRecordReader.ReadEach"/>).</summary>
public sealed class VoteRecordResults
{
    internal VoteRecordResults(bool isArray, ImmutableArray<VoteRecordResult> records)
    {
        IsArray = isArray;
        Records = records;
    }

    /// <summary>Whether the input was an array of records (a batch) rather than one record.</summary>
    public bool IsArray { get; }

    /// <summary>The records in input order.</summary>
    public ImmutableArray<VoteRecordResult> Records { get; }
}

/// <summary>One record of an input: its vote, or why it was rejected.</summary>
public sealed class VoteRecordResult
{
    internal VoteRecordResult(int index, Vote? vote, VoteRecordException? error)
    {
        Index = index;
        Vote = vote;
        Error = error;
    }

    /// <summary>The zero-based index in the input.</summary>
    public int Index { get; }

    /// <summary>The one-based number, as messages give it.</summary>
    public int Number => Index + 1;

    /// <summary>The vote, when the record is valid.</summary>
    public Vote? Vote { get; }

    /// <summary>Why the record was rejected, with its rule id and place; null when it is valid.</summary>
    public VoteRecordException? Error { get; }
}

/// <summary>A vote record that cannot be read or breaks a rule, with its place in the input (and its record in a batch).</summary>
public sealed class VoteRecordException : JsonRecordException
{
    internal VoteRecordException(string ruleId, int? index, long line, long column, string message, string? subject, Exception? inner)
        : base(ruleId, index is int i ? "record " + (i + 1).ToString(CultureInfo.InvariantCulture) + ", " : string.Empty, line, column, message, subject, inner)
    {
        Index = index;
    }

    /// <summary>The zero-based index of the record in a batch; null for a single record or an error outside any record.</summary>
    public int? Index { get; }

    /// <summary>The one-based number of the record in a batch, as messages give it (<c>record 1</c> is the first); null like <see cref="Index"/>.</summary>
    public int? RecordNumber => Index + 1;
}
