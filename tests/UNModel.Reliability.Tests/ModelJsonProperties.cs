using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using UNModel.Reliability.Tests.Support;
using UNModel.Serialization;

namespace UNModel.Reliability.Tests;

/// <summary>
/// Every model value has one JSON shape that round-trips with default <see cref="JsonSerializerOptions"/>:
/// <c>Deserialize&lt;T&gt;(Serialize(x)) == x</c> for generated valid votes of every body and every kind of question it
/// decides, roll calls and tallies, with proposals of every kind (basis, language, declared effect, parties), Members in
/// arrears and declared outcomes, and for their decisions.
/// </summary>
public sealed class ModelJsonProperties
{
    private const int Cases = 300;

    /// <summary>Valid votes of every body and question kind; a generated combination the Charter refuses is dropped.</summary>
    public static Gen<Vote> Votes() => Gen.Frequency((12, AnyVotes()), (1, VetoedVotes()));

    private static Gen<Vote> AnyVotes() =>
        (from body in Gen.Elements(BodyKind.SecurityCouncil, BodyKind.GeneralAssembly, BodyKind.EconomicAndSocialCouncil, BodyKind.HumanRightsCouncil)
         from question in Gen.Elements(Enum.GetValues<QuestionKind>().Where(q => Body.Of(body).Decides(q)).ToArray())
         from c in Generators.RollCalls(body, AskedFrom(question))
         from asTally in Gen.Elements(false, true)
         from proposal in Proposals(body)
         from declare in Gen.Elements(0, 1, 2)
         from arrears in Gen.Choose(0, 3)
         select Build(c with { Question = question }, asTally, proposal, declare, arrears))
        .Where(v => v is not null)
        .Select(v => v!);

    /// <summary>Questions about the Human Rights Council are dated once it sits (A/RES/60/251); the others from 1946.</summary>
    private static DateOnly? AskedFrom(QuestionKind question) =>
        question is QuestionKind.HumanRightsCouncilElection or QuestionKind.HumanRightsCouncilSuspension ? Body.HumanRightsCouncil.FirstMeeting : null;

    [Fact]
    public void A_vote_round_trips_through_its_json()
    {
        PropertyRun.Check(Votes(), vote =>
        {
            string json = JsonSerializer.Serialize(vote);
            Vote read = JsonSerializer.Deserialize<Vote>(json)!;
            Assert.Equal(vote, read);
            Assert.Equal(vote.GetHashCode(), read.GetHashCode());
            Assert.Equal(json, JsonSerializer.Serialize(read));

            // The record reader reads what the serializer writes: one format.
            Assert.Equal(vote, Assert.Single(VoteRecordReader.Read(System.Text.Encoding.UTF8.GetBytes(json)).Votes));
        }, Cases, "vote JSON round trip");
    }

    [Fact]
    public void A_decision_round_trips_through_its_json()
    {
        PropertyRun.Check(Votes(), vote =>
        {
            Decision decision = Charter.Decide(vote);
            Decision read = JsonSerializer.Deserialize<Decision>(JsonSerializer.Serialize(decision));
            Assert.Equal(decision, read);
            Assert.Equal(decision.Explanation, read.Explanation);
        }, Cases, "decision JSON round trip");
    }

    [Fact]
    public void Equal_votes_are_equal_whatever_the_order_of_their_ballots()
    {
        PropertyRun.Check(Votes().Where(v => v.IsRollCall), vote =>
        {
            Vote reversed = Vote.RollCall(vote.Body, vote.Date, vote.Question, vote.Proposal, vote.Ballots.Reverse(), vote.Declared, vote.InArrears);
            Assert.Equal(vote, reversed);
            Assert.True(vote == reversed);
            Assert.Equal(vote.GetHashCode(), reversed.GetHashCode());
            Assert.Equal(Charter.Decide(vote), Charter.Decide(reversed));
        }, 100, "ballot order");
    }

    [Fact]
    public void The_generated_votes_cover_every_body_question_and_part_of_a_vote()
    {
        Vote[] sample = PropertyRun.Sample(Votes(), 1200, 20);
        foreach (BodyKind body in Enum.GetValues<BodyKind>())
        {
            foreach (QuestionKind question in Enum.GetValues<QuestionKind>().Where(q => Body.Of(body).Decides(q)))
            {
                Assert.True(sample.Any(v => v.Body.Kind == body && v.Question == question && v.IsRollCall), body + " " + question + ": no roll call");
                Assert.True(sample.Any(v => v.Body.Kind == body && v.Question == question && !v.IsRollCall), body + " " + question + ": no tally");
            }
        }

        Assert.All(Enum.GetValues<ProposalKind>(), kind => Assert.Contains(sample, v => v.Proposal.Kind == kind));
        Assert.Contains(sample, v => v.Proposal.DeclaredEffect is not null);
        Assert.Contains(sample, v => !v.Proposal.PartiesToDispute.IsEmpty);
        Assert.Contains(sample, v => !v.InArrears.IsEmpty);
        Assert.Contains(sample, v => v.Declared is { VetoedBy.IsEmpty: false });
        Assert.Contains(sample, v => v.Ballots.Any(b => b.IsCastAsVeto));
    }

    /// <summary>Security Council drafts with the votes and a permanent member's "no", roll calls and tallies, declared as vetoed.</summary>
    private static Gen<Vote> VetoedVotes() =>
        from date in Generators.Dates(BodyKind.SecurityCouncil)
        from asTally in Gen.Elements(false, true)
        from asVeto in Gen.Elements(false, true)
        select Vetoed(date, asTally, asVeto);

