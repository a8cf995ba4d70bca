using System;
using System.Collections.Immutable;
using System.Globalization;

namespace UNModel.Records;

/// <summary>An issue a roll call was coded under in <c>issues.csv</c>, e.g. <c>me</c> / "Palestinian conflict".</summary>
public sealed class RollCallIssue
{
    /// <summary>Creates an issue.</summary>
    /// <param name="shortName">The short code, e.g. <c>me</c>, <c>nu</c>, <c>di</c>, <c>hr</c>, <c>co</c>, <c>ec</c>.</param>
    /// <param name="name">The issue, e.g. "Palestinian conflict".</param>
    public RollCallIssue(string shortName, string name)
    {
        ShortName = shortName;
        Name = name;
    }

    /// <summary>The short code, e.g. <c>me</c>.</summary>
    public string ShortName { get; }

    /// <summary>The issue, e.g. "Palestinian conflict".</summary>
    public string Name { get; }

    /// <summary>The name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;
}

/// <summary>
/// One roll call of a record: the engine's <see cref="UNModel.Vote"/> with what the data says about it (identifier,
/// session, resolution symbol, amendment and paragraph flags, issues). <see cref="Date"/> is the date the data records;
/// <see cref="Vote"/>'s date can be later when the import had to move it (see <see cref="ImportIssueKind.Redated"/>).
/// </summary>
public sealed class RecordedRollCall
{
    private readonly CountryCode[] states;
    private readonly BallotChoice[] choices;

    internal RecordedRollCall(int id, int session, DateOnly date, Vote vote, string? resolutionText, DocumentSymbol? resolution, string? resolutionPart, bool? isAmendment, bool? isParagraph, bool? isImportantVote, string? shortDescription, string? description, ImmutableArray<RollCallIssue> issues, long line)
    {
        Id = id;
        Session = session;
        Date = date;
        Vote = vote;
        ResolutionText = resolutionText;
        Resolution = resolution;
        ResolutionPart = resolutionPart;
        IsAmendment = isAmendment;
        IsParagraph = isParagraph;
        IsImportantVote = isImportantVote;
        ShortDescription = shortDescription;
        Description = description;
        Issues = issues;
        Line = line;
        ImmutableArray<Ballot> ballots = vote.Ballots;
        states = new CountryCode[ballots.Length];
        choices = new BallotChoice[ballots.Length];
        for (int i = 0; i < ballots.Length; i++)
        {
            states[i] = ballots[i].State;
            choices[i] = ballots[i].Choice;
        }

        Array.Sort(states, choices);
        Decision = Charter.Decide(vote);
    }

    /// <summary>The data's identifier (<c>rcid</c> in unvotes, <c>undl_id</c> in the Digital Library's files).</summary>
    public int Id { get; }

    /// <summary>The General Assembly session (0 when not recorded).</summary>
    public int Session { get; }

    /// <summary>The date as the data records it.</summary>
    public DateOnly Date { get; }

    /// <summary>The vote, as the engine checked it.</summary>
    public Vote Vote { get; }

    /// <summary>The engine's decision (simple majority unless the import was told otherwise).</summary>
    public Decision Decision { get; }

    /// <summary>Votes to spare (positive) or short (negative): <c>Yes − Required</c> (an equally divided vote is −1).</summary>
    public int Margin => Decision.Yes - Decision.Required;

    /// <summary>The data's own reference as it writes it, e.g. <c>R/26/2758</c>, or <c>R/1/79</c> (a page of the Official Records before 1963); null when missing.</summary>
    public string? ResolutionText { get; }

    /// <summary>
    /// How the roll call is named wherever it is shown: the resolution's symbol (<c>A/RES/2758 (XXVI)</c>, with its part),
    /// or, where the data's reference is not a resolution number, that reference labelled as the data's
    /// (<c>R/1/79 (unvotes ref.)</c>), or "-".
    /// </summary>
    public string Reference =>
        Resolution is DocumentSymbol s ? s.Value + (ResolutionPart is null ? string.Empty : " " + ResolutionPart)
        : ResolutionText is string text ? text + " (unvotes ref.)"
        : "-";

    /// <summary>The resolution's canonical symbol, e.g. <c>A/RES/2758 (XXVI)</c>, when it can be written in the model's grammar.</summary>
    public DocumentSymbol? Resolution { get; }

    /// <summary>A lettered or numbered part of the resolution (<c>A</c> in <c>A/RES/1061 (XI) A</c>), when the data gives one.</summary>
    public string? ResolutionPart { get; }

    /// <summary>Whether the vote was on an amendment (<c>amend</c>); null when the data does not say.</summary>
    public bool? IsAmendment { get; }

    /// <summary>Whether the vote was on a paragraph (<c>para</c>); null when the data does not say.</summary>
    public bool? IsParagraph { get; }

    /// <summary>Whether the US State Department listed it among its "important votes" — not the Charter's Art. 18(2) important questions.</summary>
    public bool? IsImportantVote { get; }

    /// <summary>The data's short description, e.g. "CHINA REPRESENTATION".</summary>
    public string? ShortDescription { get; }

    /// <summary>The data's description of the motion.</summary>
    public string? Description { get; }

    /// <summary>The issues the roll call is coded under (empty when none).</summary>
    public ImmutableArray<RollCallIssue> Issues { get; }

    /// <summary>The line of the roll call in its file.</summary>
    public long Line { get; }

    /// <summary>
    /// Whether the recorded resolution symbol implies the text was adopted: a resolution's symbol is recorded (a page
    /// reference of the early sessions is not one) and the vote was not on an amendment or a paragraph
    /// (<see cref="IsAmendment"/> and <see cref="IsParagraph"/> not true).
    /// </summary>
    public bool SymbolImpliesAdoption => Resolution is not null && IsAmendment != true && IsParagraph != true;

    /// <summary>Data to inspect: the symbol implies adoption but the ballots, decided by the engine, do not carry the text.</summary>
    public bool IsFlagged => SymbolImpliesAdoption && Decision.Outcome != VoteOutcome.Adopted;

    /// <summary>How a state voted: null when the record has no ballot for it (absent, not a Member, or not recorded).</summary>
    /// <param name="state">The seat's code (e.g. <c>SUN</c> for the USSR).</param>
    /// <returns>The choice, or null.</returns>
    public BallotChoice? ChoiceOf(CountryCode state)
    {
        if (!state.IsInitialized())
        {
            throw new UninitializedValueObjectException(nameof(CountryCode));
        }

        int i = Array.BinarySearch(states, state);
        return i >= 0 ? choices[i] : null;
    }

    /// <summary>E.g. "rcid 3, 1946-01-01: A/RES/66 (I)".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "rcid " + Id.ToString(CultureInfo.InvariantCulture) + ", " + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ": " + (Resolution is null && ResolutionText is null ? ShortDescription ?? "roll call" : Reference);
}
