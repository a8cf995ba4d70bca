using System.Text.Json;
using UNModel.Serialization;
using static UNModel.Tests.TestVotes;

namespace UNModel.Tests;

/// <summary>
/// The model's types are values: equal by content (NodaTime-style contract checks), one JSON shape each that round-trips
/// with default options, never a default or half-built instance from JSON.
/// </summary>
public sealed class ModelValueTests
{
    private static readonly DateOnly Feb2025 = new(2025, 2, 24);

    /// <summary>S/2025/112, 24 February 2025 (S/PV.9866; UN Digital Library record 4077111): adopted 10-0-5 as resolution 2774 (2025).</summary>
    private static Vote Resolution2774() =>
        Council(Feb2025, "CHN DZA GUY KOR PAK PAN RUS SLE SOM USA", abstain: "DNK FRA GBR GRC SVN");

    [Fact]
    public void Votes_built_the_same_way_are_equal_and_a_builder_vote_equals_its_roll_call()
    {
        Vote built = VoteBuilder.In(Body.SecurityCouncil, Feb2025).Substantive().On(Proposal.Draft("S/2025/112"))
            .Abstain(MemberStates.Denmark, MemberStates.France, MemberStates.Greece, MemberStates.Slovenia, MemberStates.UnitedKingdom)
            .Yes(MemberStates.China, MemberStates.Algeria, MemberStates.Guyana, MemberStates.RepublicOfKorea, MemberStates.Pakistan,
                 MemberStates.Panama, MemberStates.RussianFederation, MemberStates.SierraLeone, MemberStates.Somalia, MemberStates.UnitedStates)
            .Build();

        EqualityContract.AssertEqual(Resolution2774(), Resolution2774());
        EqualityContract.AssertEqual(Resolution2774(), built);
        EqualityContract.AssertUnequal(Resolution2774(), Council(Feb2025, "CHN DZA GUY KOR PAK PAN RUS SLE SOM USA", abstain: "DNK FRA GBR GRC", absent: "SVN"));
        EqualityContract.AssertUnequal(Resolution2774(), Council(Feb2025, "CHN DZA GUY KOR PAK PAN RUS SLE SOM USA", abstain: "DNK FRA GBR GRC SVN", document: "S/2025/113"));
    }

    [Fact]
    public void Decisions_of_equal_votes_are_equal()
    {
        EqualityContract.AssertEqual(Charter.Decide(Resolution2774()), Charter.Decide(Resolution2774()));
        Assert.True(Charter.Decide(Resolution2774()) == Charter.Decide(Resolution2774()));
        EqualityContract.AssertUnequal(Charter.Decide(Resolution2774()), Charter.Decide(Council(Feb2025, "CHN DZA GUY KOR PAK PAN RUS SLE SOM", abstain: "DNK FRA GBR GRC SVN USA")));
    }

    [Fact]
    public void Proposals_declarations_meetings_majorities_and_elections_are_values()
    {
        EqualityContract.AssertEqual(Proposal.Draft("S/2025/112").WithPartiesToDispute([CountryCode.From("RUS"), CountryCode.From("UKR")]), Proposal.Draft("S/2025/112").WithPartiesToDispute([CountryCode.From("UKR"), CountryCode.From("RUS")]));
        EqualityContract.AssertUnequal(Proposal.Draft("S/2025/112"), Proposal.Draft("S/2025/112").WithLanguage(OperativeLanguage.Decides));
        EqualityContract.AssertEqual(DeclaredOutcome.Vetoed(MemberStates.China, MemberStates.RussianFederation), DeclaredOutcome.Vetoed(MemberStates.RussianFederation, MemberStates.China));
        EqualityContract.AssertUnequal(DeclaredOutcome.Vetoed(MemberStates.RussianFederation), DeclaredOutcome.Rejected);
        EqualityContract.AssertEqual(Majority.For(Body.SecurityCouncil, QuestionKind.Substantive, Feb2025), Majority.For(Body.SecurityCouncil, QuestionKind.Substantive, Feb2025));
        EqualityContract.AssertEqual(SeedDays.February24_2025.Meetings[1], JsonSerializer.Deserialize<Meeting>(JsonSerializer.Serialize(SeedDays.February24_2025.Meetings[1]))!);
        EqualityContract.AssertEqual(Estonia2019(), Estonia2019(reversed: true));
        EqualityContract.AssertEqual(Charter.Elect(Estonia2019()), Charter.Elect(Estonia2019(reversed: true)));
        EqualityContract.AssertUnequal(ElectionCandidate.Of(MemberStates.Estonia, 111), ElectionCandidate.Of(MemberStates.Estonia, 110));
    }

