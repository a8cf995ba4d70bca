using UNModel;

// The package README's ten lines: the Security Council adopts S/2025/112 on 24 February 2025.
var date = new DateOnly(2025, 2, 24);
Vote vote = VoteBuilder.In(Body.SecurityCouncil, date)
    .Substantive()
    .On(Proposal.Draft("S/2025/112"))
    .Yes(MemberStates.China, MemberStates.Algeria, MemberStates.Guyana, MemberStates.RepublicOfKorea, MemberStates.Pakistan,
         MemberStates.Panama, MemberStates.RussianFederation, MemberStates.SierraLeone, MemberStates.Somalia, MemberStates.UnitedStates)
    .Abstain(MemberStates.Denmark, MemberStates.France, MemberStates.Greece, MemberStates.Slovenia, MemberStates.UnitedKingdom)
    .Build();

Decision decision = Charter.Decide(vote);
Console.WriteLine("outcome: " + decision.Outcome);
Console.WriteLine("reason: " + decision.Reason);
Console.WriteLine("explanation: " + decision.Explanation);
Console.WriteLine("legal effect: " + decision.LegalEffect);
