using System.Collections.Concurrent;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// Codes documents on several threads and stores them from one. A producer hands work items, numbered in input order,
/// to <c>jobs</c> coders through a bounded window; the one writer takes their results back in input order, so the
/// ledger is the same whatever the number of coders, and commits them in small batches
/// (<see cref="LedgerStore.IngestBatch"/>), each document all or nothing. With a batch in hand and no further result
/// ready, the writer waits for one only while a coder is on a document (<see cref="MaxGather"/> at most, from the
/// batch's first document); with none coming it commits at once, so a lone document is stored at once. The records'
/// encoding for storing (<see cref="PendingDocument.Encode"/>) is the writer's, done as it takes each result, unless a
/// coder finds the writer behind: with one coder the coder's thread sets ingest's pace and the writer has time to
/// spare (SQLite: the coder's thread took 6.5 – 6.9 s of CPU for 10,000 documents instead of 8.1 – 8.9 s; BENCHMARKS.md,
/// "The writer, eighth pass"); a writer slower than its coders (PostgreSQL) leaves it to them. Asked to stop,
/// no new document is started and those already coded are stored. The observer and the failure callback are called
/// from the writer's thread only.
/// </summary>
internal sealed class ParallelIngest(LedgerStore store, DocumentCoder coder, int jobs, string who, IIngestObserver observer, IngestSummary summary,
    Action<WorkItem, string>? failed = null)
{
    /// <summary>Documents per transaction at most: enough to make commits rare, few enough that a batch is quickly written.</summary>
    public const int MaxBatch = 32;

    /// <summary>
    /// Work items between the producer and the writer: at most this many documents are in memory at once. A document's
    /// slot is freed only once it is stored, so the window must hold the batch in the writer's hands and the next ones
    /// too: with room for one batch only, the coders stood idle while the writer wrote it, and coder and writer took
    /// turns instead of working at once (ingest ran at barely half the pace of the slower of the two).
    /// </summary>
    private int Window => Math.Max(jobs * 16, 4 * MaxBatch);

    /// <summary>
    /// How long a batch may wait for documents the coders are still on before it is committed. A transaction has a
    /// cost of its own (SQLite, 3,000 documents in batches of one: 1.4 times the writer's time of batches of 32, twice
    /// before its statements were kept per connection), and the writer, faster than one coder, found a few documents
    /// ready at a time and committed each few so: 336 – 833 commits where 94 – 313 would do (BENCHMARKS.md, "The writer,
    /// fifth pass"). Short enough not to matter beside a watch's poll interval.
    /// </summary>
    internal static readonly TimeSpan MaxGather = TimeSpan.FromMilliseconds(50);

    /// <summary>Work items handed to the coders so far (written by the producer, read by the writer).</summary>
    private long _produced;

    public void Run(IEnumerable<(WorkItem? Item, string? Error)> inputs, CancellationToken stop)
    {
        using var abort = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var window = new SemaphoreSlim(Window, Window);
        using var queue = new BlockingCollection<(long Sequence, WorkItem? Item, string? Error)>(Window);
        using var results = new BlockingCollection<CodedDocument>();

        var producer = Start("producer", () => Produce(inputs, queue, window, abort.Token), abort);
        var coders = Enumerable.Range(1, Math.Max(1, jobs)).Select(n => Start($"coder {n}", () => CodeAll(queue, results, abort.Token), abort)).ToArray();
        var codersDone = Task.WhenAll(coders).ContinueWith(_ => results.CompleteAdding(), TaskScheduler.Default);
        var writer = Start("writer", () => Write(results, window), abort);
        try
        {
            Task.WaitAll([producer, .. coders, codersDone, writer]);
        }
        catch (AggregateException e)
        {
            // A bug or a lost database, not a bad document (those are results): the first cause, as thrown.
            var first = e.Flatten().InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException) ?? e.InnerException!;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(first).Throw();
        }
    }

    /// <summary>
    /// A thread of its own (coders block on fetches and CPU), cancelling the others if it fails. Named (<c>coder 1</c>,
    /// <c>writer</c>, <c>producer</c>) for profilers and <c>top -H</c>, which see each thread's CPU by that name.
    /// </summary>
    private static Task Start(string name, Action body, CancellationTokenSource abort) => Task.Factory.StartNew(() =>
    {
        Thread.CurrentThread.Name = name; // a long-running task's thread is its own, not the pool's
        try { body(); }
        catch { abort.Cancel(); throw; }
    }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private void Produce(IEnumerable<(WorkItem? Item, string? Error)> inputs, BlockingCollection<(long, WorkItem?, string?)> queue,
        SemaphoreSlim window, CancellationToken stop)
    {
        try
        {
            long sequence = 0;
            foreach (var (item, error) in inputs)
            {
                if (stop.IsCancellationRequested) break;
                try { window.Wait(stop); }
                catch (OperationCanceledException) { break; }
                // Counted before it is queued: the writer may take its result no sooner, so it never counts more taken than handed out.
                Interlocked.Increment(ref _produced);
                queue.Add((sequence++, item, error));
            }
        }
        finally
        {
            queue.CompleteAdding();
        }
    }

    private void CodeAll(BlockingCollection<(long Sequence, WorkItem? Item, string? Error)> queue, BlockingCollection<CodedDocument> results, CancellationToken stop)
    {
        foreach (var (sequence, item, error) in queue.GetConsumingEnumerable())
        {
            // Checked only between documents: the one in hand is finished, the next is not started.
            var coded = error is not null ? new CodedDocument(sequence, item, Error: error)
                : stop.IsCancellationRequested ? new CodedDocument(sequence, item, Skipped: true)
                : coder.Code(sequence, item!);
            // The writer is behind (a batch's worth of results waits for it): encoding there would hold it up further.
            results.Add(results.Count >= MaxBatch ? Encoded(coded) : coded);
        }
    }

    private void Write(BlockingCollection<CodedDocument> results, SemaphoreSlim window)
    {
        var early = new Dictionary<long, CodedDocument>();
        var batch = new List<CodedDocument>(MaxBatch);
        var age = new System.Diagnostics.Stopwatch(); // since the batch's first document
        long next = 0, taken = 0;
        while (true)
        {
            if (early.Remove(next, out var due))
            {
                next++;
                if (due.Pending is not null)
                {
                    if (batch.Count == 0) age.Restart();
                    batch.Add(due);
                    if (batch.Count >= MaxBatch) Flush(batch, window);
                }
                else Settle(due, window);
                continue;
            }
            if (!results.TryTake(out var ready))
            {
                if (batch.Count > 0)
                {
                    // A document still being coded is worth waiting for, a little; with none, the batch is all there is.
                    var left = MaxGather - age.Elapsed;
                    if (Volatile.Read(ref _produced) == taken || left <= TimeSpan.Zero || !results.TryTake(out ready, left))
                    {
                        Flush(batch, window);
                        continue;
                    }
                }
                else if (!results.TryTake(out ready, Timeout.Infinite)) break; // completed and empty
            }
            taken++;
            // Encoded here unless its coder did (it found the writer behind): taken while the batch is gathered, the
            // writer would otherwise wait for the coders, and a coder's time is what ingest's pace is made of.
            ready = Encoded(ready);
            early[ready.Sequence] = ready;
        }
        Flush(batch, window);
    }

    /// <summary>
    /// The document with its records encoded for storing (<see cref="PendingDocument.Encode"/>), on the calling thread;
    /// our code throwing on one document's records fails that document, as a throw while coding it does
    /// (<see cref="DocumentCoder"/>), and the run goes on.
    /// </summary>
    internal static CodedDocument Encoded(CodedDocument coded)
    {
        if (coded.Pending is not { IsEncoded: false } pending) return coded;
        try
        {
            pending.Encode();
            return coded;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CodedDocument(coded.Sequence, coded.Item, Error: DocumentCoder.InternalError(coded.Item!.Source, e));
        }
    }

    private void Settle(CodedDocument result, SemaphoreSlim window)
    {
        if (result.Error is { } error) Fail(result.Item, error);
        else if (result.Unchanged)
        {
            summary.Unchanged++;
            observer.Done(result.Item!.Source);
        }
        window.Release();
    }

    private void Flush(List<CodedDocument> batch, SemaphoreSlim window)
    {
        if (batch.Count == 0) return;
        var stored = store.IngestBatch([.. batch.Select(b => b.Pending!)], who);
        summary.Batches++;
        for (int i = 0; i < batch.Count; i++)
        {
            var (outcome, error) = stored[i];
            var source = batch[i].Item!.Source;
            if (error is not null) Fail(batch[i].Item, $"{source}: not stored (database: {error.Message})");
            else
            {
                if (outcome.IsNew)
                {
                    summary.New++;
                    summary.Tally(batch[i].Pending!.Document);
                }
                else summary.Unchanged++;
                summary.Records += outcome.Records;
                summary.NewEntries += outcome.NewEntries;
                summary.Merged += outcome.Merged;
                summary.Parts += outcome.Parts;
                observer.Done(source);
            }
            window.Release();
        }
        batch.Clear();
    }

    private void Fail(WorkItem? item, string message)
    {
        summary.Failed++;
        observer.Failed(message);
        if (item is not null) failed?.Invoke(item, message);
    }
}
