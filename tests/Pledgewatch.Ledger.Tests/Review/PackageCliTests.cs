using System.Text.Json.Nodes;
using Pledgewatch.Ledger.Tests.Support;
using static Pledgewatch.Ledger.Tests.Support.Some;

namespace Pledgewatch.Ledger.Tests.Review;

/// <summary><c>ledger attach</c>, <c>ledger detach</c>, <c>ledger show</c> and <c>import json</c> with packages, as child processes, on every database.</summary>
public abstract class PackageCliTests<TDatabase> where TDatabase : TestDatabase, new()
{
    [Fact]
    public void AttachShowDetachAndTheirRefusals()
    {
        using var db = new TDatabase();
        var store = db.Open();
        store.Ingest(Document("package"), [Commitment("package", "e1", "AUS", 95_000_000m, "AUD", "2026-02-02")], "test");
        store.Ingest(Document("part"), [Commitment("part", "e1", "AUS", 120_000_000m, "AUD", "2026-02-02")], "test");
        store.Ingest(Document("meeting"), [Meeting("meeting", "AUS", "UKR", Day("2026-02-02"))], "test");

        var attach = CliProcess.Run("ledger", "attach", "2", "1", "--db", db.Db, "--user", "rita");
        Assert.True(attach.ExitCode == 0, attach.Stderr);
        Assert.Equal(["entry 2 is a part of entry 1", "flag: entry 2 (120,000,000 AUD) is larger than its package, entry 1 (95,000,000 AUD)"], Lines(attach.Stdout));
        var show = CliProcess.Run("ledger", "show", "1", "--db", db.Db);
        Assert.Contains("parts: entry 2", show.Stdout);
        Assert.Contains("flag: entry 2 (120,000,000 AUD) is larger", show.Stdout);
        Assert.Contains("part of entry 1 (totals count the package", CliProcess.Run("ledger", "show", "2", "--db", db.Db).Stdout);
        Assert.Contains("part of 1", CliProcess.Run("ledger", "list", "--db", db.Db).Stdout);
        var revision = Lines(CliProcess.Run("ledger", "history", "2", "--db", db.Db).Stdout).Single(l => l.StartsWith("revision 2 ", StringComparison.Ordinal));
        Assert.EndsWith("rita  candidate part of 1", revision);

        foreach (var (args, message) in new[]
        {
            (new[] { "attach", "1", "2" }, "pledgewatch: entry 2 is itself a part of entry 1: attaching would make a loop"),
            (["attach", "3", "1"], "pledgewatch: entry 3 is not a commitment: only commitments are packages and parts"),
            (["attach", "9", "1"], "pledgewatch: no entry 9"),
            (["detach", "1"], "pledgewatch: entry 1 is not a part of any package"),
        })
        {
            var refused = CliProcess.Run(["ledger", .. args, "--db", db.Db]);
            Assert.Equal((1, message), (refused.ExitCode, refused.Stderr.Trim()));
        }
        Assert.Equal(2, CliProcess.Run("ledger", "attach", "2", "--db", db.Db).ExitCode);

        var detach = CliProcess.Run("ledger", "detach", "2", "--db", db.Db, "--user", "omar");
        Assert.Equal((0, "entry 2 is no longer a part of entry 1"), (detach.ExitCode, detach.Stdout.Trim()));
        Assert.Null(store.GetEntry(2)!.Parent);
    }

    [Fact]
    public void ImportOfAPartWithoutItsPackageSaysSo()
    {
        using var source = new TDatabase();
        var store = source.Open();
        store.Ingest(Document("aus-package"), AustralianPackage("aus-package"), "test");
        var export = CliProcess.Run("export", "--format", "json", "--db", source.Db);
        Assert.Equal(0, export.ExitCode);
        var parts = JsonNode.Parse(export.Stdout)!.AsArray().Where(e => e!["parent"] is not null).Select(e => e!.ToJsonString()).ToList();
        var file = Path.Combine(Path.GetTempPath(), $"pledgewatch-parts-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, $"[{string.Join(",", parts)}]");
        try
        {
            using var target = new TDatabase();
            var import = CliProcess.Run("import", "json", file, "--db", target.Db);
            Assert.Equal(0, import.ExitCode);
            Assert.Equal("imported 3 entries, 0 unchanged, 0 failed", Lines(import.Stdout)[0]);
            Assert.StartsWith("they are in the dataset 'pledgewatch-parts-", Lines(import.Stdout)[1]);
            Assert.Equal(3, Lines(import.Stderr).Count(l => l.EndsWith("is a part of entry 1, which is not in this ledger: imported as a whole", StringComparison.Ordinal)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