    [Fact]
    public void A_vote_serializes_as_its_vote_record_with_enums_as_names()
    {
        string json = JsonSerializer.Serialize(Resolution2774());

        Assert.Equal(
            """{"body":"SecurityCouncil","date":"2025-02-24","question":"Substantive","document":"S/2025/112","ballots":{"CHN":"Yes","DZA":"Yes","GUY":"Yes","KOR":"Yes","PAK":"Yes","PAN":"Yes","RUS":"Yes","SLE":"Yes","SOM":"Yes","USA":"Yes","DNK":"Abstain","FRA":"Abstain","GBR":"Abstain","GRC":"Abstain","SVN":"Abstain"}}""",
            json);
        Assert.Equal(Resolution2774(), JsonSerializer.Deserialize<Vote>(json));
        Assert.Equal(Resolution2774(), Assert.Single(VoteRecordReader.Read(System.Text.Encoding.UTF8.GetBytes(json)).Votes));
    }

    [Fact]
    public void Every_vote_of_the_seed_day_and_the_day_itself_round_trip()
    {
        SeedDay day = SeedDays.February24_2025;
        foreach (RecordedVote recorded in day.Votes)
        {
            Assert.Equal(recorded.Vote, JsonSerializer.Deserialize<Vote>(JsonSerializer.Serialize(recorded.Vote)));
            Assert.Equal(recorded, JsonSerializer.Deserialize<RecordedVote>(JsonSerializer.Serialize(recorded)));
            Assert.Equal(recorded.Decision, JsonSerializer.Deserialize<Decision>(JsonSerializer.Serialize(recorded.Decision)));
        }

        EqualityContract.AssertEqual(day, JsonSerializer.Deserialize<SeedDay>(JsonSerializer.Serialize(day))!);
    }

    [Fact]
    public void Every_other_model_type_round_trips_with_default_options()
    {
        RoundTrip(Proposal.Amendment(null, DocumentSymbol.From("A/ES-11/L.11"), "the first European amendment").WithBasis(CharterBasis.ChapterVI).WithPartiesToDispute([CountryCode.From("RUS")]), """{"kind":"Amendment","amends":"A/ES-11/L.11","title":"the first European amendment","basis":["ChapterVI"],"partiesToDispute":["RUS"]}""");
        RoundTrip(Proposal.Motion("to postpone the meeting"), """{"title":"to postpone the meeting"}""");
        RoundTrip(Proposal.Draft("S/2025/112").WithBasis(CharterBasis.ChapterVII).WithLanguage(OperativeLanguage.Decides), """{"document":"S/2025/112","basis":["ChapterVII"],"language":"Decides"}""");
        RoundTrip(DeclaredOutcome.Vetoed(MemberStates.RussianFederation), """{"outcome":"Rejected","vetoedBy":["RUS"]}""");
        RoundTrip(Majority.For(Body.GeneralAssembly, QuestionKind.TwoThirds, Feb2025), """{"body":"GeneralAssembly","question":"TwoThirds","date":"2025-02-24"}""");
        RoundTrip(ElectionCandidate.Person("Julia Sebutinde", 9), """{"person":"Julia Sebutinde","votes":9}""");
        RoundTrip(ElectionCandidate.Of(MemberStates.Estonia, 111), """{"state":"EST","votes":111}""");
        RoundTrip(Estonia2019(), """{"body":"GeneralAssembly","date":"2019-06-07","question":"SecurityCouncilElection","places":1,"ballotPapers":193,"invalid":0,"abstentions":2,"candidates":[{"state":"EST","votes":111},{"state":"ROU","votes":78},{"state":"GEO","votes":1},{"state":"LVA","votes":1}]}""");
        RoundTrip<Body>(Body.SecurityCouncil, "\"SecurityCouncil\"");
        RoundTrip(Body.HumanRightsCouncil, "\"HumanRightsCouncil\"");
        RoundTrip<State>(ObserverStates.HolySee, "\"VAT\"");
        RoundTrip(MemberStates.Slovenia, "\"SVN\"");
        RoundTrip(Charter.Decide(Resolution2774()).LegalEffect, null);
        RoundTrip(Charter.Elect(Estonia2019()), null);
        RoundTrip(SeedDays.February24_2025.Meetings[0], null);
    }

