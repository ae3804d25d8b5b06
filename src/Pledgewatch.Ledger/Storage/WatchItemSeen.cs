namespace Pledgewatch.Ledger.Storage;

/// <summary>An item a poll found: its key within the source (feed link, file path with size and time, page URL with content hash) and where to fetch it.</summary>
internal sealed record WatchItemSeen(string Item, string Location, string? Title = null, DateOnly? Published = null);
