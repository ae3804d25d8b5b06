namespace Pledgewatch.Ledger.Storage;

/// <summary>One dataset of a ledger and its live entries per review status (<see cref="EntryStatus"/>).</summary>
public sealed record DatasetCount(string Name, IReadOnlyDictionary<string, long> ByStatus)
{
    public long Entries => ByStatus.Values.Sum();

    public long Of(string status) => ByStatus.TryGetValue(status, out var n) ? n : 0;
}
