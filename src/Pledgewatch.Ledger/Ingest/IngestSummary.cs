namespace Pledgewatch.Ledger.Ingest;

/// <summary>What a run did, for the closing line and the exit code. Counts are of this process only.</summary>
public sealed class IngestSummary
{
    public int New { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }
    public int Records { get; set; }
    public int NewEntries { get; set; }
    public int Merged { get; set; }
    public int Parts { get; set; }

    public int Documents => New + Unchanged + Failed;

    public override string ToString() =>
        $"documents: {New} new, {Unchanged} unchanged, {Failed} failed; records: {Records}; ledger: {NewEntries} new entries, {Merged} merged into existing ones{(Parts > 0 ? $", {Parts} filed as parts of a package" : "")}";
}
