using static UNModel.Tests.TestVotes;

namespace UNModel.Tests;

/// <summary>Every invalid construction raises a typed error carrying its rule id.</summary>
public class InvalidConstructionTests
{
    private static readonly DateOnly Feb2025 = new(2025, 2, 24);

    [Fact]
    public void UNM0001_a_veto_by_Slovenia_is_refused()
    {
        var ex = Throws<CharterViolationException>(RuleIds.VetoByNonPermanentMember, () => Ballot.Veto(MemberStates.Slovenia));
        Assert.Equal("SVN", ex.Subject);
    }

    [Fact]
    public void UNM0001_a_veto_by_the_USSR_after_1991_is_refused_on_the_date()
    {
        // SUN held a permanent seat once, so the ballot can be written; on 2025-02-24 it is no Member at all.
        Throws<CharterViolationException>(RuleIds.ObserverVoting, () => VoteBuilder.In(Body.SecurityCouncil, Feb2025).On(Proposal.Draft("S/2025/112")).Veto(MemberStates.UnionOfSovietSocialistRepublics).Build());
    }

    [Fact]
    public void UNM0001_a_declared_veto_by_a_non_permanent_member_is_refused()
    {
        Throws<CharterViolationException>(RuleIds.VetoByNonPermanentMember, () =>
            Vote.FromTally(Body.SecurityCouncil, Feb2025, QuestionKind.Substantive, Proposal.Draft("S/2025/112"), Tally.From(9, 1, 5), [CountryCode.From("SVN")]));
        Throws<CharterViolationException>(RuleIds.VetoByNonPermanentMember, () =>
            VoteBuilder.In(Body.SecurityCouncil, Feb2025).On(Proposal.Draft("S/2025/112")).Yes(MemberStates.France).Declared(DeclaredOutcome.Vetoed(MemberStates.Slovenia)).Build());
    }

    [Fact]
    public void A_permanent_members_veto_ballot_is_valid()
    {
        Vote vote = VoteBuilder.In(Body.SecurityCouncil, Feb2025).On(Proposal.Draft("S/2025/112"))
            .Yes(MemberStates.Algeria, MemberStates.Guyana, MemberStates.RepublicOfKorea, MemberStates.Pakistan, MemberStates.Panama, MemberStates.SierraLeone, MemberStates.Somalia, MemberStates.Slovenia, MemberStates.Denmark)
            .Veto(MemberStates.RussianFederation)
            .Build();
        Assert.Equal(DecisionReason.Vetoed, Charter.Decide(vote).Reason);
    }

    [Fact]
    public void UNM0002_Germany_was_not_on_the_Council_in_2025()
    {
        var ex = Throws<CharterViolationException>(RuleIds.NotAMemberOfBody, () => Council(Feb2025, yes: "DEU"));
        Assert.Equal("DEU", ex.Subject);
    }

    [Fact]
    public void UNM0002_Slovenia_sat_in_2024_and_2025_but_not_2026()
    {
        Council(new DateOnly(2024, 1, 1), yes: "SVN");
        Council(new DateOnly(2025, 12, 31), yes: "SVN");
        Throws<CharterViolationException>(RuleIds.NotAMemberOfBody, () => Council(new DateOnly(2026, 1, 1), yes: "SVN"));
    }

    [Fact]
    public void UNM0003_duplicate_ballot()
    {
        Throws<CharterViolationException>(RuleIds.DuplicateBallot, () => Council(Feb2025, yes: "USA", no: "USA"));
    }

    [Fact]
    public void UNM0004_counts_exceed_the_Council()
    {
        Throws<CharterViolationException>(RuleIds.CountsExceedMembership, () =>
            Vote.FromTally(Body.SecurityCouncil, Feb2025, QuestionKind.Substantive, Proposal.Draft("S/2025/112"), Tally.From(10, 0, 6), []));
        Throws<UNModelException>(RuleIds.CountsExceedMembership, () => Tally.From(-1, 0, 0));
        Throws<CharterViolationException>(RuleIds.CountsExceedMembership, () => Assembly(Feb2025, Tally.From(100, 50, 44)));
    }

    [Fact]
    public void UNM0005_declared_outcome_contradicting_the_counts()
    {
        Throws<CharterViolationException>(RuleIds.DeclaredOutcomeContradictsCounts, () =>
            Vote.FromTally(Body.SecurityCouncil, Feb2025, QuestionKind.Substantive, Proposal.Draft("S/2025/112"), Tally.From(8, 0, 7), [], DeclaredOutcome.Adopted));
        Throws<CharterViolationException>(RuleIds.DeclaredOutcomeContradictsCounts, () =>
            Vote.FromTally(Body.SecurityCouncil, Feb2025, QuestionKind.Substantive, Proposal.Draft("S/2025/112"), Tally.From(8, 1, 6), [CountryCode.From("RUS")], DeclaredOutcome.Vetoed(MemberStates.RussianFederation)));
    }

