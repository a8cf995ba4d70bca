using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using UNModel.Core;
using UNModel.Serialization;

namespace UNModel;

/// <summary>
/// A candidate in a round of balloting and the votes the candidate obtained: a State for the Security Council and the
/// Human Rights Council (<see cref="Of(State, int)"/>), a person for the International Court of Justice, whose judges are
/// persons elected regardless of nationality (ICJ Statute Art. 2; <see cref="Person(string, int)"/>, e.g. Julia Sebutinde,
/// elected on 13 December 2011, SC/10482).
/// </summary>
[JsonConverter(typeof(ElectionCandidateJsonConverter))]
public sealed class ElectionCandidate : IEquatable<ElectionCandidate>
{
    private ElectionCandidate(State? state, string name, int votes)
    {
        State = state;
        Name = name;
        Votes = votes;
    }

    /// <summary>The State standing for a seat; null for a person standing for the Court.</summary>
    public State? State { get; }

    /// <summary>The State's name as the catalogue gives it, or the person's name.</summary>
    public string Name { get; }

    /// <summary>Whether the candidate is a person (an election of the Court) rather than a State.</summary>
    public bool IsPerson => State is null;

    /// <summary>The votes obtained in the round.</summary>
    public int Votes { get; }

    /// <summary>Equality of two candidates.</summary>
    /// <param name="left">The first candidate.</param>
    /// <param name="right">The second candidate.</param>
    /// <returns>Whether both are the same State (or person) with the same votes.</returns>
    public static bool operator ==(ElectionCandidate? left, ElectionCandidate? right) => Equals(left, right);

    /// <summary>Inequality of two candidates.</summary>
    /// <param name="left">The first candidate.</param>
    /// <param name="right">The second candidate.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ElectionCandidate? left, ElectionCandidate? right) => !Equals(left, right);

    /// <summary>A State standing for a seat on the Security Council or the Human Rights Council.</summary>
    /// <param name="state">A Member of the United Nations (an observer State is never elected; a former Member is checked against the round's date).</param>
    /// <param name="votes">The votes obtained, 0 or more.</param>
    /// <returns>The candidate.</returns>
    /// <exception cref="CharterViolationException">UNM0008 for an observer State, which no organ elects.</exception>
    public static ElectionCandidate Of(State state, int votes)
    {
        Preconditions.CheckNotNull(state, nameof(state));
        Violations.ThrowIf(ElectionRules.CheckCandidate(state.Code.Packed));
        return new(state, state.Name, votes);
    }

    /// <summary>A person standing for election to the International Court of Justice (ICJ Statute Arts. 2-12).</summary>
    /// <param name="name">The person's name, e.g. <c>Julia Sebutinde</c>.</param>
    /// <param name="votes">The votes obtained, 0 or more.</param>
    /// <returns>The candidate.</returns>
    public static ElectionCandidate Person(string name, int votes) => new(null, Preconditions.CheckNotNull(name, nameof(name)), votes);

    /// <inheritdoc/>
    public bool Equals(ElectionCandidate? other) =>
        other is not null && Equals(State, other.State) && string.Equals(Name, other.Name, StringComparison.Ordinal) && Votes == other.Votes;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ElectionCandidate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(State, StringComparer.Ordinal.GetHashCode(Name), Votes);

    /// <summary>E.g. "Estonia 111".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + " " + Votes.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// One round of balloting in an election: the Assembly electing non-permanent members of the Security Council (two-thirds
/// of those present and voting, Charter Art. 18(2)) or members of the Human Rights Council (a majority of its members,
/// A/RES/60/251 para. 7), or either body electing judges of the Court (a majority of its members, ICJ Statute Art. 10).
/// Valid by construction; decided by <see cref="Charter.Elect(ElectionRound)"/>.
/// </summary>
[JsonConverter(typeof(ElectionRoundJsonConverter))]
public sealed class ElectionRound : IEquatable<ElectionRound>
{
    private readonly ElectionFacts facts;

    private ElectionRound(Body body, DateOnly date, ElectionFacts facts, ImmutableArray<ElectionCandidate> candidates)
    {
        Body = body;
        Date = date;
        this.facts = facts;
        Candidates = candidates;
    }

    /// <summary>The body that votes.</summary>
    public Body Body { get; }

    /// <summary>The date of the meeting.</summary>
    public DateOnly Date { get; }

    /// <summary>The election: <see cref="QuestionKind.SecurityCouncilElection"/>, <see cref="QuestionKind.HumanRightsCouncilElection"/> or <see cref="QuestionKind.CourtElection"/>.</summary>
    public QuestionKind Question => facts.Question;

