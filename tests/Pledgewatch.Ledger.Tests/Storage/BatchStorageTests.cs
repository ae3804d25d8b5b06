using Dapper;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;
using static Pledgewatch.Ledger.Tests.Support.Some;

namespace Pledgewatch.Ledger.Tests.Storage;

/// <summary>Batched writes and the watch state, on every database (issue 12: "each document still all-or-nothing").</summary>
public abstract class BatchStorageTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private static readonly DateOnly Day1 = Day("2025-12-28");

    private static IReadOnlyList<PendingDocument> ThreeDocuments() =>
    [
        new(Document("first"), [Pledge("first", "CAN", "UKR", 2_500_000_000m, "CAD", Day1, Day1), Meeting("first", "CAN", "UKR", Day1)]),
        new(Document("re-report"), [Pledge("re-report", "CAN", "UKR", 2_500_000_000m, "CAD", Day1, Day1)]),
        new(Document("other"), [Pledge("other", "NOR", "UKR", 30m, "NOK", Day1, Day1)]),
    ];

    [Fact]
    public void ABatchGivesTheSameLedgerAsStoringItsDocumentsOneByOne()
    {
        using var batched = new TDatabase();
        using var single = new TDatabase();
        var results = batched.Open().IngestBatch(ThreeDocuments(), "test");
        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal([2, 0, 1], results.Select(r => r.Outcome.NewEntries));
        Assert.Equal(1, results[1].Outcome.Merged);
        foreach (var d in ThreeDocuments()) single.Open().Ingest(d.Document, d.Records, "test");
        Assert.Equal(LedgerSnapshot.Of(single.Open()), LedgerSnapshot.Of(batched.Open()));
    }

    /// <summary>A record that finds an entry the writer opened compares with the fields the writer had, not with its stored text parsed back.</summary>
    [Fact]
    public void AnEntryTheWriterOpenedIsMatchedWithoutParsingItsStoredFields()
    {
        using var db = new TDatabase();
        var store = db.Open();
        var results = store.IngestBatch(ThreeDocuments(), "test");
        Assert.Equal(1, results[1].Outcome.Merged);
        var later = store.IngestBatch([new(Document("later"), [Pledge("later", "NOR", "UKR", 30m, "NOK", Day1, Day1)])], "test");
        Assert.Equal(1, later[0].Outcome.Merged);
        Assert.Equal(0, store.ParsedFields.Parses);
    }

    /// <summary>A trigger on <paramref name="table"/> that refuses a row when <paramref name="condition"/> holds, with <paramref name="message"/>.</summary>
    private static void Poison(LedgerStore store, string table, string condition, string message)
    {
        using var c = store.OpenConnection();
        c.Execute(store.Provider == DatabaseProvider.Sqlite
            ? $"CREATE TRIGGER poison BEFORE INSERT ON {table} WHEN {condition} BEGIN SELECT RAISE(ABORT, '{message}'); END"
            : $$"""
                CREATE FUNCTION poison() RETURNS trigger AS $$ BEGIN IF {{condition}} THEN RAISE EXCEPTION '{{message}}'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql;
                CREATE TRIGGER poison BEFORE INSERT ON {{table}} FOR EACH ROW EXECUTE FUNCTION poison();
                """);
    }

    [Fact]
    public void ADocumentTheDatabaseRefusesIsRolledBackAloneAndTheRestOfTheBatchCommits()
    {
        using var db = new TDatabase();
        var store = db.Open();
        Poison(store, "records", "NEW.event_type = 'POISON'", "poisoned record");
        var documents = ThreeDocuments().ToList();
        // The second record of the middle document is refused: its document row and first record must go with it.
        documents.Insert(1, new PendingDocument(Document("poisoned"), [Meeting("poisoned", "JPN", "UKR", Day1), Meeting("poisoned", "JPN", "UKR", Day1) with { EventType = "POISON" }]));

        var results = store.IngestBatch(documents, "test");

        Assert.Contains("poisoned record", results[1].Error?.Message);
        Assert.All(results.Where((_, i) => i != 1), r => Assert.Null(r.Error));
        Assert.Equal(3, store.Counts().Documents);
        using var check = store.OpenConnection();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE doc = 'poisoned'"));
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT COUNT(*) FROM entries WHERE actor = 'JPN'"));
    }

    /// <summary>
    /// A document's sources are among its last statements, which PostgreSQL receives with the next document's first
    /// ones (or at the batch's end): the refusal must still undo that document alone, and the next one must be stored.
    /// </summary>
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void ADocumentRefusedInItsLastStatementsIsRolledBackAloneWhereverItIsInTheBatch(int position)
    {
        using var db = new TDatabase();
        using var clean = new TDatabase();
        var store = db.Open();
        Poison(store, "entry_sources", "NEW.doc = 'poisoned'", "poisoned source");
        var documents = ThreeDocuments().ToList();
        documents.Insert(position, new PendingDocument(Document("poisoned"), [Meeting("poisoned", "JPN", "UKR", Day1)]));

        var results = store.IngestBatch(documents, "test");

        Assert.Contains("poisoned source", results[position].Error?.Message);
        Assert.All(results.Where((_, i) => i != position), r => Assert.Null(r.Error));
        clean.Open().IngestBatch(ThreeDocuments(), "test");
        Assert.Equal(LedgerSnapshot.Of(clean.Open()), LedgerSnapshot.Of(store));
        using var check = store.OpenConnection();
        Assert.Equal(0, check.ExecuteScalar<long>("SELECT COUNT(*) FROM documents WHERE doc = 'poisoned'"));
    }

    private static readonly string[] Donors = ["CAN", "NOR", "JPN", "DEU", "FRA", "GBR", "ITA", "ESP", "NLD", "POL", "SWE", "FIN", "DNK", "AUT", "BEL", "CZE", "EST", "LVA", "LTU"];

    /// <summary>Record <paramref name="i"/> of a long report: a pledge of its own amount from donor i (even i) or a meeting (odd i), its evidence at 20 i.</summary>
    private static Pledgewatch.Records.EventRecord LongReportRecord(string doc, int i) =>
        (i % 2 == 0 ? Pledge(doc, Donors[i], "UKR", 1_000_000m * (i + 1), "EUR", Day1, Day1) : Meeting(doc, Donors[i], "UKR", Day1))
        with { Evidence = new Pledgewatch.Records.Evidence(0, 20 * i, 20 * i + 10, "Some text.") };

    /// <summary>
    /// A document's records are matched first and the entries they open are inserted together, up to 16 rows per
    /// statement, their ids given back in no promised order. Nineteen records (more than one statement takes), two of
    /// them re-reports: each record must still open or join its own entry, the entries it opens numbered in the
    /// records' order.
    /// </summary>
    [Fact]
    public void EachRecordOfALongReportOpensOrJoinsItsOwnEntryAndTheEntriesItOpensAreNumberedInItsOrder()
    {
        using var db = new TDatabase();
        var store = db.Open();
        var earlier = new PendingDocument(Document("earlier"), [LongReportRecord("earlier", 3), LongReportRecord("earlier", 10)]);
        var report = new PendingDocument(Document("report"), [.. Donors.Select((_, i) => LongReportRecord("report", i))]);
        var again = new PendingDocument(Document("again"), [.. Donors.Select((_, i) => LongReportRecord("again", i))]);

        var results = store.IngestBatch([earlier, report, again], "test");

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal((17, 2), (results[1].Outcome.NewEntries, results[1].Outcome.Merged));
        Assert.Equal((0, 19), (results[2].Outcome.NewEntries, results[2].Outcome.Merged));
        var entries = store.Entries(Pledgewatch.Ledger.Export.EntryFilter.All).OrderBy(e => e.Id).ToList();
        Assert.Equal(["DEU", "SWE"], entries.Take(2).Select(e => e.Fields.Actor[0].Code));
        Assert.Equal(Donors.Where((_, i) => i is not (3 or 10)), entries.Skip(2).Select(e => e.Fields.Actor[0].Code));
        foreach (var e in entries)
        {
            int i = Array.IndexOf(Donors, e.Fields.Actor[0].Code);
            Assert.Equal(i is 3 or 10 ? ["again", "earlier", "report"] : ["again", "report"], e.Sources.Select(s => s.Doc).Order());
            Assert.All(e.Sources, s => Assert.Equal(20 * i, s.Evidence.Start));
        }
    }

    [Fact]
    public void TheAuditOfAnAddedSourceNamesTheSourceAsSerialisingItWould()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.IngestBatch(ThreeDocuments(), "test");
        using var c = store.OpenConnection();
        var (entryId, after) = c.QuerySingle<(long, string)>("SELECT entry_id, after FROM audit_log WHERE action = 'add-source'");
        var (sourceId, doc, rule) = c.QuerySingle<(long, string, string)>(
            "SELECT id, doc, rule FROM entry_sources WHERE entry_id = @entryId AND doc = 're-report'", new { entryId });
        Assert.StartsWith("matched entry ", rule);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(new { source = sourceId, doc, rule }, Pledgewatch.Ledger.Export.EntryJson.Options), after);
    }

    [Fact]
    public void DeferredStatementsRunInOrderAndHandEachItsRows()
    {
        using var db = new TDatabase();
        var store = db.Open();
        using var c = store.OpenConnection();
        using var tx = store.BeginWrite(c);
        using var commands = new LedgerCommands(c, tx);
        var ids = new List<long>();
        foreach (var name in new[] { "a", "b" })
        {
            commands.Defer("INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, 'viewer', 'x', 'now') RETURNING id", r => { r.Read(); ids.Add(r.GetInt64(0)); }, ("name", name));
            commands.Defer("UPDATE users SET role = 'editor' WHERE name = @name", null, ("name", name));
        }
        Assert.Equal(2L, commands.Scalar("SELECT COUNT(*) FROM users WHERE role = 'editor'"));
        Assert.Equal(2, ids.Count);
        Assert.True(ids[0] < ids[1]);
    }

    [Fact]
    public void AFailingDeferredStatementFailsAtTheLatestAtFlushAndNothingStaysPending()
    {
        using var db = new TDatabase();
        var store = db.Open();
        using var c = store.OpenConnection();
        using var tx = store.BeginWrite(c);
        using var commands = new LedgerCommands(c, tx);
        commands.Defer("SAVEPOINT doc", null);
        commands.Defer("INSERT INTO users (name, role, password_hash, created_at) VALUES ('a', 'viewer', 'x', 'now')", null);
        // SQLite runs a deferred statement at once, PostgreSQL at the flush: either way the unique name fails by then.
        Assert.ThrowsAny<System.Data.Common.DbException>(() =>
        {
            commands.Defer("INSERT INTO users (name, role, password_hash, created_at) VALUES ('a', 'viewer', 'x', 'now')", null);
            commands.Flush();
        });
        tx.Rollback("doc");
        commands.Execute("INSERT INTO users (name, role, password_hash, created_at) VALUES ('b', 'viewer', 'x', 'now')");
        Assert.Equal(1L, commands.Scalar("SELECT COUNT(*) FROM users"));
    }

    [Fact]
    public void AWatchItemIsRecordedOnceClaimedByOneWorkerAndDoneWithItsDocument()
    {
        using var db = new TDatabase();
        var store = db.Open();
        var source = store.WatchSource("https://ministry.example/feed.xml");
        Assert.Equal(source.Id, store.WatchSource("https://ministry.example/feed.xml").Id);
        WatchItemSeen[] seen = [new("https://ministry.example/a", "https://ministry.example/a", "A", Day1), new("https://ministry.example/b", "https://ministry.example/b")];
        Assert.Equal(2, store.AddWatchItems(source.Id, seen));
        Assert.Equal(0, store.AddWatchItems(source.Id, seen));

        var claimed = store.ClaimWatchItemsFor("host:1", 10);
        Assert.Equal(["https://ministry.example/a", "https://ministry.example/b"], claimed.Select(c => c.Location));
        Assert.Equal(("A", "2025-12-28"), (claimed[0].Title, claimed[0].Published));
        Assert.Empty(store.ClaimWatchItemsFor("host:2", 10));

        var stored = store.IngestBatch([new PendingDocument(Document("a"), [Meeting("a", "JPN", "UKR", Day1)], WatchItem: claimed[0].Id)], "test");
        Assert.True(stored[0].Outcome.IsNew);
        store.ReleaseWatchClaims("host:1");
        Assert.Equal(["https://ministry.example/b"], store.ClaimWatchItemsFor("host:2", 10).Select(c => c.Location));
        Assert.Equal(new Dictionary<string, long> { ["done"] = 1, ["claimed"] = 1 }, store.WatchItemCounts());
        Assert.Single(store.WatchItemsStoredSince(DateTimeOffset.UtcNow.AddMinutes(-5)));
    }

    [Fact]
    public void AnItemThatKeepsFailingIsRetriedThenLeftFailed()
    {
        using var db = new TDatabase();
        var store = db.Open();
        var source = store.WatchSource("/reports");
        store.AddWatchItems(source.Id, [new("/reports/x.txt|1@1", "/reports/x.txt")]);
        var past = DateTimeOffset.UtcNow.AddMinutes(-1);

        var first = Assert.Single(store.ClaimWatchItemsFor("w", 10));
        store.WatchItemFailed(first.Id, "cannot be read", past, maxAttempts: 2);
        var second = Assert.Single(store.ClaimWatchItemsFor("w", 10));
        Assert.Equal(1, second.Attempts);
        store.WatchItemFailed(second.Id, "cannot be read", past, maxAttempts: 2);

        Assert.Empty(store.ClaimWatchItemsFor("w", 10));
        Assert.Equal(new Dictionary<string, long> { ["failed"] = 1 }, store.WatchItemCounts());

        store.WatchItemFailed(first.Id, "later", DateTimeOffset.UtcNow.AddHours(1), maxAttempts: 5);
        Assert.Empty(store.ClaimWatchItemsFor("w", 10)); // pending again, but not due for an hour
    }
}