    [Fact]
    public void UNM0006_a_General_Assembly_resolution_declared_binding()
    {
        Proposal binding = Proposal.Draft("A/ES-11/L.10").WithDeclaredEffect(LegalEffectKind.BindingOnMembers);
        Throws<CharterViolationException>(RuleIds.GeneralAssemblyResolutionDeclaredBinding, () => Vote.FromTally(Body.GeneralAssembly, Feb2025, QuestionKind.SimpleMajority, binding, Tally.From(93, 18, 65)));

        // The budget (Art. 17) binds inside the Organization, and may say so.
        Proposal budget = Proposal.Draft("A/79/L.1").WithBasis(CharterBasis.Article17Budget).WithDeclaredEffect(LegalEffectKind.BindingWithinOrganization);
        Decision d = Charter.Decide(Vote.FromTally(Body.GeneralAssembly, Feb2025, QuestionKind.TwoThirds, budget, Tally.From(150, 3, 10)));
        Assert.Equal(LegalEffectKind.BindingWithinOrganization, d.LegalEffect.Kind);
    }

    [Fact]
    public void UNM0007_a_veto_on_a_procedural_vote()
    {
        Throws<CharterViolationException>(RuleIds.VetoOnProceduralVote, () =>
            VoteBuilder.In(Body.SecurityCouncil, Feb2025).Procedural().On(Proposal.Motion("to adjourn")).Veto(MemberStates.RussianFederation).Build());
    }

    [Fact]
    public void UNM0008_observers_and_non_members_do_not_vote()
    {
        var palestine = Throws<CharterViolationException>(RuleIds.ObserverVoting, () => VoteBuilder.In(Body.GeneralAssembly, Feb2025).On(Proposal.Draft("A/ES-11/L.10")).Yes(ObserverStates.StateOfPalestine).Build());
        var holySee = Throws<CharterViolationException>(RuleIds.ObserverVoting, () => VoteBuilder.In(Body.GeneralAssembly, Feb2025).On(Proposal.Draft("A/ES-11/L.10")).Yes(ObserverStates.HolySee).Build());

        // Each observer's own status and resolutions (observers.csv): A/RES/67/19 and ES-10/23 concern Palestine only.
        Assert.Contains("A/RES/67/19", palestine.Message, StringComparison.Ordinal);
        Assert.Contains("A/RES/ES-10/23", palestine.Message, StringComparison.Ordinal);
        Assert.Contains("A/RES/58/314", holySee.Message, StringComparison.Ordinal);
        Assert.Contains("1964", holySee.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("67/19", holySee.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ES-10/23", holySee.Message, StringComparison.Ordinal);

        // South Sudan was admitted on 14 July 2011.
        Throws<CharterViolationException>(RuleIds.ObserverVoting, () => VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2011, 7, 13)).On(Proposal.Draft("A/65/L.1")).Yes(MemberStates.SouthSudan).Build());
        VoteBuilder.In(Body.GeneralAssembly, new DateOnly(2011, 7, 14)).On(Proposal.Draft("A/65/L.1")).Yes(MemberStates.SouthSudan).Build();
    }

    [Fact]
    public void UNM0009_default_value_objects_throw_on_use()
    {
        Throws<UninitializedValueObjectException>(RuleIds.UninitializedValueObject, () => _ = default(CountryCode).Value);
        Throws<UninitializedValueObjectException>(RuleIds.UninitializedValueObject, () => _ = default(DocumentSymbol).Value);
        Throws<UninitializedValueObjectException>(RuleIds.UninitializedValueObject, () => _ = default(Tally).Yes);
        Throws<UninitializedValueObjectException>(RuleIds.UninitializedValueObject, () => _ = default(Ballot).State);
        Throws<UninitializedValueObjectException>(RuleIds.UninitializedValueObject, () => Vote.RollCall(Body.SecurityCouncil, Feb2025, QuestionKind.Substantive, Proposal.Draft("S/2025/112"), [default]));
        Assert.Equal("(uninitialized CountryCode)", default(CountryCode).ToString());
    }

