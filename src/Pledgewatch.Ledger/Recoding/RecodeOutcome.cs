namespace Pledgewatch.Ledger.Recoding;

/// <summary>What re-coding one document did: counts of its records by fate and the changes to entries, one line each.</summary>
/// <param name="Doc">The document id (EVENTS.md <c>doc</c>).</param>
/// <param name="Changes">Every record that was not <see cref="RecordFate.Same"/>, and every entry orphaned.</param>
/// <param name="Metadata">The change of the document's date or country ("country AUS → USA"), null when there was none.</param>
public sealed record RecodeOutcome(long DocumentId, string Doc, int Same, int Changed, int New, int Vanished, IReadOnlyList<RecodeChange> Changes, string? Metadata = null)
{
    public bool Unchanged => Changed == 0 && New == 0 && Vanished == 0 && Metadata is null;
}
