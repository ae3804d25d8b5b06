using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Storage.Postgres;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// One ingest run: inputs are expanded lazily, documents are read and coded by <see cref="IngestOptions.EffectiveJobs"/>
/// coders at once and stored by one writer in small batches (<see cref="ParallelIngest"/>), each document in all or
/// nothing, and a failing document is reported and passed over. On PostgreSQL the documents go through the shared work
/// queue, so several processes over the same inputs split them; on SQLite they are stored in input order.
/// </summary>
public sealed class IngestRunner(LedgerStore store, CodingPipeline pipeline, IngestOptions options, IIngestObserver observer, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <param name="stop">Cancelled to stop early (SIGTERM): documents in hand are stored, no new one is started.</param>
    public IngestSummary Run(IReadOnlyList<string> inputs, CancellationToken stop = default)
    {
        var summary = new IngestSummary();
        using var fetcher = new SourceFetcher(options);
        // One listing of metadata files per folder for the whole run (a snapshot, like the listing of the reports).
        var coder = new DocumentCoder(store, pipeline, options, fetcher, _clock, new MetadataListing());
        var expanded = InputExpander.Expand(inputs, fetcher);
        if (store is PostgresLedgerStore shared) RunShared(shared, expanded, coder, summary, stop);
        else new ParallelIngest(store, coder, options.EffectiveJobs, options.Who, observer, summary).Run(expanded, stop);
        return summary;
    }

    /// <summary>Queues every document (idempotently), then claims batches and ingests them until the queue is empty.</summary>
    private void RunShared(PostgresLedgerStore shared, IEnumerable<(WorkItem? Item, string? Error)> expanded, DocumentCoder coder, IngestSummary summary, CancellationToken stop)
    {
        var runStart = shared.DatabaseNow();
        var unreadable = new List<string>();
        // REVIEW: feed titles and dates and already-fetched pages are dropped here: the claimer reads the page again.
        shared.Enqueue(expanded.Where(x => x.Error is null || Add(unreadable, x.Error)).Select(x => x.Item!.Source), runStart);
        var worker = $"{Environment.MachineName}:{Environment.ProcessId}";
        var claimAhead = options.EffectiveJobs * 4;

        IEnumerable<(WorkItem?, string?)> Claimed()
        {
            foreach (var error in unreadable) yield return (null, error);
            while (!stop.IsCancellationRequested && shared.ClaimMany(worker, claimAhead) is { Count: > 0 } claimed)
                foreach (var source in claimed) yield return (new WorkItem(source, Queued: true), null);
        }

        try
        {
            new ParallelIngest(shared, coder, options.EffectiveJobs, options.Who, observer, summary,
                (item, message) => { if (item.Queued) shared.Finish(item.Source, message); }).Run(Claimed(), stop);
        }
        finally
        {
            // Claimed but not started (a stop was asked for): back to the queue for whoever runs next.
            shared.Release(worker);
        }
    }

    private static bool Add(List<string> errors, string error)
    {
        errors.Add(error);
        return false;
    }

    /// <summary>"a/b/report.html" → "report"; a URL → its last path segment without extension, else its host.</summary>
    public static string DocumentId(string source)
    {
        if (!new WorkItem(source).IsUrl) return StripExtension(Path.GetFileName(source));
        var uri = new Uri(source);
        var last = uri.Segments.Select(s => s.Trim('/')).LastOrDefault(s => s.Length > 0);
        return last is null ? uri.Host : StripExtension(Uri.UnescapeDataString(last));
    }

    private static string StripExtension(string name)
    {
        foreach (var ext in (ReadOnlySpan<string>)[".txt", ".html", ".htm", ".text"])
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase)) return name[..^ext.Length];
        return name;
    }
}