    [Fact]
    public void UNM0010_malformed_symbols_are_refused_with_the_canonical_form_when_there_is_one()
    {
        var ex = Assert.Throws<DocumentSymbolFormatException>(() => DocumentSymbol.From("s/res/2774(2025)"));
        Assert.Equal(RuleIds.MalformedDocumentSymbol, ex.RuleId);
        Assert.Equal("S/RES/2774 (2025)", ex.Canonical);
        Assert.Null(Assert.Throws<DocumentSymbolFormatException>(() => DocumentSymbol.From("X/123")).Canonical);
    }

    [Fact]
    public void UNM0011_an_amendment_voted_after_its_draft()
    {
        var l11 = DocumentSymbol.From("A/ES-11/L.11");
        Vote draft = Vote.FromTally(Body.GeneralAssembly, Feb2025, QuestionKind.SimpleMajority, Proposal.Draft(l11), Tally.From(93, 8, 73));
        Vote amendment = Vote.FromTally(Body.GeneralAssembly, Feb2025, QuestionKind.SimpleMajority, Proposal.Amendment(null, l11), Tally.From(60, 18, 81));
        Throws<CharterViolationException>(RuleIds.AmendmentVotedAfterProposal, () => Meeting.Create(Body.GeneralAssembly, Feb2025, null, [draft, amendment]));
        Assert.Equal(2, Meeting.Create(Body.GeneralAssembly, Feb2025, null, [amendment, draft]).Votes.Length);
    }

    [Fact]
    public void UNM0012_two_thirds_is_not_a_Council_question()
    {
        Throws<CharterViolationException>(RuleIds.QuestionKindNotValidForBody, () => Council(Feb2025, yes: "USA", question: QuestionKind.TwoThirds));
        Throws<CharterViolationException>(RuleIds.QuestionKindNotValidForBody, () => Assembly(Feb2025, Tally.From(1, 0, 0), QuestionKind.Substantive));
    }

    [Fact]
    public void UNM0013_a_party_to_a_dispute_abstains_on_Chapter_VI_decisions()
    {
        Proposal chapterVI = Proposal.Draft("S/2025/112").WithBasis(CharterBasis.ChapterVI).WithPartiesToDispute([CountryCode.From("RUS")]);
        Throws<CharterViolationException>(RuleIds.PartyToDisputeVoting, () => VoteBuilder.In(Body.SecurityCouncil, Feb2025).On(chapterVI).Yes(MemberStates.RussianFederation).Build());
        VoteBuilder.In(Body.SecurityCouncil, Feb2025).On(chapterVI).Abstain(MemberStates.RussianFederation).Build();

        // Under Chapter VII a party may vote.
        VoteBuilder.In(Body.SecurityCouncil, Feb2025).On(chapterVI.WithBasis(CharterBasis.ChapterVII)).Yes(MemberStates.RussianFederation).Build();
    }

    [Fact]
    public void UNM0014_a_member_in_arrears_loses_its_Assembly_vote()
    {
        Throws<CharterViolationException>(RuleIds.MemberInArrearsVoting, () =>
            VoteBuilder.In(Body.GeneralAssembly, Feb2025).On(Proposal.Draft("A/ES-11/L.10")).InArrears(MemberStates.Venezuela).Yes(MemberStates.Venezuela).Build());
        VoteBuilder.In(Body.GeneralAssembly, Feb2025).On(Proposal.Draft("A/ES-11/L.10")).InArrears(MemberStates.Venezuela).Absent(MemberStates.Venezuela).Yes(MemberStates.Ukraine).Build();
    }

    [Fact]
    public void UNM0015_no_Human_Rights_Council_vote_before_June_2006()
    {
        Throws<CharterViolationException>(RuleIds.BodyNotInExistence, () =>
            Vote.FromTally(Body.HumanRightsCouncil, new DateOnly(2006, 6, 1), QuestionKind.SimpleMajority, Proposal.Draft("A/HRC/1/L.1"), Tally.From(30, 12, 5)));
    }

    [Fact]
    public void UNM0017_an_unknown_code()
    {
        Throws<UnknownCountryCodeException>(RuleIds.UnknownCountryCode, () => CountryCode.From("usa"));
        Throws<UnknownCountryCodeException>(RuleIds.UnknownCountryCode, () => Council(Feb2025, yes: "XYZ"));
    }

    [Fact]
    public void A_Council_tally_whose_outcome_depends_on_unknown_permanent_votes_is_refused()
    {
        Throws<MalformedRecordException>(RuleIds.MalformedRecord, () =>
            Vote.FromTally(Body.SecurityCouncil, Feb2025, QuestionKind.Substantive, Proposal.Draft("S/2025/112"), Tally.From(9, 1, 5)));
    }
}
