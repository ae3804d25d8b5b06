using System.Text.Json.Nodes;
using Dapper;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Ingest;

/// <summary>
/// Document metadata that is right or says it is unsure (issue 10): where ingest takes dates and countries from, how it
/// names the guesses, and how <c>document set</c> corrects a document. Reports in our own words.
/// </summary>
public sealed class MetadataCliTests : IDisposable
{
    private readonly SqliteDatabase _db = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("pledgewatch-meta-").FullName;

    public void Dispose()
    {
        _db.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    /// <summary>A report with no publication line and no dateline: only metadata can say when and where.</summary>
    private string Report(string name, string donor, int millions, DateTime? fileTime = null)
    {
        var path = Path.Combine(_dir, name + ".txt");
        File.WriteAllText(path, $"{donor} said on Monday it would give Ukraine {millions} million euros in grants for the repair of power stations.\n");
        File.SetLastWriteTime(path, fileTime ?? new DateTime(2026, 3, 4, 12, 0, 0));
        return path;
    }

    private List<DocumentSummary> Documents() => [.. _db.Open().QueryDocuments(null, 0, 100, newestFirst: false).Items];

    [Fact]
    public void ManifestMetaAndGoldFilesComeBeforeTheFileTimeAndTheGuessesAreNamed()
    {
        Report("from-manifest", "Norway", 11);
        Report("from-meta", "Japan", 12);
        File.WriteAllText(Path.Combine(_dir, "from-meta.meta.json"), """{"published": "2024-02-19", "country": "jpn", "url": "https://example.org/japan", "title": "Japan's grant"}""");
        Report("from-gold", "Canada", 13);
        File.WriteAllText(Path.Combine(_dir, "from-gold.gold.json"), """{"doc": "from-gold", "published": "2023-02-25", "outlet_country": "CAN", "required": []}""");
        Report("from-file", "Poland", 14, new DateTime(2025, 11, 30, 9, 0, 0));
        var manifest = Path.Combine(_dir, "manifest.csv");
        File.WriteAllText(manifest, "path,published,country,url,title\nfrom-manifest.txt,2022-07-04,NOR,,\"Norway, again\"\n");

        var run = CliProcess.Run("ingest", _dir, "--manifest", manifest, "--db", _db.Db);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("1 document dated by its file's time: from-file", lines);
        Assert.Contains("1 document without an outlet country: from-file", lines);
        Assert.Contains(lines, l => l.StartsWith("dates: ", StringComparison.Ordinal) && l.Contains("1 from the manifest") && l.Contains("1 from gold files") && l.Contains("1 from the file's time"));
        var docs = Documents().ToDictionary(d => d.Doc);
        Assert.Equal(("2022-07-04", MetadataBasis.Manifest, "NOR", MetadataBasis.Manifest, "Norway, again"),
            (docs["from-manifest"].Published, docs["from-manifest"].PublishedFrom, docs["from-manifest"].Country, docs["from-manifest"].CountryFrom, docs["from-manifest"].Title));
        Assert.Equal(("2024-02-19", MetadataBasis.Meta, "JPN", "https://example.org/japan"),
            (docs["from-meta"].Published, docs["from-meta"].PublishedFrom, docs["from-meta"].Country, docs["from-meta"].Url));
        Assert.Equal(("2023-02-25", MetadataBasis.Gold, "CAN"), (docs["from-gold"].Published, docs["from-gold"].PublishedFrom, docs["from-gold"].Country));
        Assert.Equal(("2025-11-30", MetadataBasis.File, (string?)null, true), (docs["from-file"].Published, docs["from-file"].PublishedFrom, docs["from-file"].Country, docs["from-file"].Unsure));
        Assert.All(docs.Values.Where(d => d.Doc != "from-file"), d => Assert.False(d.Unsure));
        var unsure = CliProcess.Run("document", "list", "--unsure", "--db", _db.Db);
        Assert.Contains("from-file", unsure.Stdout);
        Assert.DoesNotContain("from-meta", unsure.Stdout);
    }

    [Fact]
    public void ABadManifestRowStopsTheRunBeforeAnythingIsStored()
    {
        Report("a", "Norway", 11);
        var manifest = Path.Combine(_dir, "manifest.csv");
        File.WriteAllText(manifest, "path,published,country\na.txt,2022-07-04,NOR\nb.txt,1812-06-24,NOR\nc.txt,2024-01-01,Norway\n");

        var run = CliProcess.Run("ingest", _dir, "--manifest", manifest, "--db", _db.Db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{manifest}: line 3: published 1812-06-24 is not a plausible publication date", run.Stderr);
        Assert.Contains($"{manifest}: line 4: country 'Norway' is not an ISO 3166-1 alpha-3 country code", run.Stderr);
        Assert.False(File.Exists(_db.Db));
    }

    [Fact]
    public void ABadMetaFileFailsItsDocumentOnly()
    {
        Report("good", "Norway", 11);
        Report("bad", "Japan", 12);
        File.WriteAllText(Path.Combine(_dir, "bad.meta.json"), """{"published": "2024-02-19", "country": "XXX"}""");

        var run = CliProcess.Run("ingest", _dir, "--db", _db.Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.meta.json: country 'XXX' is not in the country table", run.Stderr);
        Assert.Equal(["good"], Documents().Select(d => d.Doc));
    }

    [Fact]
    public void DocumentSetCorrectsTheDateAndCountryAuditsItAndRecodesTheDocument()
    {
        var path = Report("undated", "Canada", 15, new DateTime(2026, 3, 4, 12, 0, 0));
        File.WriteAllText(path, "Canada said on Monday it would give Ukraine $15 million for the repair of power stations.\n");
        File.SetLastWriteTime(path, new DateTime(2026, 3, 4, 12, 0, 0));
        Assert.Equal(0, CliProcess.Run("ingest", path, "--db", _db.Db).ExitCode);
        Assert.True(Documents().Single().Unsure);

        Assert.Equal(2, CliProcess.Run("document", "set", "undated", "--country", "XYZ", "--db", _db.Db).ExitCode);
        Assert.Equal(2, CliProcess.Run("document", "set", "undated", "--published", "2031-01-01", "--db", _db.Db).ExitCode);
        Assert.Equal(2, CliProcess.Run("document", "set", "undated", "--db", _db.Db).ExitCode);
        Assert.Equal(1, CliProcess.Run("document", "set", "no-such-report", "--country", "CAN", "--db", _db.Db).ExitCode);
        var dry = CliProcess.Run("document", "set", "undated", "--published", "2023-02-20", "--country", "CAN", "--dry-run", "--db", _db.Db);
        Assert.True(dry.ExitCode == 0, dry.Stderr);
        Assert.Contains("published 2026-03-04 → 2023-02-20 (from a correction); country none → CAN (from a correction)", dry.Stdout);
        Assert.True(Documents().Single().Unsure);

        var set = CliProcess.Run("document", "set", "undated", "--published", "2023-02-20", "--country", "CAN", "--user", "rita", "--db", _db.Db);

        Assert.True(set.ExitCode == 0, set.Stderr);
        var doc = Documents().Single();
        Assert.Equal(("2023-02-20", MetadataBasis.Set, "CAN", MetadataBasis.Set, false), (doc.Published, doc.PublishedFrom, doc.Country, doc.CountryFrom, doc.Unsure));
        var store = _db.Open();
        using var c = store.OpenConnection();
        Assert.Equal(1, c.ExecuteScalar<long>("SELECT COUNT(*) FROM audit_log WHERE action = 'document-metadata' AND who = 'rita'"));
        // The records are made again as of the corrected date and place: "on Monday" before 2023-02-20, a bare "$" in Canada.
        foreach (var record in store.QueryRecords(null, doc.Id, 0, 100).Items.Select(r => JsonNode.Parse(r.Json)!))
        {
            Assert.StartsWith("2023-02", (record["date"]!["on"] ?? record["date"]!["from"])!.GetValue<string>());
            if (record["commitment"]?["amount"] is { } amount) Assert.Equal("CAD", amount["currency"]!.GetValue<string>());
        }
    }

    [Fact]
    public void RecodeOfAnUnchangedLedgerChangesNothingAndNeedsAScope()
    {
        var corpus = GeneratedCorpus.Write(6);
        Assert.Equal(0, CliProcess.Run("ingest", corpus, "--db", _db.Db).ExitCode);
        var before = LedgerSnapshot.Of(_db.Open());

        Assert.Equal(2, CliProcess.Run("recode", "--db", _db.Db).ExitCode);
        Assert.Equal(2, CliProcess.Run("recode", "--all", "--doc", "1", "--db", _db.Db).ExitCode);
        var dry = CliProcess.Run("recode", "--all", "--dry-run", "--db", _db.Db);
        var real = CliProcess.Run("recode", "--all", "--db", _db.Db);

        Assert.True(real.ExitCode == 0, real.Stderr);
        Assert.Contains("dry run, nothing changed: 6 documents re-coded", dry.Stdout);
        Assert.Matches(@"^6 documents re-coded with coder \S+ \(6 unchanged\), 0 failed; records: \d+ same, 0 changed, 0 new, 0 vanished", real.Stdout.Trim());
        Assert.Equal(before, LedgerSnapshot.Of(_db.Open()));
    }
}
