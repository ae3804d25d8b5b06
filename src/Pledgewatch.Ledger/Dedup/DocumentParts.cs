using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Dedup;

/// <summary>
/// The packages of one document's records, from <c>commitment.part_of</c> (EVENTS.md, "Packages, parts, shares and
/// totals"), and the order to file them in: a package before its parts, so that a part can be linked to the entry its
/// package was filed under. Pure.
/// </summary>
internal static class DocumentParts
{
    /// <summary>
    /// For each record, the index of the record it is part of, or null: for a whole, and for a <c>part_of</c> that names
    /// no record of the document, names the record itself, names a record without a commitment, or closes a loop.
    /// </summary>
    public static int?[] Packages(IReadOnlyList<EventRecord> records)
    {
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < records.Count; i++)
            if (records[i].Id.Length > 0) byId.TryAdd(records[i].Id, i);
        var packages = new int?[records.Count];
        for (int i = 0; i < records.Count; i++)
        {
            if (records[i].Commitment?.PartOf is { } partOf && byId.TryGetValue(partOf, out var p) && p != i && records[p].Commitment is not null)
                packages[i] = p;
        }
        // A loop (a part of its own part) has no whole to count: the links of its members are dropped, so each is a whole.
        for (int i = 0; i < records.Count; i++)
        {
            var path = new List<int> { i };
            for (int? p = packages[i]; p is int q; p = packages[q])
            {
                int at = path.IndexOf(q);
                if (at < 0)
                {
                    path.Add(q);
                    continue;
                }
                foreach (var member in path.Skip(at)) packages[member] = null;
                break;
            }
        }
        return packages;
    }

    /// <summary>
    /// Indices in filing order, level by level: the wholes, then their parts, then parts of parts, in document order
    /// within a level. Every package of a level's record is in an earlier level, so a level's records can all be matched
    /// once the levels before it are filed, and the entries they open inserted together.
    /// </summary>
    public static IReadOnlyList<int[]> FilingLevels(int?[] packages)
    {
        int Depth(int i)
        {
            int depth = 0;
            for (int? p = packages[i]; p is int q; p = packages[q]) depth++;
            return depth;
        }
        return [.. Enumerable.Range(0, packages.Length).GroupBy(Depth).OrderBy(g => g.Key).Select(g => g.Order().ToArray())];
    }
}
