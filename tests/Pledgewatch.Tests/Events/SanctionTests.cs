using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Events;

/// <summary>What the gold-file rules do not score about sanctions (so the case file cannot say it): how many, and which are distinct.</summary>
public sealed class SanctionTests
{
    [Fact]
    public void ABorderClosureAndAnAssetFreezeAreTwoSanctionsAndWordsCount()
    {
        var records = Coder.Code(
            "Finland will close its border crossings with Russia for another two months, the interior minister said on Thursday. "
            + "Finland also froze the assets of three Russian businessmen.", "2024-02-15", "FIN");
        var sanctions = records.Where(r => r.EventType == "SANCTION").ToList();
        Assert.Equal(2, sanctions.Count);
        Assert.All(sanctions, s => Assert.Equal("RUS", Assert.Single(s.Recipient).Code));
        Assert.Equal(3, sanctions[1].Sanction!.Count);
    }
}
