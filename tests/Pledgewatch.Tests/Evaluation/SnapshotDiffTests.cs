using Pledgewatch.Evaluation;

namespace Pledgewatch.Tests.Evaluation;

/// <summary>What a comparison of two records snapshots reports, document by document.</summary>
public sealed class SnapshotDiffTests
{
    // Columns after the id: event_type mode actor recipient date location amount instruments stage part_of evidence.
    private static SnapshotLine L(string id, string type, string mode, string evidence, string doc = "doc-a") =>
        new("dev", doc, id, string.Join('\t', type, mode, "ATL", "FRE", "2024-05-01", "-", "-", "-", "-", "-", evidence));

    [Fact]
    public void EqualSnapshotsHaveNoChange()
    {
        var lines = new[] { L("e1", "AGREE", "-", "s0:0-10"), L("e2", "AID", "-", "s1:11-20") };
        Assert.Empty(SnapshotDiff.Compare(lines, lines));
        Assert.Equal("no change", SnapshotDiff.Summary([]));
    }

    [Fact]
    public void ARecordAddedBeforeOthersDoesNotChangeThemThoughTheirIdsMove()
    {
        var before = new[] { L("e1", "AGREE", "-", "s2:30-40"), L("e2", "AID", "-", "s3:41-50") };
        var after = new[] { L("e1", "CONSULT", "visit", "s0:0-10"), L("e2", "AGREE", "-", "s2:30-40"), L("e3", "AID", "-", "s3:41-50") };
        var change = Assert.Single(SnapshotDiff.Compare(before, after));
        Assert.Equal('+', change.Sign);
        Assert.Equal("dev/doc-a\n  + e1\tCONSULT\tvisit\tATL\tFRE\t2024-05-01\t-\t-\t-\t-\t-\ts0:0-10\n", SnapshotDiff.Format([change]));
    }

    [Fact]
    public void ARecordOnTheSameEvidenceAndCategoryIsChangedFieldByField()
    {
        var changes = SnapshotDiff.Compare([L("e1", "CONSULT", "-", "s0:0-10")], [L("e1", "CONSULT", "visit", "s0:0-10")]);
        Assert.Equal("dev/doc-a\n  ~ e1 CONSULT: mode - → visit\n", SnapshotDiff.Format(changes));
    }

    [Fact]
    public void RecordsOnOtherEvidenceAreRemovedAndAddedAndEachDocumentIsNamed()
    {
        var before = new[] { L("e1", "ACCUSE", "-", "s4:60-70"), L("e1", "AID", "-", "s0:0-10", doc: "doc-b") };
        var after = new[] { L("e1", "ACCUSE", "-", "s5:71-80"), L("e1", "AID", "-", "s0:0-10", doc: "doc-b") };
        var changes = SnapshotDiff.Compare(before, after);
        Assert.Equal(['-', '+'], changes.Select(c => c.Sign));
        Assert.Equal("1 added, 1 removed, 0 changed in 1 document(s)", SnapshotDiff.Summary(changes));
        Assert.StartsWith("dev/doc-a\n  - e1\tACCUSE", SnapshotDiff.Format(changes));
    }
}