    [Fact]
    public void A_decision_is_the_vote_plus_what_the_engine_computed_and_is_checked_when_read()
    {
        Decision decision = Charter.Decide(Resolution2774());
        using JsonDocument json = JsonDocument.Parse(JsonSerializer.Serialize(decision));
        JsonElement root = json.RootElement;
        Assert.Equal(["vote", "outcome", "reason", "yes", "no", "abstain", "absent", "presentAndVoting", "required", "vetoedBy", "explanation", "legalEffect"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Adopted", root.GetProperty("outcome").GetString());
        Assert.Equal(9, root.GetProperty("required").GetInt32());

        string forged = JsonSerializer.Serialize(decision).Replace("\"outcome\":\"Adopted\"", "\"outcome\":\"Rejected\"", StringComparison.Ordinal);
        var ex = Assert.Throws<JsonRecordException>(() => JsonSerializer.Deserialize<Decision>(forged));
        Assert.Equal(RuleIds.DeclaredOutcomeContradictsCounts, ex.RuleId);
        Assert.Equal("outcome", ex.Subject);
        Assert.StartsWith("UNM0005: line 1, column ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'outcome' is Rejected but the vote gives Adopted: S/2025/112 adopted 10-0-5", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "UNM0016", "a decision needs 'vote'")]
    [InlineData("{\"outcome\":\"Rejected\"}", "UNM0016", "'vote' comes first in a decision")]
    [InlineData("null", "UNM0016", "a decision must be a JSON object, not null")]
    public void Reading_a_decision_never_yields_a_default_one(string json, string rule, string message)
    {
        var ex = Assert.Throws<JsonRecordException>(() => JsonSerializer.Deserialize<Decision>(json));
        Assert.Equal(rule, ex.RuleId);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_values_name_the_rule_line_and_column_within_the_value()
    {
        const string Vote = """
            {"body": "SecurityCouncil", "date": "2025-02-24", "question": "Substantive", "document": "S/2025/112",
             "ballots": {"USA": "Yes", "DEU": "No"}}
            """;
        var vote = Assert.Throws<VoteRecordException>(() => JsonSerializer.Deserialize<Vote>(Vote));
        Assert.Equal((RuleIds.NotAMemberOfBody, 2L, 28L), (vote.RuleId, vote.Line, vote.Column));

        string decision = "{\"vote\": " + Vote + ", \"outcome\": \"Adopted\"}";
        var nested = Assert.Throws<JsonRecordException>(() => JsonSerializer.Deserialize<Decision>(decision));
        Assert.Equal((RuleIds.NotAMemberOfBody, 2L, 28L), (nested.RuleId, nested.Line, nested.Column));

        var unknown = Assert.Throws<JsonRecordException>(() => JsonSerializer.Deserialize<Proposal>("{\"document\": \"S/2025/112\",\n \"basis\": [\"Chapter7\"]}"));
        Assert.Equal((RuleIds.MalformedRecord, 2L, 11L, "basis"), (unknown.RuleId, unknown.Line, unknown.Column, unknown.Subject));
        Assert.Contains("'basis' must be None, ChapterVI, ChapterVII", unknown.Message, StringComparison.Ordinal);

        var candidate = Assert.Throws<JsonRecordException>(() => JsonSerializer.Deserialize<ElectionCandidate>("{\"state\": \"VAT\", \"votes\": 150}"));
        Assert.Equal(RuleIds.ObserverVoting, candidate.RuleId);

        var state = Assert.Throws<JsonRecordException>(() => JsonSerializer.Deserialize<MemberState>("\"VAT\""));
        Assert.Equal(RuleIds.ObserverVoting, state.RuleId);
    }

    private static ElectionRound Estonia2019(bool reversed = false)
    {
        // GA/12152, 7 June 2019, Eastern European seat, first round: 193 ballot papers, 0 invalid, 2 abstentions; Estonia 111, Romania 78, Georgia 1, Latvia 1.
        ElectionCandidate[] candidates = [ElectionCandidate.Of(MemberStates.Estonia, 111), ElectionCandidate.Of(MemberStates.Romania, 78), ElectionCandidate.Of(MemberStates.Georgia, 1), ElectionCandidate.Of(MemberStates.Latvia, 1)];
        return ElectionRound.Of(Body.GeneralAssembly, new DateOnly(2019, 6, 7), QuestionKind.SecurityCouncilElection, 1, 193, 0, 2, reversed ? candidates.Reverse() : candidates);
    }

    private static void RoundTrip<T>(T value, string? expected)
    {
        string json = JsonSerializer.Serialize(value);
        if (expected is not null)
        {
            Assert.Equal(expected, json);
        }

        T read = JsonSerializer.Deserialize<T>(json)!;
        Assert.Equal(value, read);
        Assert.Equal(json, JsonSerializer.Serialize(read));
    }
}

/// <summary>The whole equality contract in one call (NodaTime's TestHelper style): Equals both ways, ==, !=, Equals(object), GetHashCode.</summary>
internal static class EqualityContract
{
    public static void AssertEqual<T>(T a, T b)
        where T : IEquatable<T>
    {
        Assert.True(a.Equals(b), "Equals(T)");
        Assert.True(b.Equals(a), "Equals(T), reversed");
        Assert.True(a.Equals((object?)b), "Equals(object)");
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(Operator(a, b, "op_Equality"), "==");
        Assert.False(Operator(a, b, "op_Inequality"), "!=");
        Assert.False(a.Equals(null), "Equals(null)");
    }

    public static void AssertUnequal<T>(T a, T b)
        where T : IEquatable<T>
    {
        Assert.False(a.Equals(b), "Equals(T)");
        Assert.False(b.Equals(a), "Equals(T), reversed");
        Assert.False(Operator(a, b, "op_Equality"), "==");
        Assert.True(Operator(a, b, "op_Inequality"), "!=");
    }

    private static bool Operator<T>(T a, T b, string name) =>
        (bool)typeof(T).GetMethods().Single(m => m.Name == name && m.GetParameters().All(p => p.ParameterType == typeof(T) || Nullable.GetUnderlyingType(p.ParameterType) == typeof(T))).Invoke(null, [a, b])!;
}

/// <summary>Candidates are States (or, for the Court, persons), and only those an organ can elect.</summary>
public sealed class ElectionCandidateTests
{
    private static readonly DateOnly October2023 = new(2023, 10, 10);

    [Fact]
    public void A_candidate_holds_its_State_so_results_join_back_to_codes()
    {
        ElectionCandidate estonia = ElectionCandidate.Of(MemberStates.Estonia, 111);
        Assert.Equal(MemberStates.Estonia, estonia.State);
        Assert.Equal(CountryCode.From("EST"), estonia.State!.Code);
        Assert.False(estonia.IsPerson);
        Assert.True(ElectionCandidate.Person("Julia Sebutinde", 9).IsPerson);
    }

    [Fact]
    public void An_observer_State_is_never_a_candidate()
    {
        var ex = Assert.Throws<CharterViolationException>(() => ElectionCandidate.Of(ObserverStates.HolySee, 150));
        Assert.Equal(RuleIds.ObserverVoting, ex.RuleId);
        Assert.Equal("UNM0008: Holy See (VAT) is a non-member State with a permanent observer mission since 6 April 1964 and cannot be elected: the Security Council's non-permanent members and the Human Rights Council's members are Members of the United Nations (Charter Art. 23(1); A/RES/60/251, para. 8)", ex.Message);
    }

    [Fact]
    public void A_former_Member_is_refused_on_the_date_of_the_round()
    {
        var ex = Assert.Throws<CharterViolationException>(() => ElectionRound.Of(Body.GeneralAssembly, October2023, QuestionKind.HumanRightsCouncilElection, 1,
            [ElectionCandidate.Of(MemberStates.UnionOfSovietSocialistRepublics, 120)]));
        Assert.Equal(RuleIds.ObserverVoting, ex.RuleId);
        Assert.Equal("SUN", ex.Subject);
        Assert.Contains("was not a Member of the United Nations on 10 October 2023 and could not be elected to the Human Rights Council (A/RES/60/251, para. 8)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_State_listed_twice_is_refused()
    {
        var ex = Assert.Throws<CharterViolationException>(() => ElectionRound.Of(Body.GeneralAssembly, October2023, QuestionKind.HumanRightsCouncilElection, 2,
            [ElectionCandidate.Of(MemberStates.Albania, 120), ElectionCandidate.Of(MemberStates.Albania, 121)]));
        Assert.Equal(RuleIds.DuplicateBallot, ex.RuleId);
    }

    [Fact]
    public void Persons_stand_for_the_Court_and_States_for_the_Councils()
    {
        var person = Assert.Throws<MalformedRecordException>(() => ElectionRound.Of(Body.GeneralAssembly, October2023, QuestionKind.HumanRightsCouncilElection, 1, [ElectionCandidate.Person("Albania", 120)]));
        Assert.Contains("'Albania' is a person: a 'HumanRightsCouncilElection' elects States", person.Message, StringComparison.Ordinal);
        var state = Assert.Throws<MalformedRecordException>(() => ElectionRound.Of(Body.SecurityCouncil, new DateOnly(2011, 12, 13), QuestionKind.CourtElection, 1, [ElectionCandidate.Of(MemberStates.Uganda, 9)]));
        Assert.Contains("the judges of the Court are persons (ICJ Statute Art. 2)", state.Message, StringComparison.Ordinal);
    }
}

/// <summary>What an adopted text is in law depends on the kind of question, each with the instrument that says so.</summary>
public sealed class LegalEffectByQuestionTests
{
    [Fact]
    public void A_suspension_from_the_Human_Rights_Council_binds_inside_the_Organization_under_A_RES_60_251_para_8()
    {
        // A/RES/ES-11/3, 7 April 2022: adopted 93-24-58 (GA/12414), suspending the Russian Federation's rights of membership.
        Decision d = Charter.Decide(Vote.FromTally(Body.GeneralAssembly, new DateOnly(2022, 4, 7), QuestionKind.HumanRightsCouncilSuspension,
            Proposal.Draft("A/ES-11/L.4").WithBasis(CharterBasis.SuspensionOrExpulsion), Tally.From(93, 24, 58)));

        Assert.Equal(LegalEffectKind.BindingWithinOrganization, d.LegalEffect.Kind);
        Assert.Equal("A/ES-11/L.4 suspends the rights of membership in the Human Rights Council of a member that commits gross and systematic violations of human rights (A/RES/60/251, para. 8): binding inside the Organization, not a suspension from the United Nations (Charter Art. 5).", d.LegalEffect.Explanation);
        Assert.DoesNotContain("recommendation", d.LegalEffect.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Charter_amendment_comes_into_force_on_ratification_Art_108()
    {
        // A/RES/1991 A (XVIII), 17 December 1963: the enlargement of the Security Council, adopted 97-11-4 by a General Assembly of 113 Members.
        Decision d = Charter.Decide(Vote.FromTally(Body.GeneralAssembly, new DateOnly(1963, 12, 17), QuestionKind.CharterAmendment,
            Proposal.Draft(DocumentSymbol.GeneralAssemblyResolution(18, 1991)), Tally.From(97, 11, 4)));

        Assert.Equal((VoteOutcome.Adopted, 76), (d.Outcome, d.Required));
        Assert.Equal(LegalEffectKind.SubjectToRatification, d.LegalEffect.Kind);
        Assert.Contains("comes into force for all Members when ratified by two thirds of the Members of the United Nations, including all the permanent members of the Security Council (Charter Art. 108)", d.LegalEffect.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BodyKind.GeneralAssembly, QuestionKind.SecurityCouncilElection, "Charter Art. 23(1)")]
    [InlineData(BodyKind.GeneralAssembly, QuestionKind.HumanRightsCouncilElection, "A/RES/60/251, para. 7")]
    [InlineData(BodyKind.GeneralAssembly, QuestionKind.CourtElection, "ICJ Statute Arts. 8-12")]
    [InlineData(BodyKind.SecurityCouncil, QuestionKind.CourtElection, "ICJ Statute Arts. 8-12")]
    public void An_election_binds_inside_the_Organization_by_the_electing_power(BodyKind body, QuestionKind question, string source)
    {
        Decision d = Charter.Decide(Vote.FromTally(Body.Of(body), new DateOnly(2023, 11, 9), question, Proposal.Motion("election"),
            body == BodyKind.SecurityCouncil ? Tally.From(9, 6, 0) : Tally.From(150, 20, 3), body == BodyKind.SecurityCouncil ? [] : null));

        Assert.Equal(VoteOutcome.Adopted, d.Outcome);
        Assert.Equal(LegalEffectKind.BindingWithinOrganization, d.LegalEffect.Kind);
        Assert.Contains(source, d.LegalEffect.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("procedural", d.LegalEffect.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suspension_declared_binding_within_the_Organization_needs_no_other_basis()
    {
        Vote vote = Vote.FromTally(Body.GeneralAssembly, new DateOnly(2022, 4, 7), QuestionKind.HumanRightsCouncilSuspension,
            Proposal.Draft("A/ES-11/L.4").WithDeclaredEffect(LegalEffectKind.BindingWithinOrganization), Tally.From(93, 24, 58));

        Assert.Equal(LegalEffectKind.BindingWithinOrganization, Charter.Decide(vote).LegalEffect.Kind);
    }
}

/// <summary>No question about a body before the body existed (UNM0015), whichever body votes on it.</summary>
public sealed class QuestionBeforeBodyTests
{
    [Fact]
    public void A_Human_Rights_Council_election_before_A_RES_60_251_is_refused()
    {
        // The Council was created on 15 March 2006 (A/RES/60/251) and first elected on 9 May 2006 (GA/10459).
        var ex = Assert.Throws<CharterViolationException>(() => ElectionRound.Of(Body.GeneralAssembly, new DateOnly(2005, 5, 1), QuestionKind.HumanRightsCouncilElection, 1, [ElectionCandidate.Of(MemberStates.Algeria, 168)]));
        Assert.Equal((RuleIds.BodyNotInExistence, "2005-05-01"), (ex.RuleId, ex.Subject));
        Assert.Equal("UNM0015: the Human Rights Council was created on 15 March 2006 (A/RES/60/251) and first elected on 9 May 2006; no election to it can be dated 1 May 2005", ex.Message);
        Assert.NotNull(ElectionRound.Of(Body.GeneralAssembly, new DateOnly(2006, 5, 9), QuestionKind.HumanRightsCouncilElection, 1, [ElectionCandidate.Of(MemberStates.Algeria, 168)]));
    }

    [Fact]
    public void A_suspension_from_the_Human_Rights_Council_before_it_sat_is_refused()
    {
        var ex = Assert.Throws<CharterViolationException>(() => Vote.FromTally(Body.GeneralAssembly, new DateOnly(2006, 6, 1), QuestionKind.HumanRightsCouncilSuspension, Proposal.Draft("A/60/L.1"), Tally.From(130, 10, 20)));
        Assert.Equal(RuleIds.BodyNotInExistence, ex.RuleId);
        Assert.Contains("the Human Rights Council first met on 19 June 2006", ex.Message, StringComparison.Ordinal);
    }
}
