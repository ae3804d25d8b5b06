using Dapper;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Ingest;

/// <summary>The ingest command end to end, as child processes, on every database (issue 3, "What must hold").</summary>
public abstract class CliIngestTests<TDatabase> where TDatabase : TestDatabase, new()
{
    [Fact]
    public void IngestingTheCorpusTwiceGivesTheSameLedgerAsOnce()
    {
        var corpus = SharedFolder.Require("corpus");
        using var once = new TDatabase();
        using var twice = new TDatabase();
        Assert.Equal(0, CliProcess.Run("ingest", corpus, "--db", once.Db).ExitCode);
        Assert.Equal(0, CliProcess.Run("ingest", corpus, "--db", twice.Db).ExitCode);
        var second = CliProcess.Run("ingest", corpus, "--db", twice.Db);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("0 new", second.Stdout);
        Assert.Equal(LedgerSnapshot.Of(once.Open()), LedgerSnapshot.Of(twice.Open()));
        Assert.True(once.Open().Counts().Documents >= 21);
    }

    [Fact]
    public void IngestingTheCorpusAsTheReadmeSaysDatesAndPlacesEveryReportAsItsGoldFileDoes()
    {
        var corpus = SharedFolder.Require("corpus");
        using var db = new TDatabase();
        var run = CliProcess.Run("ingest", corpus, "--db", db.Db);
        Assert.True(run.ExitCode == 0, run.Stderr);
        var gold = Directory.GetFiles(corpus, "*.gold.json", SearchOption.AllDirectories)
            .Select(f => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(f))!)
            .ToDictionary(g => g["doc"]!.GetValue<string>(), g => (g["published"]!.GetValue<string>(), g["outlet_country"]!.GetValue<string>()));
        var documents = db.Open().QueryDocuments(null, 0, 1000).Items;
        Assert.Equal(gold.Count, documents.Count);
        Assert.All(documents, d => Assert.Equal((d.Doc, gold[d.Doc]), (d.Doc, (d.Published!, d.Country!))));
        Assert.All(documents, d => Assert.Equal((MetadataBasis.Gold, MetadataBasis.Gold), (d.PublishedFrom, d.CountryFrom)));
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains($"dates: {gold.Count} from gold files", lines);
        Assert.Contains("0 documents dated by their file's time", lines);
        Assert.Contains("0 documents without an outlet country", lines);
    }

    [Fact]
    public void KilledIngestLeavesNoPartialDocumentAndARerunCompletesIt()
    {
        var corpus = GeneratedCorpus.Write(400);
        using var clean = new TDatabase();
        using var killed = new TDatabase();
        var store = killed.Open();
        using (var p = CliProcess.Start("ingest", corpus, "--db", killed.Db))
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (store.Counts().Documents < 5 && !p.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60)) Thread.Sleep(10);
            Assert.False(p.HasExited, "the ingest finished before it could be killed: make the corpus larger");
            p.Kill(entireProcessTree: true); // SIGKILL on Unix: no cleanup runs
            p.WaitForExit();
        }
        var partial = store.Counts().Documents;
        Assert.InRange(partial, 5, 399);
        using (var c = store.OpenConnection())
        {
            // Every stored document is whole: its records are numbered 0..n-1 without gaps, and each record is filed in the ledger.
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM (SELECT document_id FROM records GROUP BY document_id HAVING MAX(ordinal) + 1 <> COUNT(*)) AS gaps"));
            Assert.Equal(0, c.ExecuteScalar<long>("SELECT COUNT(*) FROM records r WHERE NOT EXISTS (SELECT 1 FROM entry_sources s WHERE s.record_id = r.id)"));
        }

        var rerun = CliProcess.Run("ingest", corpus, "--db", killed.Db);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Contains($"{400 - partial} new, {partial} unchanged", rerun.Stdout);
        Assert.Equal(0, CliProcess.Run("ingest", corpus, "--db", clean.Db).ExitCode);
        Assert.Equal(LedgerSnapshot.Of(clean.Open()), LedgerSnapshot.Of(store));
    }

    [Fact]
    public void TwoCodersGiveTheSameLedgerAsOne()
    {
        var corpus = GeneratedCorpus.Write(150);
        using var one = new TDatabase();
        using var two = new TDatabase();
        var single = CliProcess.Run("ingest", corpus, "--db", one.Db, "--jobs", "1");
        var parallel = CliProcess.Run("ingest", corpus, "--db", two.Db, "--jobs", "2");
        Assert.Equal(0, single.ExitCode);
        Assert.Equal(0, parallel.ExitCode);
        Assert.Contains("documents: 150 new", parallel.Stdout);
        Assert.Contains("documents/s with 2 coders", parallel.Stdout);
        Assert.Equal(LedgerSnapshot.Of(one.Open()), LedgerSnapshot.Of(two.Open()));
    }

    [Fact]
    public async Task TwoConcurrentIngestsOverOneDirectoryGiveTheSameLedgerAsOne()
    {
        var corpus = GeneratedCorpus.Write(150);
        using var single = new TDatabase();
        using var shared = new TDatabase();
        shared.Open(); // migrate first, so the two processes start on an existing schema
        Assert.Equal(0, CliProcess.Run("ingest", corpus, "--db", single.Db).ExitCode);
        var token = TestContext.Current.CancellationToken;
        var a = Task.Run(() => CliProcess.Run("ingest", corpus, "--db", shared.Db), token);
        var b = Task.Run(() => CliProcess.Run("ingest", corpus, "--db", shared.Db), token);
        var results = await Task.WhenAll(a, b);
        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        Assert.Equal(150, shared.Open().Counts().Documents);
        Assert.Equal(LedgerSnapshot.Of(single.Open()), LedgerSnapshot.Of(shared.Open()));
    }
}
