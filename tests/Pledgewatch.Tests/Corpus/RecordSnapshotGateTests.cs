using Pledgewatch.Cli.Commands;
using Pledgewatch.Evaluation;
using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Corpus;

/// <summary>
/// Every record the coder makes of seed, dev and train must be the one in Specs/snapshot/records.tsv (STYLE.md §10:
/// a snapshot of all records shows what a change of rules did). An intended change is reviewed in the listed
/// differences and accepted by updating the file with the command in the failure message. Skipped where ../shared is absent.
/// </summary>
public sealed class RecordSnapshotGateTests
{
    private static readonly string SnapshotPath = Path.Combine(SharedFolder.RepositoryRoot, "tests/Pledgewatch.Tests/Specs/snapshot/records.tsv");

    [Fact]
    public void RecordsOfSeedDevAndTrainAreThoseOfTheSnapshot()
    {
        var folders = EvalCommand.CodeFolders([SharedFolder.Require("corpus/seed"), SharedFolder.Require("corpus/dev"), SharedFolder.Require("corpus/train")], out var problems);
        Assert.Empty(problems);
        var problemsInFile = new List<string>();
        List<SnapshotLine> saved;
        using (var reader = new StreamReader(SnapshotPath)) saved = RecordSnapshot.Read(reader, SnapshotPath, problemsInFile);
        Assert.Empty(problemsInFile);
        var changes = SnapshotDiff.Compare(saved, EvalCommand.Lines(folders));
        Assert.True(changes.Count == 0,
            $"The records differ from the snapshot ({SnapshotDiff.Summary(changes)}):\n{SnapshotDiff.Format(changes)}\n"
            + $"Review them; if they are intended, update the snapshot (from the repository root) and commit it:\n  {EvalCommand.UpdateSnapshotCommand}\n");
    }
}
