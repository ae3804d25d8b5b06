using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Events;

/// <summary>
/// The stage of a commitment, which the gold-file rules do not score (so the case file cannot say it): a decision
/// taken is committed, one still to be taken is pledged, resources handed over are delivered.
/// </summary>
public sealed class StageTests
{
    [Theory]
    [InlineData("The Norwegian parliament approved NOK 5 billion for Ukraine on Friday.", "committed")]
    [InlineData("The government will ask parliament to approve NOK 5 billion for Ukraine.", "pledged")]
    [InlineData("The cabinet will approve NOK 5 billion for Ukraine next week.", "pledged")]
    [InlineData("Norway has sent Ukraine equipment worth NOK 5 billion.", "delivered")]
    public void StageFollowsWhetherTheDecisionIsTaken(string text, string stage)
    {
        var record = Assert.Single(Coder.Code(text, "2024-12-02", "NOR"), r => r.Commitment is not null);
        Assert.Equal(stage, record.Commitment!.Stage);
    }
}
