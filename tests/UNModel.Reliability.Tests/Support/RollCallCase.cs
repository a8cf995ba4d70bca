using System.Globalization;

namespace UNModel.Reliability.Tests.Support;

/// <summary>One generated ballot: the voter, its choice and whether a "no" was cast with <see cref="Ballot.Veto"/>.</summary>
public readonly record struct GeneratedBallot(MemberState State, BallotChoice Choice, bool AsVeto)
{
    public Ballot ToBallot() => AsVeto ? Ballot.Veto(State) : Ballot.Of(State.Code, Choice);

    public override string ToString() => State.Code.Value + ":" + Choice + (AsVeto ? "(veto)" : string.Empty);
}

/// <summary>A valid roll call drawn from the real membership of the body on the date.</summary>
public sealed record RollCallCase(BodyKind Body, DateOnly Date, QuestionKind Question, GeneratedBallot[] Ballots)
{
    public int Yes => Ballots.Count(b => b.Choice == BallotChoice.Yes);

    public int No => Ballots.Count(b => b.Choice == BallotChoice.No);

    public int Abstain => Ballots.Count(b => b.Choice == BallotChoice.Abstain);

    public bool IsSecurityCouncil => Body == BodyKind.SecurityCouncil;

    /// <summary>The permanent members that voted no (Security Council only).</summary>
    public CountryCode[] PermanentNo
    {
        get
        {
            if (!IsSecurityCouncil)
            {
                return [];
            }

            HashSet<CountryCode> permanent = [.. UNModel.Body.SecurityCouncil.PermanentMembersOn(Date).Select(m => m.Code)];
            return [.. Ballots.Where(b => b.Choice == BallotChoice.No && permanent.Contains(b.State.Code)).Select(b => b.State.Code).OrderBy(c => c)];
        }
    }

    public Proposal Proposal => Proposal.Draft(IsSecurityCouncil ? "S/2025/112" : Body == BodyKind.GeneralAssembly ? "A/ES-11/L.10" : Body == BodyKind.HumanRightsCouncil ? "A/HRC/58/L.1" : "E/2025/L.1");

    public Vote ToVote() => Vote.RollCall(UNModel.Body.Of(Body), Date, Question, Proposal, Ballots.Select(b => b.ToBallot()));

    public Vote ToTallyVote() => Vote.FromTally(UNModel.Body.Of(Body), Date, Question, Proposal, Tally.From(Yes, No, Abstain), IsSecurityCouncil ? PermanentNo : null);

    public RollCallCase With(GeneratedBallot[] ballots) => this with { Ballots = ballots };

    public override string ToString() =>
        Body + " " + Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + Question + " " + Yes + "-" + No + "-" + Abstain
        + " [" + string.Join(" ", Ballots.Select(b => b.ToString())) + "]";
}
