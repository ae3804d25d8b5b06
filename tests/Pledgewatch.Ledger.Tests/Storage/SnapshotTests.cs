using System.Text.Json;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Storage;
using static Pledgewatch.Ledger.Tests.Support.Some;

namespace Pledgewatch.Ledger.Tests.Storage;

/// <summary>The audit snapshot made from fields' JSON written beforehand (by a coder) is the text serialising it whole gives.</summary>
public sealed class SnapshotTests
{
    [Theory]
    [InlineData(null, null)]
    [InlineData(null, 17L)]
    [InlineData(12L, 3L)]
    public void ASnapshotFromFieldsJsonIsTheSerialisedSnapshot(long? mergedInto, long? parent)
    {
        var record = Pledge("d", "CAN", "UKR", 2_500_000_000m, "CAD", Day("2025-12-28"), Day("2025-12-30"), "a \"quoted\" date — é", "AGREE", "grant", "loan");
        var fields = EntryFields.From(record);
        var whole = JsonSerializer.Serialize(new { status = EntryStatus.Candidate, fields, merged_into = mergedInto, parent }, EntryJson.Options);
        Assert.Equal(whole, LedgerStore.Snapshot(EntryStatus.Candidate, EncodedRecord.Of(record).FieldsJson, mergedInto, parent));
    }
}