    /// <summary>The places to fill in this round.</summary>
    public int Places => facts.Places;

    /// <summary>The ballot papers cast; null when the record gives only the candidates' votes.</summary>
    public int? BallotPapers => facts.BallotPapers;

    /// <summary>The invalid ballot papers; null when the record does not give them.</summary>
    public int? Invalid => facts.BallotPapers is null ? null : facts.Invalid;

    /// <summary>Valid ballot papers marked as abstentions: those members are not present and voting (GA rule 86); null when the record does not give them.</summary>
    public int? Abstentions => facts.BallotPapers is null ? null : facts.Abstentions;

    /// <summary>Valid ballot papers that are not abstentions: the members present and voting; null when the record does not give the counts.</summary>
    public int? PresentAndVoting => facts.PresentAndVoting;

    /// <summary>The candidates, as given.</summary>
    public ImmutableArray<ElectionCandidate> Candidates { get; }

    /// <summary>The majority of the election, with its citation.</summary>
    public Majority Majority => Majority.For(Body, Question, Date);

    internal ElectionFacts Facts => facts;

    /// <summary>A round of balloting, checked as the Charter and the rules of procedure count it.</summary>
    /// <param name="body">The General Assembly, or the Security Council for <see cref="QuestionKind.CourtElection"/>.</param>
    /// <param name="date">The date of the meeting.</param>
    /// <param name="question">The election.</param>
    /// <param name="places">The places to fill in this round (e.g. 1 for a regional group's seat).</param>
    /// <param name="ballotPapers">The ballot papers cast.</param>
    /// <param name="invalid">The invalid ballot papers.</param>
    /// <param name="abstentions">The valid ballot papers marked as abstentions.</param>
    /// <param name="candidates">Each candidate and the votes obtained.</param>
    /// <returns>The round.</returns>
    /// <exception cref="CharterViolationException">UNM0012 for a body that does not elect under <paramref name="question"/>; UNM0015 before the body first met; UNM0003 for a candidate listed twice; UNM0008 for a State that was not a Member of the United Nations on the date.</exception>
    /// <exception cref="UNModelException">UNM0004 for counts the body's membership or the ballot papers cannot give.</exception>
    /// <exception cref="MalformedRecordException">UNM0016 for a candidate without a name, a person in an election of States or a State in an election of the Court.</exception>
    public static ElectionRound Of(Body body, DateOnly date, QuestionKind question, int places, int ballotPapers, int invalid, int abstentions, IEnumerable<ElectionCandidate> candidates) =>
        Create(body, date, question, places, ballotPapers, invalid, abstentions, candidates);

    /// <summary>
    /// A round known by the candidates' votes alone: enough where the majority counts the body's members
    /// (<see cref="QuestionKind.HumanRightsCouncilElection"/>, <see cref="QuestionKind.CourtElection"/>).
    /// </summary>
    /// <param name="body">The General Assembly, or the Security Council for <see cref="QuestionKind.CourtElection"/>.</param>
    /// <param name="date">The date of the meeting.</param>
    /// <param name="question">The election.</param>
    /// <param name="places">The places to fill in this round.</param>
    /// <param name="candidates">Each candidate and the votes obtained.</param>
    /// <returns>The round.</returns>
    /// <exception cref="MalformedRecordException">UNM0016 for <see cref="QuestionKind.SecurityCouncilElection"/>, whose majority needs the ballot counts; for a candidate without a name.</exception>
    /// <exception cref="CharterViolationException">UNM0012, UNM0015, UNM0003 as <see cref="Of(Body, DateOnly, QuestionKind, int, int, int, int, IEnumerable{ElectionCandidate})"/>.</exception>
    /// <exception cref="UNModelException">UNM0004 for votes the body's membership cannot give.</exception>
    public static ElectionRound Of(Body body, DateOnly date, QuestionKind question, int places, IEnumerable<ElectionCandidate> candidates) =>
        Create(body, date, question, places, null, 0, 0, candidates);

