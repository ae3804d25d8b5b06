using System.Text;
using System.Text.Json.Nodes;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Review;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;
using Pledgewatch.Records;
using static Pledgewatch.Ledger.Tests.Support.Some;

namespace Pledgewatch.Ledger.Tests.Storage;

/// <summary>Packages and their parts in the ledger (issue 9), written once and run on every database.</summary>
public abstract class PackageTests<TDatabase> where TDatabase : TestDatabase, new()
{
    private static LedgerEntry ByAmount(LedgerStore store, decimal amount) =>
        store.Entries(EntryFilter.All).Single(e => e.Fields.Commitment?.Amount?.Value == amount);

    [Fact]
    public void PackageWithThreePartsThenAPartAloneGivesOnePackageWithThreePartsAndTheSecondReportASourceOfOne()
    {
        using var db = new TDatabase();
        var store = db.Open();
        var first = store.Ingest(Document("aus-package"), AustralianPackage("aus-package"), "test");
        Assert.Equal((4, 4, 0, 3), (first.Records, first.NewEntries, first.Merged, first.Parts));
        // "the $50 million for the NATO fund", reported alone a few days later: no part_of, since no package is in that report.
        var alone = store.Ingest(Document("nato-fund"), [Commitment("nato-fund", "e1", "AUS", 50_000_000m, "AUD", "2026-02-04", instruments: "weapons")], "test");
        Assert.Equal((0, 1, 0), (alone.NewEntries, alone.Merged, alone.Parts));

        var package = ByAmount(store, 95_000_000m);
        var parts = package.Parts.Select(id => store.GetEntry(id)!).ToList();
        Assert.Null(package.Parent);
        Assert.Equal([50_000_000m, 2_000_000m, 43_000_000m], parts.Select(p => p.Fields.Commitment!.Amount!.Value));
        Assert.All(parts, p => Assert.Equal(package.Id, p.Parent));
        Assert.Equal(["aus-package"], package.Sources.Select(s => s.Doc));
        Assert.Equal(["aus-package", "nato-fund"], parts[0].Sources.Select(s => s.Doc));
        Assert.Contains($"part of entry {package.Id}", parts[1].Sources[0].Rule);
        Assert.Equal(4, store.Counts().Entries);
        // Totals sum the entries without a parent: the package, once.
        Assert.Equal(95_000_000m, store.Entries(EntryFilter.All).Where(e => e.Parent is null).Sum(e => e.Fields.Commitment!.Amount!.Value));
        // Entry fields never carry a record's part_of: the link is the parent.
        Assert.All(parts, p => Assert.Null(p.Fields.Commitment!.PartOf));
    }

