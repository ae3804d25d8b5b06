using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dapper;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Review;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;
using Pledgewatch.Records;
using static Pledgewatch.Ledger.Tests.Support.Some;

namespace Pledgewatch.Ledger.Tests.Storage;

/// <summary>Storage behaviour written once and run on every database (STYLE.md §6): one sealed subclass per provider.</summary>
public abstract class LedgerStoreTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private static readonly DateOnly EndOfDecemberFrom = Day("2025-12-20"), EndOfDecemberTo = Day("2025-12-31");

    [Fact]
    public void FreshDatabaseIsAtTheLatestVersion()
    {
        using var db = new TDatabase();
        var store = db.Open();
        Assert.Equal(store.LatestVersion, store.CurrentVersion());
        Assert.Equal(7, store.CurrentVersion());
    }

    [Fact]
    public void TokensAreListedWithoutHashesAndRevokedOnceWithAnAuditEntry()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.AddUser("ana", "reviewer", "hash-of-password", "admin");
        var user = store.FindUser("ana")!;
        var first = store.AddToken(user, "hash-1", "admin");
        var second = store.AddToken(user, "hash-2", "admin");
        Assert.Equal([(first, "ana", "reviewer", (string?)null), (second, "ana", "reviewer", null)],
            store.Tokens("ana").Select(t => (t.Id, t.UserName, t.Role, t.RevokedAt)));
        Assert.Empty(store.Tokens("nobody"));

        Assert.Null(store.RevokeToken(first, "admin"));
        Assert.Null(store.FindUserByToken("hash-1"));
        Assert.Equal("ana", store.FindUserByToken("hash-2")?.Name);
        Assert.NotNull(Assert.Single(store.Tokens(), t => t.Id == first).RevokedAt);
        Assert.Contains("revoked already", store.RevokeToken(first, "admin"));
        Assert.Contains("no token", store.RevokeToken(999, "admin"));
        using var c = store.OpenConnection();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'token-revoke' AND who = 'admin'"));
    }

    [Fact]
    public void DatabaseAtAnOlderVersionIsMigratedAndTheVersionRecorded()
    {
        using var db = new TDatabase();
        var old = db.Open(upToVersion: 1);
        Assert.Equal(1, old.CurrentVersion());
        // Written as version 1 wrote it (today's code writes columns version 1 does not have).
        var fields = EntryJson.SerializeFields(EntryFields.From(Pledge("before-migration", "CAN", "UKR", 5m, "CAD", EndOfDecemberFrom, EndOfDecemberTo)));
        using (var v1 = old.OpenConnection())
        {
            v1.Execute("""
                INSERT INTO entries (status, event_type, actor, recipient, dedup_key, currency, amount, date_from, date_to, fields, revision, created_at, updated_at)
                VALUES ('candidate', 'AGREE', 'CAN', 'UKR', 'AGREE/AID|CAN|UKR|CAD', 'CAD', 5, '2025-12-20', '2025-12-31', @fields, 1, 'then', 'then')
                """, new { fields });
        }

        var store = db.Open();
        Assert.Equal(7, store.CurrentVersion());
        using var c = store.OpenConnection();
        Assert.Equal([1, 2, 3, 4, 5, 6, 7], c.Query<int>("SELECT version FROM schema_version ORDER BY version").ToArray());
        var entry = Assert.Single(store.Entries(EntryFilter.All));
        Assert.Equal((5m, (long?)null), (entry.Fields.Commitment!.Amount!.Value, entry.Parent));
    }

    [Fact]
    public void SameContentIsNeverStoredTwice()
    {
        using var db = new TDatabase();
        var store = db.Open();
        var record = Pledge("a", "CAN", "UKR", 100m, "CAD", EndOfDecemberFrom, EndOfDecemberTo);
        Assert.True(store.Ingest(Document("a"), [record], "test").IsNew);
        Assert.False(store.Ingest(Document("a-again", text: "The text of a."), [record], "test").IsNew);
        var counts = store.Counts();
        Assert.Equal((1, 1, 1, 1), (counts.Documents, counts.Records, counts.Entries, counts.Sources));
    }

    [Fact]
    public void HalifaxPledgeReReportedIsOneEntryWithTwoSources()
    {
        using var db = new TDatabase();
        var store = db.Open();
        // The earlier report (28 December): "on Saturday" is the 27th. The seed report (5 January): "the end of last month".
        var earlier = Pledge("halifax-2025-12-28", "CAN", "UKR", 2_500_000_000m, "CAD", Day("2025-12-27"), Day("2025-12-27"), "on Saturday", "AGREE", "financing", "loan_guarantee");
        var seed = Pledge("carney-paris-2026-01-05", "CAN", "UKR", 2_500_000_000m, "CAD", EndOfDecemberFrom, EndOfDecemberTo, "at the end of last month", "AGREE", "financing", "loan_guarantee");
        Assert.Equal(1, store.Ingest(Document("halifax-2025-12-28"), [earlier], "test").NewEntries);
        Assert.Equal(1, store.Ingest(Document("carney-paris-2026-01-05"), [seed], "test").Merged);

        var entry = Assert.Single(store.Entries(EntryFilter.All));
        Assert.Equal(["halifax-2025-12-28", "carney-paris-2026-01-05"], entry.Sources.Select(s => s.Doc));
        Assert.Contains("amounts within 1%", entry.Sources[1].Rule);
    }

    [Theory]
    [InlineData(2_520_000_000, "CAD", 1)] // 0.8% apart: one
    [InlineData(2_600_000_000, "CAD", 2)] // 4% apart: two
    [InlineData(2_500_000_000, "USD", 2)] // another currency: two
    public void AmountsWithinOnePercentInTheSameCurrencyAreOneEntry(long second, string currency, int entries)
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("one"), [Pledge("one", "CAN", "UKR", 2_500_000_000m, "CAD", EndOfDecemberFrom, EndOfDecemberTo)], "test");
        store.Ingest(Document("two"), [Pledge("two", "CAN", "UKR", second, currency, EndOfDecemberFrom, EndOfDecemberTo)], "test");
        Assert.Equal(entries, store.Counts().Entries);
    }

    [Fact]
    public void TwoRecordsOfOneDocumentAreNeverOneEntry()
    {
        using var db = new TDatabase();
        var store = db.Open();
        // The coder already merged repeats within a report: two unquantified meetings of the same parties on one day
        // that it kept apart stay apart, while a later report of one of them joins it.
        var day = Day("2023-03-21");
        store.Ingest(Document("report"), [Meeting("report", "JPN", "UKR", day), Meeting("report", "JPN", "UKR", day)], "test");
        Assert.Equal(2, store.Counts().Entries);
        store.Ingest(Document("later"), [Meeting("later", "JPN", "UKR", day)], "test");
        Assert.Equal(2, store.Counts().Entries);
    }

    [Fact]
    public void PledgeAndDeliveryOfOneAmountAreOneFamily()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("pledge"), [Pledge("pledge", "NOR", "UKR", 7m, "NOK", Day("2023-02-01"), Day("2023-02-01"), type: "AGREE")], "test");
        store.Ingest(Document("aid"), [Pledge("aid", "NOR", "UKR", 7m, "NOK", Day("2023-02-02"), Day("2023-02-02"), type: "AID")], "test");
        Assert.Equal(1, store.Counts().Entries);
    }

    [Fact]
    public void DatelessReReportMatchesAnEarlierEventButNotOneMonthsBefore()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("original"), [Meeting("original", "JPN", "UKR", Day("2023-03-21"))], "test");
        // Dated only by its report (no phrase): ten days later it is a re-report; two months later it is not.
        var reReport = Meeting("re-report", "JPN", "UKR", Day("2023-03-31")) with { Date = new EventDate(Day("2023-03-31"), Day("2023-03-31"), null) };
        var later = Meeting("later", "JPN", "UKR", Day("2023-05-30")) with { Date = new EventDate(Day("2023-05-30"), Day("2023-05-30"), null) };
        Assert.Equal(1, store.Ingest(Document("re-report"), [reReport], "test").Merged);
        Assert.Equal(1, store.Ingest(Document("later"), [later], "test").NewEntries);
    }

    [Fact]
    public void UnquantifiedCommitmentsMatchOnlyWithTheSameInstruments()
    {
        using var db = new TDatabase();
        var store = db.Open();
        var day = Day("2023-01-25");
        store.Ingest(Document("tanks"), [Pledge("tanks", "DEU", "UKR", null, null, day, day, "on Wednesday", "AGREE", "weapons")], "test");
        Assert.Equal(1, store.Ingest(Document("tanks-again"), [Pledge("tanks-again", "DEU", "UKR", null, null, day, day, "on Wednesday", "AGREE", "weapons")], "test").Merged);
        Assert.Equal(1, store.Ingest(Document("training"), [Pledge("training", "DEU", "UKR", null, null, day, day, "on Wednesday", "AGREE", "training")], "test").NewEntries);
    }

    [Fact]
    public void SplitTakesASourceOutAndMergeFoldsItBack()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("one"), [Pledge("one", "CAN", "UKR", 10m, "CAD", EndOfDecemberFrom, EndOfDecemberTo)], "test");
        store.Ingest(Document("two"), [Pledge("two", "CAN", "UKR", 10m, "CAD", EndOfDecemberFrom, EndOfDecemberTo)], "test");
        var entry = Assert.Single(store.Entries(EntryFilter.All));

        var split = store.Split(entry.Id, entry.Sources[1].Id, "alice");
        Assert.True(split.Succeeded, split.Error);
        Assert.Equal(2, store.Counts().Entries);
        Assert.Single(store.GetEntry(entry.Id)!.Sources);
        Assert.Contains("split from entry", store.GetEntry(split.EntryId)!.Sources[0].Rule);
        Assert.False(store.Split(entry.Id, store.GetEntry(entry.Id)!.Sources[0].Id, "alice").Succeeded);

        var merge = store.Merge(entry.Id, split.EntryId, "bob");
        Assert.True(merge.Succeeded, merge.Error);
        var merged = Assert.Single(store.Entries(EntryFilter.All));
        Assert.Equal(2, merged.Sources.Count);
        Assert.Equal(entry.Id, store.GetEntry(split.EntryId)!.MergedInto);
        Assert.False(store.SetStatus(split.EntryId, EntryStatus.Accepted, "bob").Succeeded);
    }

    [Fact]
    public void EveryReviewChangeMakesARevisionAndAnAuditRowWithBeforeAndAfter()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("one"), [Pledge("one", "CAN", "UKR", 10m, "CAD", EndOfDecemberFrom, EndOfDecemberTo)], "ingest");
        var id = store.Entries(EntryFilter.All).Single().Id;

        Assert.True(store.SetStatus(id, EntryStatus.Accepted, "alice").Succeeded);
        var (edit, error) = EntryEditor.Parse(["amount=12", "instruments=grant,loan", "date=2025-12-22"]);
        Assert.Null(error);
        Assert.True(store.Edit(id, "bob", edit!).Succeeded);

        var entry = store.GetEntry(id)!;
        Assert.Equal(EntryStatus.Accepted, entry.Status);
        Assert.Equal(12m, entry.Fields.Commitment!.Amount!.Value);
        Assert.Equal(["grant", "loan"], entry.Fields.Commitment.Instruments);
        Assert.Equal(3, entry.Revision);

        var (revisions, audit) = store.History(id);
        Assert.Equal([1L, 2L, 3L], revisions.Select(r => r.RevisionNumber));
        Assert.Equal(["ingest", "alice", "bob"], revisions.Select(r => r.Author));
        var edited = audit.Single(a => a.Action == "edit");
        Assert.Equal("bob", edited.Who);
        Assert.Contains("\"value\":10", edited.Before);
        Assert.Contains("\"value\":12", edited.After);
        Assert.Contains(audit, a => a.Action == "accepted" && a.Who == "alice" && a.Before!.Contains("candidate") && a.After!.Contains("accepted"));
        // Nothing deleted: the edit left the earlier revision as it was.
        Assert.Contains("\"value\":10", revisions[1].Fields);
    }

    [Fact]
    public void JsonExportRoundTripsThroughImportLosslessly()
    {
        using var db = new TDatabase();
        var store = db.Open();
        var sanction = new EventRecord
        {
            Doc = "sanctions", EventType = "SANCTION", Mode = "discontinue", Context = ["economic"],
            Actor = [new EntityRef("Canada", "CAN", "GOV")], Recipient = [new EntityRef("Venezuela", "VEN")],
            Date = new EventDate(Day("2026-01-03"), Day("2026-01-03"), null), Location = new PlaceRef("Ottawa", "CAN"),
            Sanction = new SanctionInfo([new EntityRef("Maduro's regime", "VEN", "GOV", "Nicolás Maduro")], 12, "Special Economic Measures Act"),
            Evidence = new Evidence(2, 40, 98, "Canada imposed further sanctions on Maduro's regime — «brutally oppressive»."),
        };
        store.Ingest(Document("sanctions"), [sanction], "test");
        store.Ingest(Document("one"), [Pledge("one", "CAN", "UKR", 2_500_000_000.0m, "CAD", EndOfDecemberFrom, EndOfDecemberTo, "at the end of last month", "AGREE", "financing", "loan_guarantee")], "test");
        store.Ingest(Document("two", published: Day("2025-12-28")), [Pledge("two", "CAN", "UKR", 2_500_000_000m, "CAD", Day("2025-12-27"), Day("2025-12-27"), "on Saturday")], "test");
        store.SetStatus(1, EntryStatus.Rejected, "alice");

        var exported = Export(store);
        using var copyDb = new TDatabase();
        var copy = copyDb.Open();
        foreach (var node in JsonNode.Parse(exported)!.AsArray())
            Assert.True(copy.Import(EntryJson.ReadEntry(node!.AsObject()), "importer").Succeeded);

        Assert.Equal(exported, Export(copy));
        var json = JsonNode.Parse(exported)!.AsArray();
        Assert.Equal(2, json.Count);
        foreach (var name in (string[])["id", "status", "event_type", "mode", "actor", "recipient", "date", "commitment", "sanction", "sources"])
            Assert.True(json[1]!.AsObject().ContainsKey(name), name);
        Assert.Equal(2_500_000_000m, json[1]!["commitment"]!["amount"]!["value"]!.GetValue<decimal>());
        Assert.Equal("two", json[1]!["sources"]![1]!["doc"]!.GetValue<string>());
        Assert.Equal("Special Economic Measures Act", json[0]!["sanction"]!["instrument"]!.GetValue<string>());
        // A second import of the same entries changes nothing and is no error; an entry of the same id that differs is refused.
        foreach (var node in json)
        {
            var again = copy.Import(EntryJson.ReadEntry(node!.AsObject()), "importer");
            Assert.True(again is { Succeeded: true, Unchanged: true }, again.Error);
        }
        Assert.Equal(exported, Export(copy));
        var changed = json[1]!.DeepClone().AsObject();
        changed["status"] = "accepted";
        changed["commitment"]!["stage"] = "committed";
        var refused = copy.Import(EntryJson.ReadEntry(changed), "importer");
        Assert.Equal("entry 2 exists already with a different status, commitment; import into a new ledger, or compare with 'pledgewatch ledger show 2'", refused.Error);
    }

    [Fact]
    public void MergingEntriesOfDifferentKindsNeedsForceAndSaysWhy()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("one"), [Pledge("one", "CAN", "UKR", 10m, "CAD", EndOfDecemberFrom, EndOfDecemberTo), Meeting("one", "CAN", "UKR", Day("2025-12-27"))], "test");

        var refused = store.Merge(1, 2, "rita");
        Assert.Equal("entry 2 is a meeting (CONSULT) and entry 1 is a commitment (AGREE): different kinds of event, so merging would fold one into the other; "
            + "if they really are one event, merge with force ('ledger merge --force', \"force\": true in the API)", refused.Error);
        Assert.Null(store.GetEntry(2)!.MergedInto);

        Assert.True(store.Merge(1, 2, "rita", force: true).Succeeded);
        Assert.Equal(1, store.GetEntry(2)!.MergedInto);
        Assert.Contains(store.History(1).Audit, a => a is { Action: "merge-into", Who: "rita", After: """{"merged":2,"forced":true}""" });
    }

    [Fact]
    public void EveryWriteNeedsAnAuthor()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("one"), [Pledge("one", "CAN", "UKR", 10m, "CAD", EndOfDecemberFrom, EndOfDecemberTo)], "test");
        var (edit, _) = EntryEditor.Parse(["stage=committed"]);
        foreach (var who in (string[])["", "  ", "a\nb"])
        {
            Assert.False(store.SetStatus(1, EntryStatus.Accepted, who).Succeeded);
            Assert.False(store.Edit(1, who, edit!).Succeeded);
            Assert.False(store.Detach(1, who).Succeeded);
        }
        Assert.Equal("every change needs an author: name who is acting", store.SetStatus(1, EntryStatus.Accepted, "").Error);
        Assert.Equal(1, store.GetEntry(1)!.Revision);
    }

    [Fact]
    public void CsvHasOneRowPerEntryWithItsSourceCount()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("one"), [Pledge("one", "CAN", "UKR", 10m, "CAD", EndOfDecemberFrom, EndOfDecemberTo)], "test");
        store.Ingest(Document("two"), [Pledge("two", "CAN", "UKR", 10m, "CAD", EndOfDecemberFrom, EndOfDecemberTo), Meeting("two", "CAN", "UKR", Day("2025-12-27"))], "test");
        using var buffer = new MemoryStream();
        LedgerExporter.Write(ExportFormat.Csv, store.Entries(EntryFilter.All), buffer);
        var lines = Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("id,status,event_type", lines[0]);
        // sources, parent_id, amount_eur, dataset, same_as
        Assert.EndsWith(",2,,,news,", lines[1]);
        Assert.EndsWith(",1,,,news,", lines[2]);
    }

    [Fact]
    public async Task ConcurrentWritersOfOverlappingDocumentsGiveTheLedgerOfOneWriter()
    {
        // Two threads ingest the same 40 documents in opposite orders; each commitment appears in two documents.
        var documents = Enumerable.Range(0, 40).Select(i => (Document($"doc-{i}", text: $"Report number {i}."),
            (IReadOnlyList<EventRecord>)[Pledge($"doc-{i}", "CAN", "UKR", 1000m * (i / 2 + 1), "CAD", EndOfDecemberFrom, EndOfDecemberTo)])).ToList();
        using var single = new TDatabase();
        var one = single.Open();
        foreach (var (d, r) in documents) one.Ingest(d, r, "test");

        using var shared = new TDatabase();
        var store = shared.Open();
        var other = shared.Open();
        var token = TestContext.Current.CancellationToken;
        var forward = Task.Run(() => { foreach (var (d, r) in documents) other.Ingest(d, r, "a"); }, token);
        var backward = Task.Run(() => { foreach (var (d, r) in Enumerable.Reverse(documents)) store.Ingest(d, r, "b"); }, token);
        await Task.WhenAll(forward, backward);

        Assert.Equal(20, store.Counts().Entries);
        Assert.Equal(40, store.Counts().Documents);
        Assert.Equal(LedgerSnapshot.Of(one).Where(l => l.StartsWith("doc")), LedgerSnapshot.Of(store).Where(l => l.StartsWith("doc")));
        Assert.All(store.Entries(EntryFilter.All), e => Assert.Equal(2, e.Sources.Count));
    }

    private static string Export(LedgerStore store)
    {
        using var buffer = new MemoryStream();
        LedgerExporter.Write(ExportFormat.Json, store.Entries(EntryFilter.All), buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
