using Pledgewatch.Ledger.Tests.Support;
using static Pledgewatch.Ledger.Tests.Support.Some;

namespace Pledgewatch.Ledger.Tests.Review;

/// <summary>
/// The review commands as a person sees them, as child processes on every database: <c>ledger list</c> as an aligned
/// table (and what to do when it is empty), <c>ledger history</c> in words, <c>ledger merge --force</c>, a real
/// author for every write, and <c>import json</c> of the same file twice.
/// </summary>
public abstract class ReviewCliTests<TDatabase> where TDatabase : TestDatabase, new()
{
    [Fact]
    public void ListIsAnAlignedTableAndAnEmptyLedgerSaysWhatToDo()
    {
        using var db = new TDatabase();
        // An empty ledger, made as 'pledgewatch init' makes one: a missing one is refused (ReadCommandTests).
        var store = db.Open();
        var empty = CliProcess.Run("ledger", "list", "--db", db.Db);
        Assert.Equal((0, ""), (empty.ExitCode, empty.Stdout));
        Assert.Equal("pledgewatch: the ledger is empty; add reports with 'pledgewatch ingest FILE|DIR|URL' or entries with 'pledgewatch import json FILE'", empty.Stderr.Trim());

        store.Ingest(Document("package"), AustralianPackage("package"), "test");
        store.Ingest(Document("meeting"), [Meeting("meeting", "AUS", "UKR", Day("2026-02-02"))], "test");
        var list = CliProcess.Run("ledger", "list", "--db", db.Db);
        Assert.Equal(0, list.ExitCode);
        Assert.Equal(
        [
            "id  status     category  actor → recipient  date                amount  sources  package",
            " 1  candidate  AGREE     AUS → UKR          2026-02-02  95,000,000 AUD        1  3 parts",
            " 2  candidate  AGREE     AUS → UKR          2026-02-02  50,000,000 AUD        1  part of 1",
            " 3  candidate  AGREE     AUS → UKR          2026-02-02   2,000,000 AUD        1  part of 1",
            " 4  candidate  AGREE     AUS → UKR          2026-02-02  43,000,000 AUD        1  part of 1",
            " 5  candidate  CONSULT   AUS → UKR          2026-02-02                        1",
        ], list.Stdout.TrimEnd('\n').Split('\n'));

        var none = CliProcess.Run("ledger", "list", "--status", "accepted", "--db", db.Db);
        Assert.Equal((0, ""), (none.ExitCode, none.Stdout));
        Assert.Equal("pledgewatch: no entry matches these filters (5 entries in the dataset 'news'; drop --status, --actor or --type to see them)", none.Stderr.Trim());
    }

    [Fact]
    public void HistoryShowsEachChangeAsItsFieldsBeforeAndAfter()
    {
        using var db = new TDatabase();
        db.Open().Ingest(Document("one"), [Pledge("one", "CAN", "UKR", 500_000_000m, "CAD", Day("2025-12-20"), Day("2025-12-31"))], "ingest");
        Assert.Equal(0, CliProcess.Run("ledger", "edit", "1", "amount=600000000", "stage=committed", "--db", db.Db, "--user", "rita").ExitCode);
        Assert.Equal(0, CliProcess.Run("ledger", "accept", "1", "--db", db.Db, "--user", "omar").ExitCode);

        var audit = CliProcess.Run("ledger", "history", "1", "--db", db.Db).Stdout.Split('\n').Where(l => l.StartsWith("audit ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, audit.Count);
        Assert.EndsWith("ingest  create  opened as candidate: AGREE CAN → UKR, 2025-12-20..2025-12-31, 500,000,000 CAD", audit[0]);
        Assert.EndsWith("rita  edit  commitment.amount.value: 500,000,000 → 600,000,000; commitment.stage: pledged → committed", audit[1]);
        Assert.EndsWith("omar  accepted  status: candidate → accepted", audit[2]);
        Assert.Contains("before: {\"status\":\"candidate\"", CliProcess.Run("ledger", "history", "1", "--json", "--db", db.Db).Stdout);
    }

    [Fact]
    public void MergeAcrossKindsOfEventNeedsForce()
    {
        using var db = new TDatabase();
        db.Open().Ingest(Document("one"), [Pledge("one", "CAN", "UKR", 10m, "CAD", Day("2025-12-20"), Day("2025-12-31")), Meeting("one", "CAN", "UKR", Day("2025-12-27"))], "test");
        var refused = CliProcess.Run("ledger", "merge", "1", "2", "--db", db.Db, "--user", "rita");
        Assert.Equal(1, refused.ExitCode);
        Assert.StartsWith("pledgewatch: entry 2 is a meeting (CONSULT) and entry 1 is a commitment (AGREE): different kinds of event", refused.Stderr);
        var forced = CliProcess.Run("ledger", "merge", "1", "2", "--force", "--db", db.Db, "--user", "rita");
        Assert.Equal((0, "merged into entry 1"), (forced.ExitCode, forced.Stdout.Trim()));
    }

    [Fact]
    public void AWriteWithoutAnAuthorIsRefused()
    {
        using var db = new TDatabase();
        db.Open().Ingest(Document("one"), [Pledge("one", "CAN", "UKR", 10m, "CAD", Day("2025-12-20"), Day("2025-12-31"))], "test");
        var nobody = new Dictionary<string, string?> { ["USER"] = null, ["USERNAME"] = null };
        var refused = CliProcess.Run(nobody, "ledger", "accept", "1", "--db", db.Db);
        Assert.Equal((2, "pledgewatch: who is acting? give --user NAME (every change in the ledger records its author; $USER is not set)"), (refused.ExitCode, refused.Stderr.Trim()));
        Assert.Equal("candidate", db.Open().GetEntry(1)!.Status);
        Assert.Equal(0, CliProcess.Run(nobody, "ledger", "accept", "1", "--db", db.Db, "--user", "rita").ExitCode);
        Assert.Equal("rita", db.Open().History(1).Audit[^1].Who);
    }

    [Fact]
    public void ImportingTheSameFileTwiceChangesNothing()
    {
        using var source = new TDatabase();
        var store = source.Open();
        store.Ingest(Document("package"), AustralianPackage("package"), "test");
        store.Ingest(Document("meeting"), [Meeting("meeting", "AUS", "UKR", Day("2026-02-02"))], "test");
        var file = Path.Combine(Path.GetTempPath(), $"pledgewatch-twice-{Guid.NewGuid():N}.json");
        try
        {
            Assert.Equal(0, CliProcess.Run("export", "--format", "json", "--out", file, "--db", source.Db).ExitCode);
            using var target = new TDatabase();
            var first = CliProcess.Run("import", "json", file, "--db", target.Db);
            Assert.Equal((0, "imported 5 entries, 0 unchanged, 0 failed", ""), (first.ExitCode, first.Stdout.Split('\n')[0].Trim(), first.Stderr));
            var second = CliProcess.Run("import", "json", file, "--db", target.Db);
            Assert.Equal((0, "imported 0 entries, 5 unchanged, 0 failed", ""), (second.ExitCode, second.Stdout.Split('\n')[0].Trim(), second.Stderr));
            Assert.Equal(0, CliProcess.Run("ledger", "accept", "5", "--db", target.Db).ExitCode);
            var third = CliProcess.Run("import", "json", file, "--db", target.Db);
            Assert.Equal((1, "imported 0 entries, 4 unchanged, 1 failed"), (third.ExitCode, third.Stdout.Split('\n')[0].Trim()));
            Assert.Contains("entry 5 exists already with a different status", third.Stderr);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
