namespace UNModel.Tests;

public class CatalogueSmokeTests
{
    [Fact]
    public void There_are_193_members_in_2025()
    {
        Assert.Equal(193, MemberStates.MembersOn(new DateOnly(2025, 2, 24)).Length);
    }
}
