using UNModel.Testing;
using static UNModel.Tests.TestVotes;

namespace UNModel.Tests;

/// <summary>
/// Every template of <c>DecisionText</c> and <c>ElectionRules.Explain</c>, each on a real vote with the UN record that gives
/// its figures, pinned as one golden file (Snapshots/explanations.verified.txt). Two templates have no real vote on record
/// here and say so: an equally divided vote (GA rule 95; none found in the UN records available) and a roll call of a body
/// whose members on that date the data does not know.
/// </summary>
public sealed class ExplanationSnapshotTests
{
    private static readonly DateOnly Feb2025 = new(2025, 2, 24);

    /// <summary>Each case: the template, where the figures come from, the explanation.</summary>
    public static IEnumerable<(string Template, string Source, string Text)> Cases()
    {
        foreach ((string template, string source, Vote vote) in Votes())
        {
            yield return (template, source, Charter.Decide(vote).Explanation);
        }

        foreach ((string template, string source, ElectionRound round) in Rounds())
        {
            yield return (template, source, Charter.Elect(round).Explanation);
        }
    }

    [Fact]
    public void Every_template_on_a_real_vote_matches_its_snapshot()
    {
        Snapshot.Match(string.Join("\n", Cases().Select(c => "## " + c.Template + "\n" + c.Source + "\n" + c.Text + "\n")), "explanations");
    }

    [Fact]
    public void The_cases_cover_every_reason_and_majority_and_every_election_outcome()
    {
        HashSet<(DecisionReason, RequiredMajority)> seen = [.. Votes().Select(v => (Charter.Decide(v.Vote).Reason, Charter.Decide(v.Vote).Vote.Body.Decides(v.Vote.Question) ? Majority.For(v.Vote.Body, v.Vote.Question, v.Vote.Date).Required : default))];
        foreach (RequiredMajority majority in Enum.GetValues<RequiredMajority>())
        {
            Assert.Contains((DecisionReason.MajorityReached, majority), seen);
        }

        Assert.Contains((DecisionReason.Vetoed, RequiredMajority.AffirmativeVotesWithPermanentConcurrence), seen);
        Assert.Contains((DecisionReason.EquallyDivided, RequiredMajority.MajorityOfPresentAndVoting), seen);
        Assert.Contains(seen, s => s.Item1 == DecisionReason.InsufficientVotes && s.Item2 == RequiredMajority.MajorityOfMembers);
        Assert.Contains(seen, s => s.Item1 == DecisionReason.InsufficientVotes && s.Item2 == RequiredMajority.AffirmativeVotesOfAnyMembers);
        ElectionResult[] results = [.. Rounds().Select(r => Charter.Elect(r.Round))];
        Assert.Contains(results, r => r.Elected.Length == r.Round.Places);
        Assert.Contains(results, r => r.ObtainedMajority.IsEmpty);
        Assert.Contains(results, r => r.PlacesRemaining > 0 && !r.ObtainedMajority.IsEmpty);
        Assert.Contains(results, r => r.IsVoid);
        Assert.Contains(results, r => r.Round.Question == QuestionKind.CourtElection && !r.Elected.IsEmpty);
    }

    [Fact]
    public void The_clause_on_a_permanent_members_vote_against_appears_only_when_one_voted_against()
    {
        string[] insufficient = [.. Votes().Where(v => v.Vote.Body == Body.SecurityCouncil && v.Vote.Question == QuestionKind.Substantive)
            .Select(v => Charter.Decide(v.Vote)).Where(d => d.Reason == DecisionReason.InsufficientVotes).Select(d => d.Explanation)];
        Assert.Contains(insufficient, e => e.EndsWith("which is no veto when the draft lacks the votes.", StringComparison.Ordinal));
        Assert.Contains(insufficient, e => e.EndsWith("(Charter Art. 27(3)).", StringComparison.Ordinal));
        Assert.DoesNotContain("veto", Charter.Decide(Council(new DateOnly(2026, 1, 5), "USA")).Explanation, StringComparison.Ordinal);
    }

