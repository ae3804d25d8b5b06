using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Ledger.Watch;

/// <summary>
/// <c>pledgewatch watch</c>: polls its sources in cycles and ingests what is new. A cycle polls every due source at once
/// (at most <see cref="IngestOptions.PerHost"/> requests per host), records the items each lists, then claims the
/// pending items and ingests them like <c>ingest</c> (<see cref="ParallelIngest"/>), each document's transaction also
/// marking its item done. Everything it must remember is in the ledger (validators, back-off, items and their state),
/// so a restart goes on where the last run stopped, and several processes on PostgreSQL share the items. A folder
/// change wakes it early. Cancelling the token stops it after the documents in hand.
/// </summary>
internal sealed class WatchRunner(LedgerStore store, CodingPipeline pipeline, WatchOptions options, IIngestObserver observer, IWatchLog log, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly string _worker = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>Item keys this process has recorded, per source: a poll writes only the ones it has not seen.</summary>
    private readonly ConcurrentDictionary<string, HashSet<string>> _recorded = new(StringComparer.Ordinal);

    private int _changed;

    /// <summary>Runs until <paramref name="stop"/> is cancelled, or for <paramref name="cycles"/> cycles when given (tests, benchmarks).</summary>
    public async Task<WatchSummary> RunAsync(IReadOnlyList<WatchedSource> sources, CancellationToken stop, int? cycles = null)
    {
        var summary = new WatchSummary();
        using var fetcher = new SourceFetcher(options.Ingest);
        var poller = new SourcePoller(fetcher, options, _clock);
        var coder = new DocumentCoder(store, pipeline, options.Ingest, fetcher, _clock);
        store.ReleaseWatchClaimsOfGone(IsGone);
        using var wake = new SemaphoreSlim(0);
        var watchers = sources.Where(s => s.Kind == SourceKind.Folder).Select(s => Watch(s.Source, wake)).ToList();
        try
        {
            int ledgerFailures = 0;
            while (!stop.IsCancellationRequested && (cycles is null || summary.Cycles < cycles))
            {
                summary.Cycles++;
                bool unsettled;
                try
                {
                    unsettled = await CycleAsync(sources, poller, coder, summary, stop);
                    ledgerFailures = 0;
                }
                catch (DbException e)
                {
                    // The ledger is unreachable (a database restart, a full disk): nothing half-done is kept (every
                    // write is a transaction), so wait and try the cycle again rather than end a long-running watch.
                    var retry = options.Backoff(++ledgerFailures);
                    log.Warning("ledger", $"the ledger cannot be reached ({e.Message.Split('\n')[0].Trim()}); next cycle in {retry.TotalSeconds:0.###} s");
                    try { await Task.Delay(retry, stop); } catch (OperationCanceledException) { }
                    continue;
                }
                if (cycles is not null && summary.Cycles >= cycles) break;
                await WaitAsync(sources, unsettled, wake, stop);
            }
        }
        finally
        {
            foreach (var w in watchers) w.Dispose();
            // Claimed but not started (a stop was asked for): back to pending for the next run or another process.
            // If the ledger cannot be reached, the claims lapse on their own (ClaimLease; at once for a restart here).
            try { store.ReleaseWatchClaims(_worker); }
            catch (DbException e) { log.Warning("ledger", $"claims not released ({e.Message.Split('\n')[0].Trim()}); they lapse after {LedgerStore.ClaimLease.TotalMinutes:0} minutes"); }
        }
        return summary;
    }

    /// <summary>One cycle: polls the due sources at once, ingests the pending items, logs; true when a file was too fresh to take.</summary>
    private async Task<bool> CycleAsync(IReadOnlyList<WatchedSource> sources, SourcePoller poller, DocumentCoder coder, WatchSummary summary, CancellationToken stop)
    {
        var started = _clock.GetUtcNow();
        var folderChanged = Interlocked.Exchange(ref _changed, 0) == 1;
        var fetched = new ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        var polls = await Task.WhenAll(sources.Select(s => PollAsync(s, poller, folderChanged, fetched, stop)));
        if (stop.IsCancellationRequested) return false;

        var (storedBefore, failedBefore) = (summary.Ingest.New + summary.Ingest.Unchanged, summary.Ingest.Failed);
        Ingest(coder, fetched, summary.Ingest, stop);
        var latencies = store.WatchItemsStoredSince(started).Select(l => l.Latency).ToList();
        summary.Latencies.AddRange(latencies);
        log.Cycle(summary.Cycles, summary.Ingest.New + summary.Ingest.Unchanged - storedBefore, summary.Ingest.Failed - failedBefore,
            Percentiles.Of(latencies, 50), Percentiles.Of(latencies, 99));
        return polls.Any(p => p);
    }

    /// <summary>Polls <paramref name="source"/> if due and records what it lists; true when a file was too fresh to take.</summary>
    private async Task<bool> PollAsync(WatchedSource source, SourcePoller poller, bool folderChanged, ConcurrentDictionary<string, byte[]> fetched, CancellationToken stop)
    {
        var state = store.WatchSource(source.Source);
        var now = _clock.GetUtcNow();
        if (Time(state.NextPollAt) is { } next && next > now && !(folderChanged && state.Failures == 0 && source.Kind != SourceKind.Url))
        {
            log.Waiting(source.Source, state.Failures, next - now);
            return false;
        }
        PollOutcome outcome;
        try
        {
            outcome = await poller.PollAsync(source, state, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return false; // stopping: the source keeps its state and is polled by the next run
        }
        if (outcome.Error is { } error)
        {
            var failures = state.Failures + 1;
            var retry = options.Backoff(failures);
            store.SourceFailed(state.Id, error, _clock.GetUtcNow() + retry);
            log.PollFailed(source.Source, error, failures, retry);
            return false;
        }
        foreach (var warning in outcome.Warnings) log.Warning(source.Source, warning);
        var known = _recorded.GetOrAdd(source.Source, _ => new HashSet<string>(StringComparer.Ordinal));
        var unseen = outcome.Items.Where(i => !known.Contains(i.Item)).ToList();
        var added = store.AddWatchItems(state.Id, unseen);
        foreach (var i in unseen) known.Add(i.Item);
        foreach (var (url, bytes) in outcome.Fetched) fetched[url] = bytes;
        store.SourcePolled(state.Id, outcome.ETag, outcome.LastModified, _clock.GetUtcNow() + options.Interval);
        log.Polled(source.Source, outcome.Status, outcome.Items.Count, added);
        return outcome.Unsettled;
    }

    /// <summary>Claims due items and ingests them until none is left (items that fail wait for their retry time).</summary>
    private void Ingest(DocumentCoder coder, ConcurrentDictionary<string, byte[]> fetched, IngestSummary summary, CancellationToken stop)
    {
        var attempts = new ConcurrentDictionary<long, int>();
        var claimAhead = options.Ingest.EffectiveJobs * 4;

        IEnumerable<(WorkItem?, string?)> Claimed()
        {
            while (!stop.IsCancellationRequested && store.ClaimWatchItemsFor(_worker, claimAhead) is { Count: > 0 } rows)
                foreach (var row in rows)
                {
                    attempts[row.Id] = row.Attempts;
                    fetched.TryRemove(row.Location, out var content);
                    yield return (new WorkItem(row.Location, content, Day(row.Published), row.Title, WatchItem: row.Id), null);
                }
        }

        void Failed(WorkItem item, string message)
        {
            var tries = attempts.GetValueOrDefault(item.WatchItem!.Value) + 1;
            store.WatchItemFailed(item.WatchItem.Value, message, _clock.GetUtcNow() + options.Backoff(tries), options.MaxAttempts);
        }

        new ParallelIngest(store, coder, options.Ingest.EffectiveJobs, options.Ingest.Who, observer, summary, Failed).Run(Claimed(), stop);
    }

    /// <summary>Sleeps until the next source is due (a failing one may wait longer than the interval), a folder changes, or a stop.</summary>
    private async Task WaitAsync(IReadOnlyList<WatchedSource> sources, bool unsettled, SemaphoreSlim wake, CancellationToken stop)
    {
        var now = _clock.GetUtcNow();
        var wait = sources.Select(s => Time(store.WatchSource(s.Source).NextPollAt) is { } next ? next - now : TimeSpan.Zero).DefaultIfEmpty(options.Interval).Min();
        if (unsettled && options.Settle < wait) wait = options.Settle;
        wait = wait < TimeSpan.FromMilliseconds(10) ? TimeSpan.FromMilliseconds(10) : wait;
        try
        {
            await wake.WaitAsync(wait, stop);
        }
        catch (OperationCanceledException)
        {
            // stopping: the loop ends
        }
    }

    private FileSystemWatcher Watch(string folder, SemaphoreSlim wake)
    {
        var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName };
        void Changed()
        {
            // A hint only: the scan decides. One pending wake-up is enough however many files change.
            Interlocked.Exchange(ref _changed, 1);
            if (wake.CurrentCount == 0) wake.Release();
        }
        watcher.Created += (_, _) => Changed();
        watcher.Changed += (_, _) => Changed();
        watcher.Renamed += (_, _) => Changed();
        watcher.Error += (_, _) => Changed();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>A claim of a process on this machine that is not running any more (its name is "machine:pid").</summary>
    private bool IsGone(string worker)
    {
        var colon = worker.LastIndexOf(':');
        if (colon < 0 || worker[..colon] != Environment.MachineName || worker == _worker) return false;
        if (!int.TryParse(worker[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return false;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
    }

    private static DateTimeOffset? Time(string? stamp) =>
        stamp is null ? null : DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static DateOnly? Day(string? iso) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
