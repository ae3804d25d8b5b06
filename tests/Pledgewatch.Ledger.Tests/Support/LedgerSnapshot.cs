using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>
/// A ledger as a sorted list of lines that ignore ids and timestamps: each document's hash, and each entry's fields
/// with its sources (doc and evidence offsets). Two ledgers are "the same" when their snapshots are equal.
/// </summary>
internal static class LedgerSnapshot
{
    public static IReadOnlyList<string> Of(LedgerStore store)
    {
        var lines = new List<string>();
        using (var c = store.OpenConnection())
        {
            foreach (var hash in Dapper.SqlMapper.Query<string>(c, "SELECT content_hash FROM documents")) lines.Add($"doc {hash}");
        }
        foreach (var e in store.Entries(EntryFilter.All))
        {
            var sources = e.Sources.Select(s => $"{s.Doc}@{s.Evidence.Start}").Order(StringComparer.Ordinal);
            lines.Add($"entry {e.Status} {EntryJson.SerializeFields(e.Fields)} <- {string.Join(", ", sources)}");
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
