using Dapper;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Review;

namespace Pledgewatch.Ledger.Storage;

public abstract partial class LedgerStore
{
    /// <summary>Page size of <see cref="Entries"/>: memory holds one page of entries and their sources, however large the ledger.</summary>
    private const int PageSize = 500;

    /// <summary>Live entries (not merged away) in id order, with their sources, read page by page as they are enumerated.</summary>
    public IEnumerable<LedgerEntry> Entries(EntryFilter filter, int? limit = null)
    {
        long after = 0;
        int left = limit ?? int.MaxValue;
        while (left > 0)
        {
            List<LedgerEntry> page;
            using (var c = OpenConnection())
            {
                var rows = c.Query<EntryRow>(LedgerSql.PageEntries, new
                {
                    after,
                    status = filter.Status,
                    type = filter.Type,
                    actor = filter.Actor is null ? null : $"%+{filter.Actor}+%",
                    from = Iso(filter.From),
                    to = Iso(filter.To),
                    limit = Math.Min(PageSize, left),
                }).ToList();
                page = WithSources(c, rows, null);
            }
            foreach (var e in page) yield return e;
            if (page.Count < PageSize) yield break;
            after = page[^1].Id;
            left -= page.Count;
        }
    }

    /// <summary>
    /// Adds an exported entry with its id, status, fields and sources (an import of <c>export --format json</c>);
    /// refused when the id is taken. Imported sources have no stored document, so their evidence is shown as exported.
    /// </summary>
    public ReviewResult Import(LedgerEntry entry, string who)
    {
        if (!EntryStatus.IsValid(entry.Status)) return ReviewResult.Fail($"entry {entry.Id}: '{entry.Status}' is not a status");
        if (entry.Id <= 0) return ReviewResult.Fail($"entry {entry.Id}: ids are positive");
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        if (c.ExecuteScalar<long>(LedgerSql.EntryExists, new { id = entry.Id }, tx) > 0)
            return ReviewResult.Fail($"entry {entry.Id} exists already in this ledger; import into a new one");
        var at = Now();
        CreateEntry(c, tx, entry.Fields, entry.Status, at, who, "import", entry.Id);
        foreach (var s in entry.Sources) AddSource(c, tx, entry.Id, null, s, at, who, action: null);
        AfterImport(c, tx);
        tx.Commit();
        return ReviewResult.Ok(entry.Id);
    }
}
