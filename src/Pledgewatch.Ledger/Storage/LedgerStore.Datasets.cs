using Dapper;

namespace Pledgewatch.Ledger.Storage;

public abstract partial class LedgerStore
{
    private const string SourceDocsWithPrefix = "SELECT doc FROM entry_sources WHERE doc LIKE @prefix";

    /// <summary>The datasets of the ledger with their live entries per status, in name order (news first when present).</summary>
    public IReadOnlyList<DatasetCount> Datasets()
    {
        using var c = OpenConnection();
        return [.. c.Query<(string Dataset, string Status, long Count)>(LedgerSql.DatasetCounts)
            .GroupBy(r => r.Dataset, StringComparer.Ordinal)
            .Select(g => new DatasetCount(g.Key, g.ToDictionary(r => r.Status, r => r.Count, StringComparer.Ordinal)))
            .OrderBy(d => d.Name == Dataset.News ? 0 : 1).ThenBy(d => d.Name, StringComparer.Ordinal)];
    }

    /// <summary>
    /// Adds entries that come from a published dataset rather than from coded reports (the Kiel tracker's aggregates):
    /// no de-duplication against the ledger, one source each, all in one transaction. Every source document id must
    /// start with <paramref name="docPrefix"/>; an entry whose id is stored already is skipped, so importing the same
    /// release twice adds nothing.
    /// </summary>
    /// <param name="dataset">The dataset the entries belong to (<see cref="Dataset"/>), e.g. "kiel".</param>
    /// <returns>How many entries were added and how many were there already.</returns>
    internal (int Added, int Present) AddDatasetEntries(string docPrefix, IEnumerable<(EntryFields Fields, EntrySource Source)> entries, string status, string who,
        string dataset = Dataset.News)
    {
        if (Dataset.Problem(dataset) is { } problem) throw new ArgumentException(problem, nameof(dataset));
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        var stored = c.Query<string>(SourceDocsWithPrefix, new { prefix = docPrefix + "%" }, tx).ToHashSet(StringComparer.Ordinal);
        var at = Now();
        int added = 0, present = 0;
        foreach (var (fields, source) in entries)
        {
            if (!source.Doc.StartsWith(docPrefix, StringComparison.Ordinal)) throw new ArgumentException($"{source.Doc} does not start with {docPrefix}", nameof(entries));
            if (!stored.Add(source.Doc))
            {
                present++;
                continue;
            }
            var id = CreateEntry(c, tx, fields, status, at, who, "import-dataset", dataset: dataset);
            AddSource(c, tx, id, null, source, at, who, action: null);
            added++;
        }
        tx.Commit();
        return (added, present);
    }
}