    private static IEnumerable<(string Template, string Source, Vote Vote)> Votes()
    {
        yield return ("Adopted: nine votes and no permanent member against (Art. 27(3))",
            "S/2025/112 → S/RES/2774 (2025), 24 February 2025, S/PV.9866; UN Digital Library voting record 4077111",
            Council(Feb2025, "CHN DZA GUY KOR PAK PAN RUS SLE SOM USA", abstain: "DNK FRA GBR GRC SVN"));
        yield return ("Adopted: a procedural question, nine votes of any members (Art. 27(2))",
            "the situation in the Democratic People's Republic of Korea placed on the agenda, 22 December 2014, S/PV.7353: 11-2-2, China and the Russian Federation against",
            Vote.FromTally(Body.SecurityCouncil, new DateOnly(2014, 12, 22), QuestionKind.Procedural, Proposal.Motion("to adopt the provisional agenda"), Tally.From(11, 2, 2)));
        yield return ("Adopted: a majority of those present and voting (Art. 18, GA rule 83)",
            "A/ES-11/L.10 → A/RES/ES-11/7, 24 February 2025: 93-18-65; UN Digital Library voting record 4076672",
            SeedDays.February24_2025.Votes.Single(v => v.Resolution?.Value == "A/RES/ES-11/7").Vote);
        yield return ("Adopted: a simple majority of present and voting (ECOSOC, Art. 67(2))",
            "E/2023/L.6, consultative status for nine non-governmental organizations, 7 December 2022, ECOSOC/7108: 24-17-12",
            Vote.FromTally(Body.EconomicAndSocialCouncil, new DateOnly(2022, 12, 7), QuestionKind.SimpleMajority, Proposal.Draft("E/2023/L.6"), Tally.From(24, 17, 12)));
        yield return ("Adopted: a majority of the members, however many vote (ICJ Statute Art. 10)",
            "Iwasawa Yuji elected to the International Court of Justice, 22 June 2018, GA/12029: 184 of 193 in the Assembly, 97 required",
            Vote.FromTally(Body.GeneralAssembly, new DateOnly(2018, 6, 22), QuestionKind.CourtElection, Proposal.Motion("election of a member of the International Court of Justice: Iwasawa Yuji"), Tally.From(184, 0, 5)));
        yield return ("Adopted: two-thirds of the members, however many vote (Art. 108)",
            "A/RES/1991 A (XVIII), amendment to Art. 23 enlarging the Security Council, 17 December 1963: 97-11-4 of 113 Members",
            Vote.FromTally(Body.GeneralAssembly, new DateOnly(1963, 12, 17), QuestionKind.CharterAmendment, Proposal.Draft("A/RES/1991A (XVIII)"), Tally.From(97, 11, 4)));
        yield return ("Adopted: two-thirds of those present and voting (A/RES/60/251 para. 8)",
            "A/ES-11/L.4 → A/RES/ES-11/3, suspension of the Russian Federation from the Human Rights Council, 7 April 2022, GA/12414: 93-24-58",
            Vote.FromTally(Body.GeneralAssembly, new DateOnly(2022, 4, 7), QuestionKind.HumanRightsCouncilSuspension, Proposal.Draft("A/ES-11/L.4"), Tally.From(93, 24, 58)));
        yield return ("Not adopted: short of nine, a permanent member against (no veto)",
            "the Russian Federation's draft on the Joint Investigative Mechanism, 16 November 2017, SC/13072: 4-7-4; against France, Italy, Sweden, Ukraine, the United Kingdom, the United States, Uruguay",
            Vote.FromTally(Body.SecurityCouncil, new DateOnly(2017, 11, 16), QuestionKind.Substantive, Proposal.Motion("draft resolution of the Russian Federation on the Joint Investigative Mechanism"), Tally.From(4, 7, 4), [CountryCode.From("FRA"), CountryCode.From("GBR"), CountryCode.From("USA")]));
        yield return ("Not adopted: short of nine, no permanent member against",
            "the Russian Federation's draft on the humanitarian situation in Ukraine, 23 March 2022, SC/14838: 2-0-13",
            Vote.FromTally(Body.SecurityCouncil, new DateOnly(2022, 3, 23), QuestionKind.Substantive, Proposal.Motion("draft resolution of the Russian Federation on the humanitarian situation in Ukraine"), Tally.From(2, 0, 13), []));
        yield return ("Not adopted: a procedural question short of nine votes",
            "the provisional agenda on the anniversary of the 1999 NATO bombing, 28 March 2024, SC/15649: 6-0-9",
            Vote.FromTally(Body.SecurityCouncil, new DateOnly(2024, 3, 28), QuestionKind.Procedural, Proposal.Motion("to adopt the provisional agenda"), Tally.From(6, 0, 9)));
        yield return ("Not adopted: short of a majority of those present and voting",
            "the Russian amendment to A/ES-11/L.11, 24 February 2025, GA/12677: 31-71-59",
            SeedDays.February24_2025.Votes.Single(v => v.Vote.Proposal.Title?.StartsWith("Russian Federation: add", StringComparison.Ordinal) == true).Vote);
        yield return ("Not adopted: short of a majority of the members (A/RES/60/251 para. 7)",
            "the Russian Federation in the Eastern European seats of the Human Rights Council, 10 October 2023: 83 votes, 97 required (news agencies; the UN press release was not read)",
            Vote.FromTally(Body.GeneralAssembly, new DateOnly(2023, 10, 10), QuestionKind.HumanRightsCouncilElection, Proposal.Motion("election to the Human Rights Council: the Russian Federation"), Tally.Partial(83)));
        yield return ("Not adopted: vetoed (Art. 27(3))",
            "S/2022/155, 25 February 2022, SC/14808: 11-1-3, the Russian Federation against",
            Vote.FromTally(Body.SecurityCouncil, new DateOnly(2022, 2, 25), QuestionKind.Substantive, Proposal.Draft("S/2022/155"), Tally.From(11, 1, 3), [CountryCode.From("RUS")]));
        yield return ("Rejected: equally divided (GA rule 95) — no real vote on record here",
            "no equally divided recorded vote of the Assembly was found in the UN records available; the figures are illustrative",
            Vote.FromTally(Body.GeneralAssembly, Feb2025, QuestionKind.SimpleMajority, Proposal.Amendment(null, DocumentSymbol.From("A/ES-11/L.11")), Tally.From(60, 60, 41)));
        yield return ("A roll call of a body whose members on the date are not known — no real roll call on record here",
            "ECOSOC's yearly membership is not shipped; the ballots are illustrative",
            Vote.RollCall(Body.EconomicAndSocialCouncil, new DateOnly(2022, 12, 7), QuestionKind.SimpleMajority, Proposal.Draft("E/2023/L.6"),
                [Ballot.Yes(MemberStates.UnitedStates), Ballot.Yes(MemberStates.India), Ballot.No(MemberStates.China)]));
    }

