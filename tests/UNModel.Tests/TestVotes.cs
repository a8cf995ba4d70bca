namespace UNModel.Tests;

/// <summary>Helpers to write roll calls by alpha-3 codes, as UN voting records list them.</summary>
internal static class TestVotes
{
    public static List<Ballot> Ballots(string yes, string no = "", string abstain = "", string absent = "")
    {
        var list = new List<Ballot>();
        Add(list, yes, BallotChoice.Yes);
        Add(list, no, BallotChoice.No);
        Add(list, abstain, BallotChoice.Abstain);
        Add(list, absent, BallotChoice.Absent);
        return list;
    }

    public static Vote Council(DateOnly date, string yes, string no = "", string abstain = "", string absent = "", QuestionKind question = QuestionKind.Substantive, string document = "S/2025/112") =>
        Vote.RollCall(Body.SecurityCouncil, date, question, Proposal.Draft(document), Ballots(yes, no, abstain, absent));

    public static Vote Assembly(DateOnly date, Tally tally, QuestionKind question = QuestionKind.SimpleMajority, string document = "A/ES-11/L.10") =>
        Vote.FromTally(Body.GeneralAssembly, date, question, Proposal.Draft(document), tally);

    public static T Throws<T>(string ruleId, Action action)
        where T : UNModelException
    {
        var ex = Assert.Throws<T>(action);
        Assert.Equal(ruleId, ex.RuleId);
        return ex;
    }

    private static void Add(List<Ballot> list, string codes, BallotChoice choice)
    {
        foreach (string code in codes.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            list.Add(Ballot.Of(CountryCode.From(code), choice));
        }
    }
}
