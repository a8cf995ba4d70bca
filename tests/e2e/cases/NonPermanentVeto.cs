using UNModel;

// Slovenia held an elected seat on the Security Council in 2025, never a permanent one: it cannot veto (UNM0001).
internal static class NonPermanentVeto
{
    public static Vote Build() =>
        Vote.RollCall(
            Body.SecurityCouncil,
            new DateOnly(2025, 2, 24),
            QuestionKind.Substantive,
            Proposal.Draft("S/2025/112"),
            [Ballot.Yes(MemberStates.China), Ballot.Veto(MemberStates.Slovenia)]);
}
