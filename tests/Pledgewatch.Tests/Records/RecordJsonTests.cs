using Pledgewatch.Records;

namespace Pledgewatch.Tests.Records;

/// <summary>The EVENTS.md record is our contract with the ledger, the scorer and users: its JSON shape is pinned here.</summary>
public sealed class RecordJsonTests
{
    private static EventRecord Sample() => new()
    {
        Doc = "sample",
        EventType = "AGREE",
        Mode = null,
        Context = ["economic"],
        Actor = [new EntityRef("Carney", "CAN", "GOV", "Mark Carney")],
        Recipient = [new EntityRef("Ukraine", "UKR")],
        Date = new EventDate(new DateOnly(2025, 12, 20), new DateOnly(2025, 12, 31), "at the end of last month"),
        Location = new PlaceRef("Halifax", "CAN"),
        Commitment = new Commitment
        {
            Amount = new Money(2_500_000_000m, "CAD", "$2.5 billion"),
            Instruments = ["financing", "loan_guarantee"],
            Purpose = "recovery",
            Items = [new Item("M777 howitzers", 6)],
            Stage = "pledged",
        },
        Evidence = new Evidence(3, 1041, 1212, "At a meeting …"),
        Confidence = 0.9,
    };

    [Fact]
    public void RecordShapeMatchesTheContract()
    {
        const string expected =
            """{"doc":"sample","event_type":"AGREE","mode":null,"context":["economic"],"actor":[{"text":"Carney","code":"CAN","sector":"GOV","name":"Mark Carney"}],"recipient":[{"text":"Ukraine","code":"UKR"}],"date":{"from":"2025-12-20","to":"2025-12-31","text":"at the end of last month"},"location":{"text":"Halifax","code":"CAN"},"commitment":{"amount":{"value":2500000000,"currency":"CAD","text":"$2.5 billion"},"instruments":["financing","loan_guarantee"],"purpose":"recovery","items":[{"text":"M777 howitzers","quantity":6}],"stage":"pledged"},"sanction":null,"evidence":{"sentence":3,"start":1041,"end":1212,"text":"At a meeting …"},"confidence":0.9}""";
        Assert.Equal(expected, RecordJson.ToJsonLine(Sample()));
    }

    [Fact]
    public void OneDayIsWrittenAsOnWithoutTextWhenTheReportDateWasUsed()
    {
        var record = Sample() with { Date = new EventDate(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5), null) };
        Assert.Contains("\"date\":{\"on\":\"2026-01-05\"}", RecordJson.ToJsonLine(record));
    }

    [Fact]
    public void SanctionCarriesTargetsAndCount()
    {
        var record = Sample() with
        {
            EventType = "SANCTION",
            Mode = "discontinue",
            Commitment = null,
            Sanction = new SanctionInfo([new EntityRef("Maduro", "VEN")], 16, null),
        };
        var json = RecordJson.ToJsonLine(record);
        Assert.Contains("\"commitment\":null", json);
        Assert.Contains("\"sanction\":{\"targets\":[{\"text\":\"Maduro\",\"code\":\"VEN\"}],\"count\":16,\"instrument\":null}", json);
    }
}
