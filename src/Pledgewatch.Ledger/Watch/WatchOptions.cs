using Pledgewatch.Ledger.Ingest;

namespace Pledgewatch.Ledger.Watch;

/// <summary>How <c>pledgewatch watch</c> polls.</summary>
/// <param name="Interval">Between two polls of a source that answered (<c>--interval</c>).</param>
/// <param name="Ingest">How documents are read and coded, and by how many coders.</param>
/// <param name="MaxAttempts">An item that cannot be read or coded is tried this many times, with back-off, then left failed.</param>
internal sealed record WatchOptions(TimeSpan Interval, IngestOptions Ingest, int MaxAttempts = 5)
{
    /// <summary>The longest wait between two tries of a failing source or item.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A file changed more recently than this is left for the next poll: it may still be being written, and a
    /// half-written report would be stored as a document of its own.
    /// </summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The wait after the <paramref name="failures"/>-th failure in a row: twice the interval, then doubling, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan Backoff(int failures)
    {
        var factor = Math.Pow(2, Math.Clamp(failures, 1, 30));
        var wait = Interval * factor;
        return wait < MaxBackoff ? wait : (MaxBackoff > Interval ? MaxBackoff : Interval);
    }
}
