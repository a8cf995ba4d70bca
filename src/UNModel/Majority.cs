using System;
using System.Globalization;
using System.Text.Json.Serialization;
using UNModel.Core;
using UNModel.Serialization;

namespace UNModel;

/// <summary>
/// The majority a body needs on a date for a kind of question: how many affirmative votes carry a proposal given the
/// counts, and whether a permanent member's "no" vetoes it. The same arithmetic decides every <see cref="Vote"/>
/// (<see cref="Charter.Decide(Vote)"/>); use this type where only counts are at hand (voting-power games, what-if tables).
/// </summary>
[JsonConverter(typeof(MajorityJsonConverter))]
public sealed class Majority : IEquatable<Majority>
{
    private readonly int day;

    private Majority(Body body, QuestionKind question, DateOnly date)
    {
        Body = body;
        Question = question;
        Date = date;
        day = State.ToDay(date);
    }

    /// <summary>The body.</summary>
    public Body Body { get; }

    /// <summary>The kind of question.</summary>
    public QuestionKind Question { get; }

    /// <summary>The date, which fixes the body's seats (and, in the Security Council, 7 of 11 or 9 of 15).</summary>
    public DateOnly Date { get; }

    /// <summary>The body's seats on <see cref="Date"/>.</summary>
    public int Seats => Body.SeatsOn(Date);

    /// <summary>Whether a permanent member's "no" defeats a proposal that has the votes (Security Council, substantive questions; Art. 27(3)).</summary>
    public bool HasVeto => CharterRules.HasVeto(Body.Kind, Question);

    /// <summary>How the required votes are counted: of those present and voting, of the body's members, or the Council's nine.</summary>
    public RequiredMajority Required => CharterRules.RequiredOf(Body.Kind, Question);

    /// <summary>
    /// Whether the majority counts the body's members, present or not (<see cref="RequiredMajority.MajorityOfMembers"/>,
    /// <see cref="RequiredMajority.TwoThirdsOfMembers"/>): abstentions, absences and votes against then change nothing.
    /// </summary>
    public bool CountsMembers => CharterRules.CountsMembers(Required);

    /// <summary>The article or rule that fixes this majority, e.g. <c>Charter Art. 27(3)</c>.</summary>
    public string Citation => CharterRules.Citation(Body.Kind, Question);

    /// <summary>The majority of a body for a kind of question on a date.</summary>
    /// <param name="body">The body.</param>
    /// <param name="question">The kind of question.</param>
    /// <param name="date">The date.</param>
    /// <returns>The majority.</returns>
    /// <exception cref="CharterViolationException">UNM0012 when the body does not decide that kind of question; UNM0015 before the body first met.</exception>
    public static Majority For(Body body, QuestionKind question, DateOnly date)
    {
        Vote.CheckBodyQuestionAndDate(body, question, date);
        return new Majority(body, question, date);
    }

    /// <summary>
    /// The affirmative votes required given the votes cast (Arts. 18, 27, 67: those present and voting; abstentions do not
    /// count), or given the body's seats when the majority counts members (Art. 108; A/RES/60/251; ICJ Statute Art. 10).
    /// </summary>
    /// <param name="yes">Votes in favour.</param>
    /// <param name="no">Votes against.</param>
    /// <returns>The number of "yes" votes that carries the proposal.</returns>
    public int RequiredYes(int yes, int no)
    {
        CheckCounts(yes, no, 0);
        return CharterRules.RequiredYes(Body.Kind, Question, yes, no, day);
    }

    /// <summary>Decides on counts alone.</summary>
    /// <param name="yes">Votes in favour.</param>
    /// <param name="no">Votes against.</param>
    /// <param name="permanentMembersVotingNo">How many permanent members voted no (Security Council).</param>
    /// <returns>Why the proposal is carried or not.</returns>
    public DecisionReason Decide(int yes, int no, int permanentMembersVotingNo = 0)
    {
        CheckCounts(yes, no, permanentMembersVotingNo);
        return CharterRules.Decide(Body.Kind, Question, yes, no, permanentMembersVotingNo, day, out _);
    }

    /// <summary>Equality of two majorities.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether both are of the same body, kind of question and date.</returns>
    public static bool operator ==(Majority? left, Majority? right) => Equals(left, right);

    /// <summary>Inequality of two majorities.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Majority? left, Majority? right) => !Equals(left, right);

    /// <inheritdoc/>
    public bool Equals(Majority? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Body == other.Body && Question == other.Question && Date == other.Date));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Majority);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Body.Kind, Question, Date);

    /// <summary>E.g. "Security Council, 2025-02-24, Substantive (Charter Art. 27(3))".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Body.Name + ", " + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ", " + Question + " (" + Citation + ")";

    /// <summary>Counts between 0 and the largest tally, and no more permanent members voting no than votes against (UNM0004).</summary>
    private static void CheckCounts(int yes, int no, int permanentNo)
    {
        Violations.ThrowIf(VoteRules.CheckCount("yes", yes) ?? VoteRules.CheckCount("no", no) ?? VoteRules.CheckCount("permanentMembersVotingNo", permanentNo));
        if (permanentNo > no)
        {
            Violations.ThrowIf(new Violation(RuleIds.CountsExceedMembership, ViolationKind.PermanentNoExceedsNo, Subject.Tally) { A = permanentNo, B = no });
        }
    }
}