    private static ElectionRound Create(Body body, DateOnly date, QuestionKind question, int places, int? ballotPapers, int invalid, int abstentions, IEnumerable<ElectionCandidate> candidates)
    {
        Preconditions.CheckNotNull(body, nameof(body));
        Preconditions.CheckDefined(question, nameof(question));
        ImmutableArray<ElectionCandidate> list = [.. Preconditions.ToList(candidates, nameof(candidates))];
        var facts = new ElectionFacts
        {
            Body = body.Kind,
            Day = State.ToDay(date),
            Question = question,
            Places = places,
            BallotPapers = ballotPapers,
            Invalid = invalid,
            Abstentions = abstentions,
        };
        foreach (ElectionCandidate candidate in list)
        {
            Preconditions.CheckNotNull(candidate, nameof(candidates));
            facts.Names.Add(candidate.State?.NameInText ?? candidate.Name);
            facts.States.Add(candidate.State?.Code.Packed ?? ElectionFacts.Person);
            facts.Votes.Add(candidate.Votes);
        }

        Violations.ThrowIf(ElectionRules.Check(facts));
        return new ElectionRound(body, date, facts, list);
    }

    /// <summary>Equality of two rounds.</summary>
    /// <param name="left">The first round.</param>
    /// <param name="right">The second round.</param>
    /// <returns>Whether both have the same body, date, election, counts and candidates (in any order).</returns>
    public static bool operator ==(ElectionRound? left, ElectionRound? right) => Equals(left, right);

    /// <summary>Inequality of two rounds.</summary>
    /// <param name="left">The first round.</param>
    /// <param name="right">The second round.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ElectionRound? left, ElectionRound? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(ElectionRound? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Body == other.Body && Date == other.Date && Question == other.Question && Places == other.Places && BallotPapers == other.BallotPapers
                && Invalid == other.Invalid && Abstentions == other.Abstentions && ModelEquality.SameSet(Candidates, other.Candidates)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ElectionRound);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Body.Kind, Date, Question, Places, BallotPapers, Invalid, Abstentions, ModelEquality.SetHash(Candidates));

    /// <summary>E.g. "General Assembly, 2019-06-07, SecurityCouncilElection, 1 place: Estonia 111, Romania 78".</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Body.Name + ", " + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ", " + Question + ", " + Places.ToString(CultureInfo.InvariantCulture)
        + (Places == 1 ? " place: " : " places: ") + string.Join(", ", Candidates);
}

/// <summary>What a round of balloting gives: the majority required, who obtained it, who fills the places, and why.</summary>
[JsonConverter(typeof(ElectionResultJsonConverter))]
public sealed class ElectionResult : IEquatable<ElectionResult>
{
    internal ElectionResult(ElectionRound round, int required, ImmutableArray<ElectionCandidate> obtained, ImmutableArray<ElectionCandidate> elected, bool overSubscribed, string explanation)
    {
        Round = round;
        Required = required;
        ObtainedMajority = obtained;
        Elected = elected;
        IsVoid = overSubscribed;
        Explanation = explanation;
    }

    /// <summary>The round.</summary>
    public ElectionRound Round { get; }

    /// <summary>The votes a candidate needs: fixed by the body's members, or two-thirds of those present and voting.</summary>
    public int Required { get; }

    /// <summary>The candidates with at least <see cref="Required"/> votes, most votes first.</summary>
    public ImmutableArray<ElectionCandidate> ObtainedMajority { get; }

    /// <summary>
    /// The candidates who fill places in this round, most votes first: those with the majority and the most votes (GA rule
    /// 94), never more than the places, and none tied for the last place. For <see cref="QuestionKind.CourtElection"/>, those
    /// with the absolute majority in this body; a judge is elected with the absolute majority in both bodies (ICJ Statute Art. 10(1)).
    /// </summary>
    public ImmutableArray<ElectionCandidate> Elected { get; }

    /// <summary>Places this round leaves to a further ballot.</summary>
    public int PlacesRemaining => Round.Places - Elected.Length;

    /// <summary>Election of the Court: more candidates than places obtained the absolute majority, so no one is elected and a new ballot is held on all candidates.</summary>
    public bool IsVoid { get; }

    /// <summary>The sentence that explains the result, citing the rule of its majority.</summary>
    public string Explanation { get; }

    /// <summary>Equality of two results: of their rounds, from which everything else follows.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether they are the results of equal rounds.</returns>
    public static bool operator ==(ElectionResult? left, ElectionResult? right) => Equals(left, right);

    /// <summary>Inequality of two results.</summary>
    /// <param name="left">The first result.</param>
    /// <param name="right">The second result.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ElectionResult? left, ElectionResult? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(ElectionResult? other) => other is not null && Round.Equals(other.Round);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ElectionResult);

    /// <inheritdoc/>
    public override int GetHashCode() => Round.GetHashCode();

    /// <summary>The explanation.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Explanation;
}
