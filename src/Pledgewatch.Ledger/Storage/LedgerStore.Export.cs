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
                    dataset = filter.Dataset,
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
    /// Adds an exported entry with its id, status, fields and sources (an import of <c>export --format json</c>) into
    /// its <see cref="LedgerEntry.Dataset"/> (the caller sets it: an export does not say which dataset its entries were
    /// in). An entry whose id is taken by the same entry (status, fields, sources and package as in the file) is left as
    /// it is and reported <see cref="ImportResult.Unchanged"/>, so importing a file again changes nothing; one taken by a
    /// different entry is refused, naming what differs. Imported sources have no stored document, so their evidence is
    /// shown as exported. A link to a package is made from whichever side comes second: the part's <c>parent</c> when
    /// its package is there already, the package's <c>parts</c> for parts imported before it; a link to an entry that
    /// is not in the ledger is left out (an export filtered by status or date may hold a part without its package).
    /// </summary>
    public ImportResult Import(LedgerEntry entry, string who)
    {
        if (!EntryStatus.IsValid(entry.Status)) return ImportResult.Fail($"entry {entry.Id}: '{entry.Status}' is not a status");
        if (entry.Id <= 0) return ImportResult.Fail($"entry {entry.Id}: ids are positive");
        if (entry.Parent == entry.Id || entry.Parts.Contains(entry.Id)) return ImportResult.Fail($"entry {entry.Id}: an entry cannot be a part of itself");
        if (entry.Parts.Contains(entry.Parent ?? 0)) return ImportResult.Fail($"entry {entry.Id}: entry {entry.Parent} cannot be both its package and its part");
        if (Author.Missing(who) is { } noAuthor) return ImportResult.Fail(noAuthor);
        if (GetEntry(entry.Id) is { } existing)
        {
            var differences = ImportComparison.Differences(existing, entry, id => GetEntry(id) is { MergedInto: null });
            return differences.Count == 0
                ? ImportResult.Same(entry.Id)
                : ImportResult.Fail($"entry {entry.Id} exists already with a different {string.Join(", ", differences)}; import into a new ledger, or compare with 'pledgewatch ledger show {entry.Id}'");
        }
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        if (c.ExecuteScalar<long>(LedgerSql.EntryExists, new { id = entry.Id }, tx) > 0)
            return ImportResult.Fail($"entry {entry.Id} was added by another import meanwhile; import again to compare");
        var at = Now();
        long? parent = entry.Parent is long p && c.QuerySingleOrDefault<EntryRow>(LedgerSql.SelectEntry, new { id = p }, tx) is { MergedInto: null } ? p : null;
        CreateEntry(c, tx, entry.Fields, entry.Status, at, who, "import", entry.Id, parent, entry.Dataset);
        if (parent is long package) NotePart(c, tx, package, entry.Id, who, at, "attach-part");
        foreach (var s in entry.Sources) AddSource(c, tx, entry.Id, null, s, at, who, action: null);
        var ancestors = Ancestors(c, tx, entry.Id);
        foreach (var part in entry.Parts)
        {
            if (c.QuerySingleOrDefault<EntryRow>(LedgerSql.SelectEntry, new { id = part }, tx) is { MergedInto: null, ParentId: null } && !ancestors.Contains(part))
                Relink(c, tx, part, null, entry.Id, who, at, "attach");
        }
        AfterImport(c, tx);
        tx.Commit();
        return ImportResult.Added(entry.Id);
    }
}
