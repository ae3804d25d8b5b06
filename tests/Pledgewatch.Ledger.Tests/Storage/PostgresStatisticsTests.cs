using Dapper;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Storage;

/// <summary>
/// The PostgreSQL writer analyses a table that has doubled since its last analysis (PostgresLedgerStore.AfterIngestCommit),
/// so that the plans of its prepared statements are made again for the ledger as it is (BENCHMARKS.md, "The writer,
/// third pass"). PostgreSQL only: SQLite plans without statistics.
/// </summary>
public sealed class PostgresStatisticsTests
{
    [Fact]
    public void AYoungLedgerWhoseEntriesDoubledIsAnalysedAfterTheNextBatch()
    {
        using var db = new PostgresDatabase();
        var store = db.Open();
        using (var c = store.OpenConnection()) c.Execute("ALTER TABLE entries SET (autovacuum_enabled = false)"); // only the writer analyses
        store.Ingest(Some.Document("first"), [Pledge(0)], "test");
        Assert.Null(LastAnalysed(store)); // one entry: nothing to analyse

        store.SeedEntries(Enumerable.Range(1, 1_200).Select(i => EntryFields.From(Pledge(i))));
        ForceStatisticsOut(store);
        var outcome = store.Ingest(Some.Document("second"), [Pledge(5_000)], "test");

        Assert.True(outcome.IsNew);
        Assert.NotNull(LastAnalysed(store));
    }

    private static Pledgewatch.Records.EventRecord Pledge(int n) =>
        Some.Pledge($"d{n}", "CAN", "UKR", 5_000_000m + n, "USD", new DateOnly(2024, 1, 1).AddDays(n % 700), new DateOnly(2024, 1, 1).AddDays(n % 700));

    private static DateTime? LastAnalysed(LedgerStore store)
    {
        using var c = store.OpenConnection();
        return c.ExecuteScalar<DateTime?>("SELECT last_analyze FROM pg_stat_user_tables WHERE relid = 'entries'::regclass");
    }

    /// <summary>
    /// A backend reports its row counts at most once a second; the writer reads them, so the test waits until the seeded
    /// rows are counted (at most 15 s) instead of depending on timing.
    /// </summary>
    private static void ForceStatisticsOut(LedgerStore store)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            using var c = store.OpenConnection();
            c.Execute("SELECT pg_stat_force_next_flush()");
            if (c.ExecuteScalar<long>("SELECT n_mod_since_analyze FROM pg_stat_user_tables WHERE relid = 'entries'::regclass") >= 1_000 || DateTime.UtcNow > deadline) return;
            Thread.Sleep(200);
        }
    }
}