    [Fact]
    public void PackageReportedWithoutItsPartsJoinsThePackage()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("aus-package"), AustralianPackage("aus-package"), "test");
        var again = store.Ingest(Document("aus-recap"), [Commitment("aus-recap", "e1", "AUS", 95_000_000m, "AUD", "2026-02-03")], "test");
        Assert.Equal((0, 1), (again.NewEntries, again.Merged));
        var package = ByAmount(store, 95_000_000m);
        Assert.Equal(["aus-package", "aus-recap"], package.Sources.Select(s => s.Doc));
        Assert.Equal(3, package.Parts.Count);
    }

    [Fact]
    public void WholeReportedAloneJoinsTheWholeWhenAPartHasTheSameAmount()
    {
        using var db = new TDatabase();
        var store = db.Open();
        // "A $50 million package, all of it for the NATO fund": package and part have one amount.
        store.Ingest(Document("one-part"), [Commitment("one-part", "e1", "AUS", 50_000_000m, "AUD", "2026-02-02"),
            Commitment("one-part", "e2", "AUS", 50_000_000m, "AUD", "2026-02-02", "e1", instruments: "weapons")], "test");
        var package = store.Entries(EntryFilter.All).Single(e => e.Parent is null);
        var part = store.Entries(EntryFilter.All).Single(e => e.Parent is not null);
        store.Ingest(Document("whole-again"), [Commitment("whole-again", "e1", "AUS", 50_000_000m, "AUD", "2026-02-03")], "test");
        store.Ingest(Document("part-again"), [Commitment("part-again", "e1", "AUS", 50_000_000m, "AUD", "2026-02-03"),
            Commitment("part-again", "e2", "AUS", 50_000_000m, "AUD", "2026-02-03", "e1", instruments: "weapons")], "test");
        Assert.Equal(["one-part", "whole-again", "part-again"], store.GetEntry(package.Id)!.Sources.Select(s => s.Doc));
        Assert.Equal(["one-part", "part-again"], store.GetEntry(part.Id)!.Sources.Select(s => s.Doc));
    }

    [Fact]
    public void PartReportedBeforeItsPackageIsAttachedWhenThePackageIsReported()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("nato-fund"), [Commitment("nato-fund", "e1", "AUS", 50_000_000m, "AUD", "2026-02-02", instruments: "weapons")], "early");
        var early = Assert.Single(store.Entries(EntryFilter.All));
        var outcome = store.Ingest(Document("aus-package"), AustralianPackage("aus-package"), "later");
        Assert.Equal((3, 1, 3), (outcome.NewEntries, outcome.Merged, outcome.Parts));
        var package = ByAmount(store, 95_000_000m);
        Assert.Equal(package.Id, store.GetEntry(early.Id)!.Parent);
        Assert.Contains(early.Id, package.Parts);
        var (revisions, audit) = store.History(early.Id);
        Assert.Equal([null, package.Id], revisions.Select(r => r.ParentId));
        Assert.Contains(audit, a => a.Action == "attach" && a.Who == "later" && a.After == $"{{\"parent\":{package.Id}}}");
    }

    [Fact]
    public void CoordinatedActorsWithTheirOwnAmountsAreOneEntryEachAndARunningTotalNone()
    {
        using var db = new TDatabase();
        var store = db.Open();
        // "Sweden gave SEK 9 billion and Denmark DKK 6.7 billion": one record per actor (EVENTS.md). "Canada has provided
        // more than $1.7 billion since 2022" is a running total: the coder gives no record, so the report adds nothing.
        var outcome = store.Ingest(Document("nordic"), [
            Commitment("nordic", "e1", "SWE", 9_000_000_000m, "SEK", "2026-03-03", type: "AID"),
            Commitment("nordic", "e2", "DNK", 6_700_000_000m, "DKK", "2026-03-03", type: "AID"),
        ], "test");
        Assert.Equal((2, 0), (outcome.NewEntries, outcome.Parts));
        Assert.True(store.Ingest(Document("running-total"), [], "test").IsNew);
        var entries = store.Entries(EntryFilter.All).ToList();
        Assert.Equal(["SWE", "DNK"], entries.Select(e => EntryFields.Codes(e.Fields.Actor)));
        Assert.All(entries, e => Assert.Null(e.Parent));
    }

    [Fact]
    public void PartOfThatNamesNoPackageOrMakesALoopLeavesWholes()
    {
        using var db = new TDatabase();
        var store = db.Open();
        var outcome = store.Ingest(Document("odd"), [
            Commitment("odd", "e1", "AUS", 10m, "AUD", "2026-02-02", "e9"),
            Commitment("odd", "e2", "AUS", 20m, "AUD", "2026-02-02", "e3"),
            Commitment("odd", "e3", "AUS", 30m, "AUD", "2026-02-02", "e2"),
            Commitment("odd", "e4", "AUS", 40m, "AUD", "2026-02-02", "e4"),
        ], "test");
        Assert.Equal((4, 0), (outcome.NewEntries, outcome.Parts));
        Assert.All(store.Entries(EntryFilter.All), e => Assert.Null(e.Parent));
    }

    [Fact]
    public void AttachAndDetachAreAuditedRevisionsAndUndoEachOther()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("package"), [Commitment("package", "e1", "AUS", 95_000_000m, "AUD", "2026-02-02")], "test");
        store.Ingest(Document("part"), [Commitment("part", "e1", "AUS", 50_000_000m, "AUD", "2026-02-02", instruments: "weapons")], "test");
        var package = ByAmount(store, 95_000_000m).Id;
        var part = ByAmount(store, 50_000_000m).Id;

        Assert.True(store.Attach(part, package, "rita").Succeeded);
        Assert.Equal(package, store.GetEntry(part)!.Parent);
        Assert.Equal([part], store.GetEntry(package)!.Parts);
        Assert.Contains("already", store.Attach(part, package, "rita").Error);
        Assert.Contains("loop", store.Attach(package, part, "rita").Error);

        var detached = store.Detach(part, "omar");
        Assert.True(detached.Succeeded, detached.Error);
        Assert.Null(store.GetEntry(part)!.Parent);
        Assert.Empty(store.GetEntry(package)!.Parts);
        Assert.Contains("not a part", store.Detach(part, "omar").Error);

        var (revisions, audit) = store.History(part);
        Assert.Equal([(1L, (long?)null, "test"), (2, package, "rita"), (3, null, "omar")], revisions.Select(r => (r.RevisionNumber, r.ParentId, r.Author)));
        Assert.Contains(audit, a => a.Action == "attach" && a.Before == "{\"parent\":null}" && a.After == $"{{\"parent\":{package}}}");
        Assert.Contains(audit, a => a.Action == "detach" && a.Who == "omar" && a.After == "{\"parent\":null}");
        var packageAudit = store.History(package).Audit.Select(a => (a.Action, a.Who)).ToList();
        Assert.Contains(("attach-part", "rita"), packageAudit);
        Assert.Contains(("detach-part", "omar"), packageAudit);
    }

    [Fact]
    public void AttachRefusesWhatCannotBeAPackageOrAPart()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("one"), [Commitment("one", "e1", "AUS", 95m, "AUD", "2026-02-02"), Meeting("one", "AUS", "UKR", Day("2026-02-02"))], "test");
        store.Ingest(Document("three"), [Commitment("three", "e1", "AUS", 7m, "AUD", "2026-02-02")], "test");
        store.Ingest(Document("two"), [Commitment("two", "e1", "AUS", 95m, "AUD", "2026-02-02")], "test");
        var (package, meeting, other) = (1L, 2L, 3L);
        Assert.Equal(4, store.Split(package, store.GetEntry(package)!.Sources[1].Id, "test").EntryId);
        Assert.True(store.Merge(package, 4, "test").Succeeded);
        Assert.Equal("an entry cannot be a part of itself", store.Attach(package, package, "t").Error);
        Assert.Equal("no entry 99", store.Attach(99, package, "t").Error);
        Assert.Equal("no entry 99", store.Attach(package, 99, "t").Error);
        Assert.Contains("not a commitment", store.Attach(meeting, package, "t").Error);
        Assert.Contains("not a commitment", store.Attach(package, meeting, "t").Error);
        Assert.Equal("entry 4 was merged into entry 1; attach that one", store.Attach(4, package, "t").Error);
        Assert.Equal("entry 4 was merged into entry 1; attach to that one", store.Attach(other, 4, "t").Error);
        Assert.True(store.Attach(other, package, "t").Succeeded);
    }

    [Fact]
    public void PartLargerThanItsPackageAndPartsAddingUpToMoreAreFlagged()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("p"), [
            Commitment("p", "e1", "AUS", 95_000_000m, "AUD", "2026-02-02"),
            Commitment("p", "e2", "AUS", 60_000_000m, "AUD", "2026-02-02", "e1"),
            Commitment("p", "e3", "AUS", 50_000_000m, "AUD", "2026-02-02", "e1"),
            Commitment("p", "e4", "AUS", 1_000_000m, "EUR", "2026-02-02", "e1"),
        ], "test");
        var package = ByAmount(store, 95_000_000m);
        Assert.Equal([$"the parts of entry {package.Id} add up to 110,000,000 AUD, more than the package (95,000,000 AUD)"], store.PackageFlags(package));
        Assert.Empty(store.PackageFlags(ByAmount(store, 60_000_000m)));

        store.Ingest(Document("big"), [Commitment("big", "e1", "AUS", 120_000_000m, "AUD", "2026-02-02")], "test");
        var big = ByAmount(store, 120_000_000m);
        Assert.True(store.Attach(big.Id, package.Id, "rita").Succeeded);
        var flag = $"entry {big.Id} (120,000,000 AUD) is larger than its package, entry {package.Id} (95,000,000 AUD)";
        Assert.Equal([flag], store.PackageFlags(store.GetEntry(big.Id)!));
        Assert.Contains(flag, store.PackageFlags(store.GetEntry(package.Id)!));
        // Within the 1% by which reports round, a part is not larger than its package.
        Assert.Null(PackageCheck.PartExceeds(2, Fields(95_900_000m), 1, Fields(95_000_000m)));
        Assert.NotNull(PackageCheck.PartExceeds(2, Fields(96_000_000m), 1, Fields(95_000_000m)));
        Assert.Null(PackageCheck.PartExceeds(2, Fields(96_000_000m, "USD"), 1, Fields(95_000_000m)));
    }

    private static EntryFields Fields(decimal amount, string currency = "AUD") =>
        EntryFields.From(Commitment("x", "e1", "AUS", amount, currency, "2026-02-02"));

    [Fact]
    public void MergeCarriesThePartsAndThePackageAndRefusesAPackageWithItsOwnPart()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("aus-package"), AustralianPackage("aus-package"), "test");
        // The same package coded from another report a year apart (no match), and a larger programme it belongs to.
        store.Ingest(Document("copy"), [Commitment("copy", "e1", "AUS", 95_000_000m, "AUD", "2027-02-02")], "test");
        store.Ingest(Document("programme"), [Commitment("programme", "e1", "AUS", 500_000_000m, "AUD", "2027-02-02")], "test");
        var package = store.GetEntry(1)!;
        var copy = store.Entries(EntryFilter.All).Single(e => e.Sources[0].Doc == "copy").Id;
        var programme = ByAmount(store, 500_000_000m).Id;
        Assert.True(store.Attach(copy, programme, "t").Succeeded);

        Assert.Contains("detach the part first", store.Merge(package.Id, package.Parts[0], "t").Error);
        Assert.Contains("detach the part first", store.Merge(package.Parts[0], package.Id, "t").Error);
        var merged = store.Merge(copy, package.Id, "rita");
        Assert.True(merged.Succeeded, merged.Error);
        var survivor = store.GetEntry(copy)!;
        Assert.Equal(package.Parts, survivor.Parts);
        Assert.Equal(programme, survivor.Parent);
        Assert.All(package.Parts, p => Assert.Equal(copy, store.GetEntry(p)!.Parent));
        Assert.Equal([copy], store.GetEntry(programme)!.Parts);
    }

    [Fact]
    public void JsonExportCarriesParentAndPartsAndImportsLosslesslyInAnyOrder()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("nato-fund"), [Commitment("nato-fund", "e1", "AUS", 50_000_000m, "AUD", "2026-02-02", instruments: "weapons")], "test");
        store.Ingest(Document("aus-package"), AustralianPackage("aus-package"), "test");
        var exported = Export(store, ExportFormat.Json);
        var json = JsonNode.Parse(exported)!.AsArray();
        // The part reported first has the smallest id: it comes before its package in the file.
        Assert.Equal((2L, (long?)null), (json[0]!["parent"]!.GetValue<long>(), json[1]!["parent"]?.GetValue<long>()));
        Assert.Equal([1L, 3L, 4L], json[1]!["parts"]!.AsArray().Select(p => p!.GetValue<long>()));
        Assert.False(json[1]!["commitment"]!.AsObject().ContainsKey("part_of"));

        using var forward = new TDatabase();
        var copy = forward.Open();
        foreach (var node in json) Assert.True(copy.Import(EntryJson.ReadEntry(node!.AsObject()), "importer").Succeeded);
        Assert.Equal(exported, Export(copy, ExportFormat.Json));

        using var backward = new TDatabase();
        var reversed = backward.Open();
        foreach (var node in json.Reverse()) Assert.True(reversed.Import(EntryJson.ReadEntry(node!.AsObject()), "importer").Succeeded);
        Assert.Equal(exported, Export(reversed, ExportFormat.Json));

        // A part exported without its package (a filtered export) is imported as a whole.
        using var partial = new TDatabase();
        var alone = partial.Open();
        Assert.True(alone.Import(EntryJson.ReadEntry(json[2]!.AsObject()), "importer").Succeeded);
        Assert.Null(alone.GetEntry(3)!.Parent);
        Assert.Contains("cannot be a part of itself", alone.Import(EntryJson.ReadEntry(JsonNode.Parse("""{"id": 7, "status": "candidate", "parent": 7, "event_type": "AGREE", "date": {"on": "2026-02-02"}}""")!.AsObject()), "i").Error);
    }

    [Fact]
    public void CsvHasTheParentIdAndPloverTheIdsAndPartOf()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("aus-package"), AustralianPackage("aus-package"), "test");
        var csv = Export(store, ExportFormat.Csv).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        Assert.EndsWith(",sources,parent_id,amount_eur,dataset,same_as", csv[0]);
        // The last five columns: sources, parent_id, amount_eur (none before the comparisons convert it), dataset, same_as.
        Assert.Equal(["1,,,news,", "1,1,,news,", "1,1,,news,", "1,1,,news,"], csv[1..].Select(l => string.Join(',', l.Split(',')[^5..])));

        var plover = Export(store, ExportFormat.Plover).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(["ledger-1", "ledger-2", "ledger-3", "ledger-4"], plover.Select(r => r["id"]!.GetValue<string>()));
        Assert.Equal([null, "ledger-1", "ledger-1", "ledger-1"], plover.Select(r => r["commitment"]!["part_of"]?.GetValue<string>()));
    }

    private static string Export(LedgerStore store, ExportFormat format)
    {
        using var buffer = new MemoryStream();
        LedgerExporter.Write(format, store.Entries(EntryFilter.All), buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
