using UNModel.Analyzers.Rules;
using static UNModel.Analyzers.Tests.Helpers.Verifier;

namespace UNModel.Analyzers.Tests.Rules;

public sealed class AmendmentVotedAfterProposalAnalyzerTests
{
    private const string Votes = """
                var date = new DateOnly(2025, 2, 24);
                var draft = Vote.FromTally(Body.GeneralAssembly, date, QuestionKind.SimpleMajority, Proposal.Draft("A/ES-11/L.11"), Tally.From(93, 8, 73));
                var amendment = VoteBuilder.In(Body.GeneralAssembly, date)
                    .On(Proposal.Amendment(DocumentSymbol.From("A/ES-11/L.12"), DocumentSymbol.From("A/ES-11/L.11")))
                    .Yes(MemberStates.France)
                    .Build();

        """;

    [Fact]
    public Task An_amendment_after_its_draft_is_reported() =>
        AnalyzeAsync(AmendmentVotedAfterProposal.Rule, Method(Votes + """
                    return Meeting.Create(Body.GeneralAssembly, date, null, [draft, {|UNM0011:amendment|}]);
            """));

    [Fact]
    public Task An_amendment_before_its_draft_is_valid() =>
        AnalyzeAsync(AmendmentVotedAfterProposal.Rule, Method(Votes + """
                    return Meeting.Create(Body.GeneralAssembly, date, null, [amendment, draft]);
            """));

    [Fact]
    public Task An_amendment_to_another_draft_is_valid() =>
        AnalyzeAsync(AmendmentVotedAfterProposal.Rule, Method(Votes + """
                    var other = Vote.FromTally(Body.GeneralAssembly, date, QuestionKind.SimpleMajority, Proposal.Draft("A/ES-11/L.10"), Tally.From(93, 18, 65));
                    return Meeting.Create(Body.GeneralAssembly, date, null, [other, amendment, draft]);
            """));
}
