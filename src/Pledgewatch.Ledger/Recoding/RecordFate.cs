namespace Pledgewatch.Ledger.Recoding;

/// <summary>What re-coding a document did to one of its records (<see cref="RecordPairing"/>).</summary>
public enum RecordFate
{
    /// <summary>The coder makes it again as stored: its entry and review status are kept.</summary>
    Same,

    /// <summary>The coder makes it differently on the same sentence: its entry is revised (or, sharing it with other reports, keeps or leaves it).</summary>
    Changed,

    /// <summary>The coder makes a record it did not make before: filed as at ingest, a new candidate or a further source.</summary>
    New,

    /// <summary>The coder no longer makes it: its source is retired, and an entry left with no live source is orphaned.</summary>
    Vanished,
}
