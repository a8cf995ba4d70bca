using System;
using UNModel;

// The Security Council, 24 February 2025 (9866th meeting, S/PV.9866): the United States draft S/2025/112 on the war in
// Ukraine, adopted 10-0-5 as resolution 2774 (2025). The roll call is the UN Digital Library's voting record.
var date = new DateOnly(2025, 2, 24);

Vote vote = VoteBuilder.In(Body.SecurityCouncil, date)
    .Substantive()
    .On(Proposal.Draft("S/2025/112", "Maintenance of international peace and security (Ukraine)"))
    .Yes(MemberStates.Algeria, MemberStates.China, MemberStates.Guyana, MemberStates.Pakistan, MemberStates.Panama,
         MemberStates.RepublicOfKorea, MemberStates.RussianFederation, MemberStates.SierraLeone, MemberStates.Somalia,
         MemberStates.UnitedStates)
#if SHOW_MISTAKE
    // The deliberate mistake: Slovenia held an elected seat in 2025, never a permanent one, so it cannot veto. The
    // compiler rejects this line with error UNM0001 (Charter Art. 23(1), 27(3)); the code fix turns it into .No(...).
    .Abstain(MemberStates.Denmark, MemberStates.France, MemberStates.Greece, MemberStates.UnitedKingdom)
    .Veto(MemberStates.Slovenia)
#else
    .Abstain(MemberStates.Denmark, MemberStates.France, MemberStates.Greece, MemberStates.Slovenia, MemberStates.UnitedKingdom)
#endif
    .Declared(DeclaredOutcome.Adopted)
    .Build();

Decision decision = Charter.Decide(vote);
Console.WriteLine(vote);
Console.WriteLine(decision.Explanation);
Console.WriteLine("Legal effect: " + decision.LegalEffect);
