using Dapper;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Recoding;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;
using Pledgewatch.Records;
using static Pledgewatch.Ledger.Tests.Support.Some;

namespace Pledgewatch.Ledger.Tests.Recoding;

/// <summary>
/// Re-coding stored documents (issue 10, "Re-coding stored documents"): records handed to the store as a new coder
/// would make them, on every database. The coder itself is not involved, so the cases stay fixed while it changes.
/// </summary>
public abstract class RecodeTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private const string Doc = "recoded";

    private static readonly DocumentFacts Facts = new(Day("2026-01-05"), MetadataBasis.Text, "CAN", MetadataBasis.Dateline);

    /// <summary>A record on its own sentence (evidence [10n, 10n + 9)), so pairing goes by sentence.</summary>
    private static EventRecord At(int n, EventRecord r) => r with { Evidence = new Evidence(n, 10 * n, 10 * n + 9, $"Sentence {n}.") };

    private static EventRecord Canada(int n) => At(n, Commitment(Doc, "e1", "CAN", 100m, "CAD", "2026-01-02"));
    private static EventRecord France(int n) => At(n, Commitment(Doc, "e2", "FRA", 50m, "EUR", "2026-01-02"));
    private static EventRecord Germany(int n) => At(n, Commitment(Doc, "e3", "DEU", 70m, "EUR", "2026-01-02"));
    private static EventRecord Talks(int n) => At(n, Meeting(Doc, "CAN", "UKR", Day("2026-01-02")));
    private static EventRecord Norway(int n) => At(n, Commitment(Doc, "e5", "NOR", 10m, "NOK", "2026-01-02"));
    private static EventRecord Japan(int n) => At(n, Commitment(Doc, "e6", "JPN", 900m, "JPY", "2026-01-02"));

    /// <summary>
    /// The ledger of the old coder: five records, reviewed as people do (Canada accepted, France rejected, Germany
    /// edited to 75 and accepted, the talks accepted, Norway accepted). Returns the store, the document and the entries.
    /// </summary>
    private static (LedgerStore Store, long Document, Dictionary<string, long> Entries) Reviewed(TestDatabase db)
    {
        var store = db.Open();
        store.Ingest(Document(Doc), [Canada(0), France(1), Germany(2), Talks(3), Norway(4)], "ingest");
        var entries = store.Entries(EntryFilter.All).ToDictionary(e => EntryFields.Codes(e.Fields.Actor) + "/" + e.Fields.EventType, e => e.Id);
        Assert.True(store.SetStatus(entries["CAN/AGREE"], EntryStatus.Accepted, "rita").Succeeded);
        Assert.True(store.SetStatus(entries["FRA/AGREE"], EntryStatus.Rejected, "rita").Succeeded);
        Assert.True(store.Edit(entries["DEU/AGREE"], "rita", f => f with { Commitment = f.Commitment! with { Amount = new Money(75m, "EUR", "75 EUR") } }).Succeeded);
        Assert.True(store.SetStatus(entries["DEU/AGREE"], EntryStatus.Accepted, "rita").Succeeded);
        Assert.True(store.SetStatus(entries["CAN/CONSULT"], EntryStatus.Accepted, "rita").Succeeded);
        Assert.True(store.SetStatus(entries["NOR/AGREE"], EntryStatus.Accepted, "rita").Succeeded);
        return (store, store.DocumentIdByHash(Document(Doc).ContentHash)!.Value, entries);
    }

    /// <summary>The new coder: the same Canada, France and Germany; the talks dated a day later; no Norway; a Japanese pledge.</summary>
    private static IReadOnlyList<EventRecord> NewCoder() =>
        [Canada(0), France(1), Germany(2), Talks(3) with { Date = new EventDate(Day("2026-01-03"), Day("2026-01-03"), "on Saturday") }, Japan(5)];

    [Fact]
    public void RecodeKeepsEveryDecisionWhoseRecordDidNotChangeAndShowsTheRestAsRevisionsOrNewCandidates()
    {
        using var db = new TDatabase();
        var (store, document, entries) = Reviewed(db);

        var outcome = store.Recode(document, Facts, NewCoder(), "2.0.0+test", "recoder", dryRun: false);

        Assert.Equal((3, 1, 1, 1), (outcome.Same, outcome.Changed, outcome.New, outcome.Vanished));
        // Unchanged records: every decision stands, the person's edit included.
        Assert.Equal(EntryStatus.Accepted, store.GetEntry(entries["CAN/AGREE"])!.Status);
        Assert.Equal(EntryStatus.Rejected, store.GetEntry(entries["FRA/AGREE"])!.Status);
        var germany = store.GetEntry(entries["DEU/AGREE"])!;
        Assert.Equal((EntryStatus.Accepted, 75m), (germany.Status, germany.Fields.Commitment!.Amount!.Value));
        // The changed record revised its entry, audited, back for review.
        var talks = store.GetEntry(entries["CAN/CONSULT"])!;
        Assert.Equal((EntryStatus.Candidate, Day("2026-01-03")), (talks.Status, talks.Fields.Date.From));
        var (revisions, audit) = store.History(talks.Id);
        Assert.Equal(EntryStatus.Accepted, revisions[^2].Status);
        Assert.Contains(audit, a => a.Action == "recode" && a.Who == "recoder" && a.After!.Contains("2.0.0+test", StringComparison.Ordinal));
        // The vanished record's entry is orphaned, with its source kept and marked.
        var norway = store.GetEntry(entries["NOR/AGREE"])!;
        Assert.Equal(EntryStatus.Orphaned, norway.Status);
        Assert.NotNull(Assert.Single(norway.Sources).RetiredAt);
        Assert.Contains(store.History(norway.Id).Audit, a => a.Action == "orphan");
        // The new record is a new candidate.
        var japan = Assert.Single(store.Entries(new EntryFilter(Actor: "JPN")));
        Assert.Equal(EntryStatus.Candidate, japan.Status);
        // Every live record carries the coder that made it; the document's records are the new coder's.
        using var c = store.OpenConnection();
        Assert.Equal(["2.0.0+test"], c.Query<string>("SELECT DISTINCT coder_version FROM records WHERE retired_at IS NULL").ToList());
        Assert.Equal(5, store.QueryRecords(null, document, 0, 100).Total);
        Assert.Equal("2.0.0+test", store.GetDocument(document)!.Value.Summary.CoderVersion);
        Assert.Contains(outcome.Changes, ch => ch.EntryId == talks.Id && ch.Detail.Contains("accepted → candidate", StringComparison.Ordinal));
    }

    [Fact]
    public void DryRunReportsTheSameChangesAndChangesNothing()
    {
        using var db = new TDatabase();
        var (store, document, _) = Reviewed(db);
        var before = LedgerSnapshot.Of(store);
        var audit = store.RecentAudit(1000).Count;

        var dry = store.Recode(document, Facts, NewCoder(), "2.0.0+test", "recoder", dryRun: true);

        Assert.Equal(before, LedgerSnapshot.Of(store));
        Assert.Equal(audit, store.RecentAudit(1000).Count);
        var real = store.Recode(document, Facts, NewCoder(), "2.0.0+test", "recoder", dryRun: false);
        Assert.Equal(dry.Changes.Select(x => (x.Fate, x.Detail)), real.Changes.Select(x => (x.Fate, x.Detail)));
    }

    [Fact]
    public void RecodingWithTheSameCoderAgainChangesNothing()
    {
        using var db = new TDatabase();
        var (store, document, _) = Reviewed(db);
        store.Recode(document, Facts, NewCoder(), "2.0.0+test", "recoder", dryRun: false);
        var before = LedgerSnapshot.Of(store);

        var again = store.Recode(document, Facts, NewCoder(), "2.0.0+test", "recoder", dryRun: false);

        Assert.Equal((5, 0, 0, 0), (again.Same, again.Changed, again.New, again.Vanished));
        Assert.Empty(again.Changes);
        Assert.Equal(before, LedgerSnapshot.Of(store));
    }

    [Fact]
    public void AChangedRecordKeepsTheFieldsAPersonEditedAndAReturningRecordRevivesNothingByItself()
    {
        using var db = new TDatabase();
        var (store, document, entries) = Reviewed(db);
        // Germany's record now reads 72 EUR: the entry keeps the person's 75 and goes back for review.
        var coder = NewCoder().Select(r => r.Actor[0].Code == "DEU" ? r with { Commitment = r.Commitment! with { Amount = new Money(72m, "EUR", "72 EUR") } } : r).ToList();

        var outcome = store.Recode(document, Facts, coder, "2.0.0+test", "recoder", dryRun: false);

        var germany = store.GetEntry(entries["DEU/AGREE"])!;
        Assert.Equal((EntryStatus.Candidate, 75m), (germany.Status, germany.Fields.Commitment!.Amount!.Value));
        Assert.Contains(outcome.Changes, ch => ch.EntryId == germany.Id && ch.Detail.Contains("a person edited are kept", StringComparison.Ordinal));
    }

    [Fact]
    public void AChangedRecordThatNoLongerMatchesAnEntryOtherReportsSupportLeavesItForANewCandidate()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("first"), [At(0, Commitment("first", "e1", "CAN", 100m, "CAD", "2026-01-02"))], "ingest");
        store.Ingest(Document(Doc), [At(0, Commitment(Doc, "e1", "CAN", 100m, "CAD", "2026-01-02"))], "ingest");
        var shared = Assert.Single(store.Entries(EntryFilter.All));
        Assert.Equal(2, shared.Sources.Count);
        Assert.True(store.SetStatus(shared.Id, EntryStatus.Accepted, "rita").Succeeded);
        var document = store.DocumentIdByHash(Document(Doc).ContentHash)!.Value;

        store.Recode(document, Facts, [At(0, Commitment(Doc, "e1", "CAN", 300m, "CAD", "2026-01-02"))], "2.0.0+test", "recoder", dryRun: false);

        var kept = store.GetEntry(shared.Id)!;
        Assert.Equal((EntryStatus.Accepted, 100m, 1), (kept.Status, kept.Fields.Commitment!.Amount!.Value, kept.Sources.Count));
        var split = Assert.Single(store.Entries(EntryFilter.All), e => e.Id != shared.Id);
        Assert.Equal((EntryStatus.Candidate, 300m, Doc), (split.Status, split.Fields.Commitment!.Amount!.Value, split.Sources.Single().Doc));
    }

    [Fact]
    public void ANewDateOrCountryIsWrittenAuditedAndCarriedToTheSources()
    {
        using var db = new TDatabase();
        var (store, document, entries) = Reviewed(db);
        var corrected = new DocumentFacts(Day("2025-12-30"), MetadataBasis.Set, "USA", MetadataBasis.Set);

        var outcome = store.Recode(document, corrected, [Canada(0), France(1), Germany(2), Talks(3), Norway(4)], "2.0.0+test", "rita", dryRun: false);

        Assert.Equal("published 2026-01-05 → 2025-12-30 (from a correction); country CAN → USA (from a correction)", outcome.Metadata);
        var summary = store.GetDocument(document)!.Value.Summary;
        Assert.Equal(("2025-12-30", MetadataBasis.Set, "USA", MetadataBasis.Set), (summary.Published, summary.PublishedFrom, summary.Country, summary.CountryFrom));
        Assert.Equal(Day("2025-12-30"), store.GetEntry(entries["CAN/AGREE"])!.Sources.Single().Published);
        using var c = store.OpenConnection();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'document-metadata' AND who = 'rita' AND entry_id IS NULL"));
    }
}
