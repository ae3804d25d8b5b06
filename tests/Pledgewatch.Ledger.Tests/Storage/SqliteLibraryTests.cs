using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Storage.Sqlite;
using Pledgewatch.Ledger.Tests.Support;
using SQLitePCL;

namespace Pledgewatch.Ledger.Tests.Storage;

/// <summary>
/// SQLite runs in multi-thread mode without memory statistics (<see cref="SqliteLibrary"/>): the settings must have
/// been taken, and connections used from many threads at once, each by one thread at a time, must still be safe.
/// </summary>
public sealed class SqliteLibraryTests
{
    [Fact]
    public void TheFirstLedgerOfTheProcessSetsSqliteToMultiThreadModeWithoutMemoryStatistics()
    {
        using var db = new SqliteDatabase();
        var store = db.Open();
        store.Ingest(Some.Document("library"), [Some.Meeting("library", "CAN", "UKR", Some.Day("2026-01-05"))], "test");

        Assert.True(SqliteLibrary.Configured, "SQLite was initialised before the first ledger opened: its defaults stand");
        // With the statistics on, every allocation of SQLite's is counted here (the pages and statements of the ingest above).
        Assert.Equal(0L, raw.sqlite3_memory_used());
        // Setting the mode again is refused: SQLite is initialised, so the settings above were taken before it was.
        Assert.Equal(raw.SQLITE_MISUSE, raw.sqlite3_config(raw.SQLITE_CONFIG_SERIALIZED));
    }

    [Fact]
    public void FourThreadsIngestingIntoOneLedgerAtOnceStoreEveryDocumentOnce()
    {
        using var db = new SqliteDatabase();
        var store = db.Open();
        const int threads = 4, each = 40;
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            for (int i = 0; i < each; i++)
            {
                // Every document twice, from two threads: the second finds it stored (the hash check, then the unique hash).
                var doc = $"doc-{(t / 2)}-{i}";
                var document = Some.Document(doc);
                if (store.Contains(document.ContentHash)) continue;
                store.Ingest(document, [Some.Pledge(doc, "CAN", "UKR", 10 + i, "CAD", Some.Day("2026-01-05"), Some.Day("2026-01-05"))], "test");
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        var counts = store.Counts();
        Assert.Equal((threads / 2) * each, counts.Documents);
        Assert.Equal((threads / 2) * each, counts.Records);
    }
}
