namespace Pledgewatch.Ledger.Storage;

/// <summary>One page of a list and the number of items in the whole list (for paging links).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total);
