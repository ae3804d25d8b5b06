using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Storage;

/// <summary>
/// A ledger of the previous schema, made by main (<see cref="MainLedger"/>), migrated forward with no loss: its rows
/// copied into each database at version 3, as main had left them, then opened with today's code.
/// </summary>
public abstract class MigrationTests<TDatabase> where TDatabase : TestDatabase, new()
{
    [Fact]
    public void LedgerMadeByMainIsMigratedForwardWithNoLoss()
    {
        using var db = new TDatabase();
        var old = db.Open(upToVersion: 3);
        MainLedger.CopyInto(old);

        var store = db.Open();
        MainLedger.AssertNothingLost(store);
        // The migrated ledger takes packages: Norway's NOK 15 billion a year (16) as the programme its 2023 parts belong to.
        Assert.True(store.Attach(17, 16, "test").Succeeded);
        Assert.Equal([17L], store.GetEntry(16)!.Parts);
        Assert.Equal(46, store.Entries(EntryFilter.All).Max(e => e.Id));
        Assert.True(store.Ingest(Some.Document("after-migration"), [Some.Commitment("after-migration", "e1", "AUS", 1m, "AUD", "2026-02-02")], "test").IsNew);
        Assert.Equal(47, store.Entries(EntryFilter.All).Max(e => e.Id));
    }
}