    private static Vote Vetoed(DateOnly date, bool asTally, bool asVeto)
    {
        SecurityCouncilBody council = Body.SecurityCouncil;
        MemberState vetoer = council.PermanentMembersOn(date)[0];
        MemberState[] yes = [.. council.VotersOn(date).Where(m => m != vetoer).Take(council.AffirmativeVotesRequired(date))];
        var declared = DeclaredOutcome.Vetoed(vetoer);
        var draft = Proposal.Draft("S/2025/112");
        return asTally
            ? Vote.FromTally(council, date, QuestionKind.Substantive, draft, Tally.From(yes.Length, 1, 0), [vetoer.Code], declared)
            : Vote.RollCall(council, date, QuestionKind.Substantive, draft, [.. yes.Select(Ballot.Yes), asVeto ? Ballot.Veto(vetoer) : Ballot.No(vetoer)], declared);
    }

    private static Gen<Func<BodyKind, Proposal>> Proposals(BodyKind body)
    {
        string draft = body switch
        {
            BodyKind.SecurityCouncil => "S/2025/112",
            BodyKind.GeneralAssembly => "A/ES-11/L.10",
            BodyKind.HumanRightsCouncil => "A/HRC/58/L.1",
            _ => "E/2025/L.1",
        };
        return from kind in Gen.Elements(ProposalKind.Draft, ProposalKind.Amendment, ProposalKind.Motion)
               from basis in Gen.Elements(CharterBasis.None, CharterBasis.ChapterVI, CharterBasis.ChapterVII, CharterBasis.ChapterVI | CharterBasis.Article52, CharterBasis.Article17Budget, CharterBasis.Election, CharterBasis.InternalProcedure)
               from language in Gen.Elements<OperativeLanguage?>(null, OperativeLanguage.Decides, OperativeLanguage.Hortatory)
               from effect in Gen.Elements<LegalEffectKind?>(null, LegalEffectKind.Recommendation, LegalEffectKind.BindingOnMembers, LegalEffectKind.BindingWithinOrganization)
               from title in Gen.Elements<string?>(null, "Peace in Ukraine", "to adjourn the debate")
               select (Func<BodyKind, Proposal>)(_ =>
               {
                   Proposal p = kind switch
                   {
                       ProposalKind.Draft => Proposal.Draft(draft, title),
                       ProposalKind.Amendment => Proposal.Amendment(title is null ? null : DocumentSymbol.From(draft + "/Rev.1"), DocumentSymbol.From(draft), title),
                       _ => Proposal.Motion(title ?? "to postpone the meeting", title is null ? null : DocumentSymbol.From(draft)),
                   };
                   p = p.WithBasis(basis);
                   p = language is OperativeLanguage l ? p.WithLanguage(l) : p;
                   return effect is LegalEffectKind e ? p.WithDeclaredEffect(e) : p;
               });
    }

    /// <summary>The vote, or null where the Charter refuses the combination (a Member in arrears voting, a party to the dispute voting, a General Assembly text declared binding…).</summary>
    private static Vote? Build(RollCallCase c, bool asTally, Func<BodyKind, Proposal> proposalOf, int declare, int arrears)
    {
        Body body = Body.Of(c.Body);
        Proposal proposal = proposalOf(c.Body);
        Ballot[] ballots = [.. c.Ballots.Select(b => b.ToBallot()).Where(b => !b.IsCastAsVeto || c.Question == QuestionKind.Substantive)];

        // The parties to a dispute and the Members in arrears: states that did not vote (Arts. 19, 27(3) bar the others).
        HashSet<CountryCode> voted = [.. ballots.Where(b => b.Choice != BallotChoice.Absent).Select(b => b.State)];
        CountryCode[] quiet = [.. (body.TryGetVotersOn(c.Date, out var voters) ? voters : MemberStates.MembersOn(c.Date)).Select(m => m.Code).Where(code => !voted.Contains(code)).Take(3)];
        if (quiet.Length > 0 && (proposal.Basis & CharterBasis.ChapterVI) != 0)
        {
            proposal = proposal.WithPartiesToDispute(quiet.Take(1 + (arrears % quiet.Length)));
        }

        try
        {
            if (asTally)
            {
                var tally = Tally.From(c.Yes, c.No, c.Abstain);
                CountryCode[]? permanentNo = c.IsSecurityCouncil ? c.PermanentNo : null;
                Vote plain = Vote.FromTally(body, c.Date, c.Question, proposal, tally, permanentNo);
                return declare == 0 ? plain : Vote.FromTally(body, c.Date, c.Question, proposal, tally, permanentNo, Declared(plain, declare));
            }

            // Members in arrears (Art. 19): General Assembly roll calls, among the states that did not vote.
            CountryCode[] debtors = c.Body == BodyKind.GeneralAssembly ? [.. quiet.Take(arrears)] : [];
            Vote vote = Vote.RollCall(body, c.Date, c.Question, proposal, ballots, inArrears: debtors);
            return declare == 0 ? vote : Vote.RollCall(body, c.Date, c.Question, proposal, ballots, Declared(vote, declare), debtors);
        }
        catch (UNModelException)
        {
            return null;
        }
    }

    /// <summary>The outcome the engine decides, declared as a record would: with or without the vetoers named.</summary>
    private static DeclaredOutcome Declared(Vote vote, int how)
    {
        Decision d = Charter.Decide(vote);
        return d.IsVetoed && how == 2 ? DeclaredOutcome.Vetoed(d.VetoedBy) : DeclaredOutcome.Of(d.Outcome);
    }
}
