using Pledgewatch.Ledger.Ingest;

namespace Pledgewatch.Ledger.Watch;

/// <summary>What a watch run did, for its closing line: cycles, documents (as <c>ingest</c> counts them) and item latencies.</summary>
internal sealed class WatchSummary
{
    public int Cycles { get; set; }

    public IngestSummary Ingest { get; } = new();

    /// <summary>First sighting → stored, for every item this run stored.</summary>
    public List<TimeSpan> Latencies { get; } = [];
}
