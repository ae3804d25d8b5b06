using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Events;

/// <summary>
/// Records carry only the sectors EVENTS.md lists. The coder marks parties ("PTY") to keep a government and a party of
/// the same state on two sides of an act; the mark stays inside the coder.
/// </summary>
public sealed class SectorTests
{
    private static readonly string[] s_eventsMdSectors = ["GOV", "MIL", "LEG", "JUD", "EDU", "MED", "NGO", "BUS", "CVL"];

    [Fact]
    public void APartyIsARecipientAtHomeAndCarriesNoSectorOfItsOwn()
    {
        var records = Coder.Code("The Bangladesh Nationalist Party (BNP) held a rally in Dhaka. Prime Minister Sheikh Hasina ruled out any talks with the BNP.", "2023-11-09", "GBR");
        var rejected = Assert.Single(records, r => r.EventType == "REJECT");
        var party = Assert.Single(rejected.Recipient);
        Assert.Equal("BGD", party.Code);
        Assert.Null(party.Sector);
        Assert.All(records.SelectMany(r => r.Actor.Concat(r.Recipient)), e => Assert.True(e.Sector is null || s_eventsMdSectors.Contains(e.Sector), e.Sector));
    }
}