    private static IEnumerable<(string Template, string Source, ElectionRound Round)> Rounds()
    {
        DateOnly june2019 = new(2019, 6, 7);
        yield return ("Election: every place filled in one round (two-thirds of those present and voting)",
            "African and Asia-Pacific seats of the Security Council, 7 June 2019, GA/12152: 193 ballot papers, 0 invalid, 0 abstentions",
            ElectionRound.Of(Body.GeneralAssembly, june2019, QuestionKind.SecurityCouncilElection, 3, 193, 0, 0,
                [ElectionCandidate.Of(MemberStates.VietNam, 192), ElectionCandidate.Of(MemberStates.Niger, 191), ElectionCandidate.Of(MemberStates.Tunisia, 191)]));
        yield return ("Election: no candidate with the majority",
            "Eastern European seat of the Security Council, first round, 7 June 2019, GA/12152: 193 ballot papers, 2 abstentions, 128 required",
            ElectionRound.Of(Body.GeneralAssembly, june2019, QuestionKind.SecurityCouncilElection, 1, 193, 0, 2,
                [ElectionCandidate.Of(MemberStates.Estonia, 111), ElectionCandidate.Of(MemberStates.Romania, 78), ElectionCandidate.Of(MemberStates.Georgia, 1), ElectionCandidate.Of(MemberStates.Latvia, 1)]));
        yield return ("Election: a tie for the last place leaves it to a further ballot (a majority of the members)",
            "Western European seats of the Human Rights Council, first round, 17 May 2007 (UN News; UNIS/INF/208: 97 of 192 required)",
            ElectionRound.Of(Body.GeneralAssembly, new DateOnly(2007, 5, 17), QuestionKind.HumanRightsCouncilElection, 2,
                [ElectionCandidate.Of(MemberStates.Netherlands, 121), ElectionCandidate.Of(MemberStates.Denmark, 114), ElectionCandidate.Of(MemberStates.Italy, 114)]));
        yield return ("Election of the Court: the absolute majority in this body",
            "Julia Sebutinde in the Security Council, 13 December 2011, SC/10482: 9 votes, 8 required",
            ElectionRound.Of(Body.SecurityCouncil, new DateOnly(2011, 12, 13), QuestionKind.CourtElection, 1, [ElectionCandidate.Person("Julia Sebutinde", 9)]));
        yield return ("Election of the Court: more candidates with the absolute majority than places, the round is void — no real round on record here",
            "UNIS/SC/1154 (3 November 1999) states the rule; the candidates and votes are illustrative",
            ElectionRound.Of(Body.SecurityCouncil, new DateOnly(2023, 11, 9), QuestionKind.CourtElection, 2,
                [ElectionCandidate.Person("Candidate A", 9), ElectionCandidate.Person("Candidate B", 8), ElectionCandidate.Person("Candidate C", 8)]));
    }
}
