using Pledgewatch.Ledger.Review;

namespace Pledgewatch.Ledger.Tests.Review;

public sealed class AuditChangesTests
{
    private const string Before = """{"status":"candidate","fields":{"event_type":"AGREE","actor":[{"text":"Canada","code":"CAN"}],"recipient":[{"text":"Ukraine","code":"UKR"}],"date":{"from":"2025-12-20","to":"2025-12-31","text":"late December"},"commitment":{"amount":{"value":500000000,"currency":"CAD","text":"$500 million"},"instruments":["grant"],"stage":"pledged"}},"merged_into":null,"parent":null}""";

    private const string After = """{"status":"accepted","fields":{"event_type":"AGREE","actor":[{"text":"Canada","code":"CAN"},{"text":"France","code":"FRA"}],"recipient":[{"text":"Ukraine","code":"UKR"}],"date":{"on":"2025-12-27"},"commitment":{"amount":{"value":600000000.5,"currency":"CAD","text":"$500 million"},"instruments":["grant","loan"],"stage":"committed"}},"merged_into":null,"parent":7}""";

    [Fact]
    public void AnEditReadsAsTheFieldsItChanged()
    {
        Assert.Equal(
        [
            new FieldChange("status", "candidate", "accepted"),
            new FieldChange("actor", "CAN", "CAN, FRA"),
            new FieldChange("date", "2025-12-20..2025-12-31", "2025-12-27"),
            new FieldChange("date.text", "late December", "—"),
            new FieldChange("commitment.amount.value", "500,000,000", "600,000,000.5"),
            new FieldChange("commitment.instruments", "grant", "grant, loan"),
            new FieldChange("commitment.stage", "pledged", "committed"),
            new FieldChange("parent", "—", "7"),
        ], AuditChanges.Of(Before, After));
    }

    [Fact]
    public void NotesAndOddRowsStillRead()
    {
        Assert.Equal("parent: 5 → —", AuditChanges.Describe("""{"parent":5}""", """{"parent":null}"""));
        Assert.Equal("merged: — → 7; forced: — → true", AuditChanges.Describe(null, """{"merged":7,"forced":true}"""));
        Assert.Equal("value: not json → —", AuditChanges.Describe("not json", null));
        Assert.Equal("no field changed", AuditChanges.Describe(Before, Before));
    }
}
