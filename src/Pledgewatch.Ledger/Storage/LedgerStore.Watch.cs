using System.Data.Common;
using Dapper;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// The watch state (<c>pledgewatch watch</c>): sources and the items their polls found. An item is pending from its
/// first sighting until the transaction that stores its document marks it done (<see cref="AfterStored"/>), so a
/// restart neither loses an item nor ingests one twice; several processes on PostgreSQL claim items without overlap.
/// </summary>
public abstract partial class LedgerStore
{
    /// <summary>A claim older than this is taken to belong to a process that died: another may take the item.</summary>
    internal static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(5);

    /// <summary>The provider's claim statement (<c>@worker</c>, <c>@at</c>, <c>@stale</c>, <c>@max</c>; returns <see cref="WatchItemRow"/>s).</summary>
    private protected abstract string ClaimWatchItems { get; }

    /// <summary>The source's remembered state, creating it on first use.</summary>
    internal WatchSourceRow WatchSource(string source)
    {
        using var c = OpenConnection();
        c.Execute(WatchSql.InsertSource, new { source });
        return c.QuerySingle<WatchSourceRow>(WatchSql.SelectSource, new { source });
    }

    internal void SourcePolled(long id, string? etag, string? lastModified, DateTimeOffset next)
    {
        using var c = OpenConnection();
        c.Execute(WatchSql.SourcePolled, new { id, etag, lastModified, next = Stamp(next), at = Now() });
    }

    internal void SourceFailed(long id, string error, DateTimeOffset next)
    {
        using var c = OpenConnection();
        c.Execute(WatchSql.SourceFailed, new { id, error, next = Stamp(next), at = Now() });
    }

    /// <summary>Records what a poll found, in one transaction; returns how many items were not known before.</summary>
    internal int AddWatchItems(long sourceId, IReadOnlyList<WatchItemSeen> items)
    {
        if (items.Count == 0) return 0;
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        var at = Now();
        int added = 0;
        foreach (var i in items)
            added += c.Execute(WatchSql.InsertItem, new { sourceId, item = i.Item, location = i.Location, title = i.Title, published = Iso(i.Published), at }, tx);
        tx.Commit();
        return added;
    }

    /// <summary>Up to <paramref name="max"/> due items, oldest first, now claimed by <paramref name="worker"/>.</summary>
    internal IReadOnlyList<WatchItemRow> ClaimWatchItemsFor(string worker, int max)
    {
        using var c = OpenConnection();
        var now = _clock.GetUtcNow();
        return [.. c.Query<WatchItemRow>(ClaimWatchItems, new { worker, at = Stamp(now), stale = Stamp(now - ClaimLease), max }).OrderBy(r => r.Id)];
    }

    /// <summary>The item could not be read or coded: retried at <paramref name="retryAt"/>, or failed for good after <paramref name="maxAttempts"/>.</summary>
    internal void WatchItemFailed(long id, string error, DateTimeOffset retryAt, int maxAttempts)
    {
        using var c = OpenConnection();
        c.Execute(WatchSql.ItemFailed, new { id, error, retryAt = Stamp(retryAt), maxAttempts });
    }

    internal void ReleaseWatchClaims(string worker)
    {
        using var c = OpenConnection();
        c.Execute(WatchSql.ReleaseClaims, new { worker });
    }

    /// <summary>
    /// Gives back the claims of workers that are gone (<paramref name="isGone"/> decides from the worker's name), so a
    /// watch restarted after a kill takes its items again at once instead of after <see cref="ClaimLease"/>.
    /// </summary>
    internal void ReleaseWatchClaimsOfGone(Func<string, bool> isGone)
    {
        using var c = OpenConnection();
        foreach (var worker in c.Query<string?>(WatchSql.Claimants).OfType<string>().Where(isGone).ToList())
            c.Execute(WatchSql.ReleaseClaims, new { worker });
    }

    /// <summary>The items stored since <paramref name="since"/>, with first sighting and storing time.</summary>
    internal IReadOnlyList<WatchLatency> WatchItemsStoredSince(DateTimeOffset since)
    {
        using var c = OpenConnection();
        return [.. c.Query<WatchLatency>(WatchSql.StoredSince, new { since = Stamp(since) })];
    }

    internal IReadOnlyDictionary<string, long> WatchItemCounts()
    {
        using var c = OpenConnection();
        return c.Query<(string State, long Count)>(WatchSql.CountItems).ToDictionary(r => r.State, r => r.Count, StringComparer.Ordinal);
    }

    private static string Stamp(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
