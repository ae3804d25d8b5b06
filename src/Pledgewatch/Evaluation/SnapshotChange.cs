namespace Pledgewatch.Evaluation;

/// <summary>A difference between two snapshots: a record added (no <see cref="Before"/>), removed (no <see cref="After"/>) or changed.</summary>
internal sealed record SnapshotChange(SnapshotLine? Before, SnapshotLine? After)
{
    public SnapshotLine Any => After ?? Before!;

    public char Sign => Before is null ? '+' : After is null ? '-' : '~';
}
