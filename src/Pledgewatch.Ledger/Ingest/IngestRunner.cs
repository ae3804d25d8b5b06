using System.Data.Common;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Storage.Postgres;
using Pledgewatch.Reading;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// One ingest run: inputs are expanded lazily, each document is read, coded and stored on its own (one transaction),
/// and a failing document is reported and passed over. On PostgreSQL the documents go through the shared work
/// queue, so several processes over the same inputs split them; on SQLite they are taken in input order.
/// </summary>
public sealed class IngestRunner(LedgerStore store, CodingPipeline pipeline, IngestOptions options, IIngestObserver observer, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public IngestSummary Run(IReadOnlyList<string> inputs)
    {
        var summary = new IngestSummary();
        using var fetcher = new SourceFetcher(options);
        var expanded = InputExpander.Expand(inputs, fetcher);
        if (store is PostgresLedgerStore shared) RunShared(shared, expanded, fetcher, summary);
        else
        {
            foreach (var (item, error) in expanded)
            {
                if (error is not null) Fail(summary, error);
                else Process(item!, fetcher, summary);
            }
        }
        return summary;
    }

    /// <summary>Queues every document (idempotently), then claims and ingests until the queue is empty.</summary>
    private void RunShared(PostgresLedgerStore shared, IEnumerable<(WorkItem? Item, string? Error)> expanded, SourceFetcher fetcher, IngestSummary summary)
    {
        var runStart = shared.DatabaseNow();
        // REVIEW: feed titles and dates and already-fetched pages are dropped here: the claimer reads the page again.
        shared.Enqueue(expanded.Where(x => x.Error is null || Fail(summary, x.Error)).Select(x => x.Item!.Source), runStart);
        var worker = $"{Environment.MachineName}:{Environment.ProcessId}";
        while (shared.Claim(worker) is { } source)
        {
            var failedBefore = summary.Failed;
            Process(new WorkItem(source), fetcher, summary);
            shared.Finish(source, summary.Failed > failedBefore ? "failed" : null);
        }
    }

    private void Process(WorkItem item, SourceFetcher fetcher, IngestSummary summary)
    {
        var source = item.Source;
        try
        {
            var content = item.Content;
            if (content is null)
            {
                var fetched = fetcher.Fetch(source);
                if (fetched.Error is not null) { Fail(summary, fetched.Error); return; }
                content = fetched.Content!;
            }
            var read = DocumentReader.Read(content, new ReadOptions(
                DocumentId(source), options.Published ?? item.Published, options.Country,
                item.IsUrl ? null : DateOnly.FromDateTime(File.GetLastWriteTime(source)), FileName(source)));
            if (read.Document is not { } raw) { Fail(summary, $"{source}: {read.Error}"); return; }
            if (string.IsNullOrWhiteSpace(raw.Text)) { Fail(summary, $"{source}: no readable text (empty, or HTML without an article body)"); return; }

            var document = pipeline.Complete(raw);
            var url = item.IsUrl ? source : null;
            var stored = new StoredDocument(document.Id, document.Text, document.Title ?? item.Title, url, source,
                item.IsUrl ? new Uri(source).Host : null, document.OutletCountry, document.Published);
            if (store.Contains(stored.ContentHash))
            {
                summary.Unchanged++;
                observer.Done(source);
                return;
            }
            var today = DateOnly.FromDateTime(_clock.GetLocalNow().DateTime);
            var records = pipeline.Code(document, document.Published ?? today).ToList();
            var outcome = store.Ingest(stored, records, options.Who);
            if (outcome.IsNew) summary.New++; else summary.Unchanged++;
            summary.Records += outcome.Records;
            summary.NewEntries += outcome.NewEntries;
            summary.Merged += outcome.Merged;
            summary.Parts += outcome.Parts;
            observer.Done(source);
        }
        catch (DbException e)
        {
            Fail(summary, $"{source}: not stored (database: {e.Message})");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Isolation (STYLE.md §4): a bug on one document must not end the run; the message says it is ours.
            Fail(summary, $"{source}: could not be coded (internal error {e.GetType().Name}: {e.Message}); please report it");
        }
    }

    private bool Fail(IngestSummary summary, string message)
    {
        summary.Failed++;
        observer.Failed(message);
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

    private static string? FileName(string source) => new WorkItem(source).IsUrl ? new Uri(source).Segments[^1] : Path.GetFileName(source);
}
