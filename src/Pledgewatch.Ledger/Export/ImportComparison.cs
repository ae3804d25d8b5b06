using System.Text.Json.Nodes;

namespace Pledgewatch.Ledger.Export;

/// <summary>
/// Whether an entry in the ledger is the exported entry of the same id, as <see cref="EntryJson"/> writes both: same
/// dataset, status, fields and sources, and the same package where the file's package is in the ledger (an export filtered by
/// status or date may hold a part without its package, which the import leaves out). The parts are not compared: they
/// are the other side of the parts' own links, each compared with its part.
/// </summary>
internal static class ImportComparison
{
    /// <returns>The names of the fields that differ (e.g. "status", "commitment", "sources"); empty when the two are the same.</returns>
    public static IReadOnlyList<string> Differences(LedgerEntry existing, LedgerEntry imported, Func<long, bool> isLive)
    {
        var differences = new List<string>();
        if (existing.MergedInto is long target) differences.Add($"state (merged into entry {target})");
        // The export does not carry the dataset: the importer names it, so the same entry in another dataset differs.
        if (existing.Dataset != imported.Dataset) differences.Add($"dataset ('{existing.Dataset}', not '{imported.Dataset}')");
        var here = EntryJson.ToNode(existing);
        var there = EntryJson.ToNode(imported);
        foreach (var name in here.Select(p => p.Key).Union(there.Select(p => p.Key)))
        {
            if (name is "id" or "parts") continue;
            if (name == "parent" && imported.Parent is long p && !isLive(p)) continue;
            if (!JsonNode.DeepEquals(here[name], there[name])) differences.Add(name == "parent" ? "package" : name);
        }
        return differences;
    }
}
