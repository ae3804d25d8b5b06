namespace Pledgewatch.Tests.Cli;

/// <summary>
/// <c>pledgewatch eval</c> on gold folders written for these tests: several folders, HTML documents, the records
/// snapshot, and its errors (run as its own process, as users do).
/// </summary>
public sealed class EvalCommandTests : IDisposable
{
    private const string Report = "OTTAWA — Canada pledged $25 million in humanitarian aid for Ukraine on Monday, the foreign minister said.\n";

    private const string Gold = """
        {"doc": "NAME", "published": "2026-01-07", "outlet_country": "CAN",
         "required": [{"id": "pledge", "event_type": ["AGREE", "AID"], "actor": ["CAN"], "recipient": ["UKR"]}]}
        """;

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("pw-eval-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Folder(string name, params (string Doc, string Extension)[] documents)
    {
        var folder = Path.Combine(_dir.FullName, name);
        Directory.CreateDirectory(folder);
        foreach (var (doc, extension) in documents)
        {
            File.WriteAllText(Path.Combine(folder, doc + ".gold.json"), Gold.Replace("NAME", doc));
            File.WriteAllText(Path.Combine(folder, doc + extension),
                extension == ".txt" ? Report : $"<!DOCTYPE html><html><head><title>Aid</title></head><body><article><p>{Report}</p></article></body></html>");
        }
        return folder;
    }

    [Fact]
    public void SeveralFoldersArePrintedOneByOneThenOverall()
    {
        var result = CliRunner.Run(null, "eval", Folder("first", ("a", ".txt")), Folder("second", ("b", ".txt"), ("c", ".txt")));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("== first (", result.Out);
        Assert.Contains("== second (", result.Out);
        Assert.Contains("over 1 documents", result.Out);
        Assert.Contains("over 2 documents", result.Out);
        Assert.Contains("overall: events: precision", result.Out);
        Assert.Contains("over 3 documents", result.Out);
    }

    [Fact]
    public void HtmlDocumentsBesideTheirGoldFilesAreCoded()
    {
        var result = CliRunner.Run(null, "eval", Folder("pages", ("page", ".html")), "--verbose");
        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("page: tp=", result.Out);
    }

    [Fact]
    public void AGoldFileWithoutItsDocumentIsReportedAndExitsOne()
    {
        var folder = Folder("lonely", ("a", ".txt"));
        File.Delete(Path.Combine(folder, "a.txt"));
        var result = CliRunner.Run(null, "eval", folder);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("a: no a.txt or a.html beside its gold file", result.Error);
    }

    [Fact]
    public void AMissingFolderOrOneWithoutGoldFilesIsAUsageError()
    {
        var empty = Path.Combine(_dir.FullName, "empty");
        Directory.CreateDirectory(empty);
        var missing = CliRunner.Run(null, "eval", Path.Combine(_dir.FullName, "absent"));
        Assert.Equal((2, $"pledgewatch: {Path.Combine(_dir.FullName, "absent")}: no such folder"), (missing.ExitCode, missing.Error.Trim()));
        var noGold = CliRunner.Run(null, "eval", empty);
        Assert.Equal((2, $"pledgewatch: {empty}: no *.gold.json files"), (noGold.ExitCode, noGold.Error.Trim()));
    }

    [Fact]
    public void TheSnapshotIsWrittenThenComparedAndADifferenceExitsOne()
    {
        var folder = Folder("corpus", ("a", ".txt"));
        var snapshot = Path.Combine(_dir.FullName, "records.tsv");
        Assert.Equal(2, CliRunner.Run(null, "eval", folder, "--snapshot", snapshot).ExitCode); // no snapshot yet

        var written = CliRunner.Run(null, "eval", folder, "--snapshot", snapshot, "--update-snapshot");
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("written", written.Out);
        var lines = File.ReadAllLines(snapshot).Where(l => !l.StartsWith('#')).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.StartsWith("corpus\ta\te", l));
        Assert.DoesNotContain("Canada", File.ReadAllText(snapshot)); // codes only, no text of the report

        var same = CliRunner.Run(null, "eval", folder, "--snapshot", snapshot);
        Assert.Equal(0, same.ExitCode);
        Assert.Contains($"snapshot {snapshot}: no change", same.Out);

        File.AppendAllText(snapshot, "corpus\ta\te99\tASSAULT\t-\tRUS\tUKR\t2026-01-05\t-\t-\t-\t-\t-\ts7:1-2\n");
        var changed = CliRunner.Run(null, "eval", folder, "--snapshot", snapshot);
        Assert.Equal(1, changed.ExitCode);
        Assert.Contains("0 added, 1 removed, 0 changed in 1 document(s)", changed.Out);
        Assert.Contains("corpus/a\n  - e99\tASSAULT", changed.Out);
    }

    [Fact]
    public void UpdatingKeepsTheLinesOfFoldersNotEvaluated()
    {
        var snapshot = Path.Combine(_dir.FullName, "records.tsv");
        File.WriteAllText(snapshot, "other\tz\te1\tAID\t-\tCAN\tUKR\t2026-01-05\t-\t-\t-\t-\t-\ts0:0-5\n");
        Assert.Equal(0, CliRunner.Run(null, "eval", Folder("corpus", ("a", ".txt")), "--snapshot", snapshot, "--update-snapshot").ExitCode);
        Assert.Contains("other\tz\te1\tAID", File.ReadAllText(snapshot));
    }
}
