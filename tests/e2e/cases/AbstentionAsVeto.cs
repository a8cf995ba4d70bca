using UNModel;

// A style rule (configurable): counting a permanent member's abstention like its "no" is UNM0018, a warning by default.
internal static class AbstentionAsVeto
{
    public static bool Vetoed(Ballot ballot, DateOnly date) =>
        Body.SecurityCouncil.IsPermanentMember(ballot.State, date)
        && (ballot.Choice == BallotChoice.No || ballot.Choice == BallotChoice.Abstain);
}
