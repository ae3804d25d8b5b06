using System.Globalization;
using System.Security.Cryptography;
using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Ledger.Watch;

/// <summary>
/// Polls one source and lists its items. A URL is fetched conditionally (the validators of its last answer); a feed's
/// items are its links, a page is one item per version of its content. A folder's items are its report files (by path,
/// size and time, so a changed file is a new item) and the links of its .xml feeds, as <c>ingest</c> reads a folder.
/// Never throws but for a stop: failures are outcomes.
/// </summary>
internal sealed class SourcePoller(SourceFetcher fetcher, WatchOptions options, TimeProvider clock)
{
    public async Task<PollOutcome> PollAsync(WatchedSource source, WatchSourceRow state, CancellationToken stop) => source.Kind switch
    {
        SourceKind.Url => await PollUrlAsync(source.Source, state, stop),
        SourceKind.Folder => Directory.Exists(source.Source)
            ? Scan(source.Source, InputExpander.Walk(source.Source), "folder")
            : PollOutcome.Failed($"{source.Source}: the folder is gone"),
        _ => File.Exists(source.Source)
            ? Scan(source.Source, [source.Source], "file")
            : PollOutcome.Failed($"{source.Source}: the file is gone"),
    };

    private async Task<PollOutcome> PollUrlAsync(string url, WatchSourceRow state, CancellationToken stop)
    {
        var fetched = await fetcher.PollAsync(url, (state.Etag, state.LastModified), stop);
        if (fetched.Result.Error is { } error) return PollOutcome.Failed(error);
        if (fetched.NotModified) return new PollOutcome("not modified", []) { ETag = fetched.ETag, LastModified = fetched.LastModified };
        var content = fetched.Result.Content!;
        if (FeedReader.LooksLikeFeed(content, fetched.Result.ContentType))
        {
            var (items, feedError) = FeedReader.Read(content, new Uri(url));
            if (feedError is not null) return PollOutcome.Failed($"{url}: {feedError}");
            return new PollOutcome("feed", [.. items.Select(Seen)]) { ETag = fetched.ETag, LastModified = fetched.LastModified };
        }
        // A page: each version of its content is an item (the ledger keeps documents by content anyway).
        var version = Convert.ToHexStringLower(SHA256.HashData(content))[..16];
        return new PollOutcome("page", [new WatchItemSeen($"{url}#{version}", url)])
        {
            ETag = fetched.ETag, LastModified = fetched.LastModified, Fetched = new Dictionary<string, byte[]> { [url] = content },
        };
    }

    private PollOutcome Scan(string source, IEnumerable<string> paths, string status)
    {
        var items = new List<WatchItemSeen>();
        var warnings = new List<string>();
        bool unsettled = false;
        var settledBefore = clock.GetUtcNow() - options.Settle;
        foreach (var path in paths)
        {
            FileInfo info;
            try
            {
                info = new FileInfo(path);
                if (!info.Exists) continue; // deleted since it was listed
                if (info.LastWriteTimeUtc > settledBefore.UtcDateTime) { unsettled = true; continue; }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add($"{path}: cannot be read ({e.Message})");
                continue;
            }
            if (InputExpander.IsFeedFile(path))
            {
                var fetched = fetcher.Fetch(path);
                var (feedItems, error) = fetched.Error is null ? FeedReader.Read(fetched.Content!, null) : ([], fetched.Error);
                if (error is not null) warnings.Add(error.StartsWith(path, StringComparison.Ordinal) ? error : $"{path}: {error}");
                items.AddRange(feedItems.Select(Seen));
            }
            else
            {
                var version = string.Create(CultureInfo.InvariantCulture, $"{info.Length}@{info.LastWriteTimeUtc.Ticks}");
                items.Add(new WatchItemSeen($"{path}|{version}", path));
            }
        }
        return new PollOutcome(status, items) { Unsettled = unsettled, Warnings = warnings };
    }

    private static WatchItemSeen Seen(WorkItem item) => new(item.Source, item.Source, item.Title, item.Published);
}
