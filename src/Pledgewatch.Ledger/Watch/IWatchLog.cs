namespace Pledgewatch.Ledger.Watch;

/// <summary>
/// The watch's log: one call per source per cycle (polled, waiting or failed), one per cycle with what it stored and
/// how long items took from first sighting to being stored. Called from several threads; implementations serialise.
/// </summary>
internal interface IWatchLog
{
    /// <param name="status">What the source answered: "not modified", "feed", "page", "folder", "file".</param>
    /// <param name="items">Items it lists now; <paramref name="added"/> of them were not known before.</param>
    void Polled(string source, string status, int items, int added);

    /// <summary>The source is not due: its interval has not passed, or it is backing off after <paramref name="failures"/> failures.</summary>
    void Waiting(string source, int failures, TimeSpan nextPollIn);

    void PollFailed(string source, string error, int failures, TimeSpan retryIn);

    /// <summary>A problem with one file or item of a source that does not make the source fail.</summary>
    void Warning(string source, string message);

    /// <param name="latencyP50">Median time from first sighting to stored, over the items stored this cycle; null when none was.</param>
    void Cycle(int cycle, int stored, int failed, TimeSpan? latencyP50, TimeSpan? latencyP99);
}
