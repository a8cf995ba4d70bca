namespace UNModel.Records.Tests;

/// <summary>
/// The unvotes <c>unres</c> is a resolution number only from the eighteenth session (1963); before it, a page of the plenary
/// Official Records. No A/RES symbol is made up for the early sessions: the data's reference is shown labelled as such.
/// </summary>
public sealed class ResolutionSymbolTests
{
    private static RecordedRollCall Rcid(int id) => TestData.Record.RollCalls.Single(r => r.Id == id);

    [Theory]
    [InlineData(3, "R/1/66")] // 1946: a vote on the rules of procedure, not resolution 66 (I)
    [InlineData(36, "R/1/1355")] // session I adopted about 100 resolutions
    [InlineData(77, "R/2/1424")] // 181 (II), the partition of Palestine, 33-13-10
    [InlineData(252, "R/5/347")] // 377 (V), Uniting for Peace, 52-5-2
    [InlineData(255, "R/5/381")] // 386 (V) on Spain, 38-10-12; not 381 (V)
    [InlineData(658, "R/15/1273D")] // 1514 (XV), the declaration on decolonization, 89-0-9
    public void Before_the_eighteenth_session_no_resolution_symbol_is_given(int rcid, string reference)
    {
        RecordedRollCall rc = Rcid(rcid);
        Assert.True(rc.Session < UnvotesImporter.FirstNumberedSession);
        Assert.Equal(reference, rc.ResolutionText);
        Assert.Null(rc.Resolution);
        Assert.Equal(reference + " (unvotes ref.)", rc.Reference);
        Assert.False(rc.SymbolImpliesAdoption);
    }

    [Theory]
    [InlineData(1190, "A/RES/2758 (XXVI)", 76, 35, 17)] // 25 October 1971, the representation of China
    [InlineData(1622, "A/RES/3379 (XXX)", 72, 35, 32)] // 10 November 1975
    public void From_the_eighteenth_session_the_reference_is_the_resolution_number(int rcid, string symbol, int yes, int no, int abstain)
    {
        RecordedRollCall rc = Rcid(rcid);
        Assert.Equal(symbol, rc.Resolution?.Value);
        Assert.Equal((yes, no, abstain), (rc.Decision.Yes, rc.Decision.No, rc.Decision.Abstain));
    }

    [Fact]
    public void The_boundary_falls_between_the_seventeenth_and_eighteenth_sessions()
    {
        Assert.Equal(18, UnvotesImporter.FirstNumberedSession);
        Assert.DoesNotContain(TestData.Record.RollCalls, r => r.Session < 18 && r.Resolution is not null);
        RecordedRollCall first = TestData.Record.RollCalls.Where(r => r.Session == 18 && r.Resolution is not null).MinBy(r => r.Id)!;
        Assert.Matches(@"^A/RES/\d+[A-Z]? \(XVIII\)$", first.Resolution!.Value.Value);
    }

    [Fact]
    public void Every_A_RES_symbol_the_import_gives_belongs_to_its_own_session()
    {
        foreach (RecordedRollCall rc in TestData.Record.RollCalls.Where(r => r.Resolution is not null && r.Resolution.Value.Value.StartsWith("A/RES/", StringComparison.Ordinal)))
        {
            Assert.True(rc.Session >= UnvotesImporter.FirstNumberedSession, rc.ToString());
            DocumentSymbol s = rc.Resolution!.Value;
            Assert.True(s.IsEmergencySpecialSession || s.IsSpecialSession || s.Session == rc.Session, rc + ": session " + s.Session + ", filed under " + rc.Session);
        }
    }
}
