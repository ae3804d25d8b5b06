using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Ledger.Watch;

/// <summary>
/// What one poll of a source found: the items it lists now (known ones included: the ledger keeps each once), the
/// validators for the next conditional request, pages already fetched, and problems with single files that do not
/// make the source fail. <see cref="Error"/> set means the source failed (it backs off).
/// </summary>
internal sealed record PollOutcome(string Status, IReadOnlyList<WatchItemSeen> Items)
{
    public string? Error { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }

    /// <summary>Page bytes fetched by the poll, by URL, so the page is not fetched twice.</summary>
    public IReadOnlyDictionary<string, byte[]> Fetched { get; init; } = new Dictionary<string, byte[]>();

    /// <summary>Files too recently changed to take (<see cref="WatchOptions.Settle"/>): poll again soon.</summary>
    public bool Unsettled { get; init; }

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public static PollOutcome Failed(string error) => new("failed", []) { Error = error };
}
