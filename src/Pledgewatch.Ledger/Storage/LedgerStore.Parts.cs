using System.Data.Common;
using Dapper;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Review;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// Packages and their parts (EVENTS.md, "Packages, parts, shares and totals"): review attaches an entry to the
/// package that includes it and detaches it again. Each change is a revision of the part and an audit row on both
/// entries, so it is reversible like merge and split (attach undoes detach and the other way round).
/// </summary>
public abstract partial class LedgerStore
{
    /// <summary>How far up a chain of packages <c>Ancestors</c> looks; links are checked for loops, so this is only a guard.</summary>
    private const int MaxDepth = 64;

    /// <summary>Makes entry <paramref name="part"/> a part of entry <paramref name="package"/> (moving it out of any other package).</summary>
    public ReviewResult Attach(long part, long package, string who)
    {
        if (Author.Missing(who) is { } noAuthor) return ReviewResult.Fail(noAuthor);
        if (part == package) return ReviewResult.Fail("an entry cannot be a part of itself");
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        var child = c.QuerySingleOrDefault<EntryRow>(LedgerSql.SelectEntry, new { id = part }, tx);
        var whole = c.QuerySingleOrDefault<EntryRow>(LedgerSql.SelectEntry, new { id = package }, tx);
        if (child is null || whole is null) return ReviewResult.Fail($"no entry {(child is null ? part : package)}");
        if (child.MergedInto is long a) return ReviewResult.Fail($"entry {part} was merged into entry {a}; attach that one");
        if (whole.MergedInto is long b) return ReviewResult.Fail($"entry {package} was merged into entry {b}; attach to that one");
        if (child.ParentId == package) return ReviewResult.Fail($"entry {part} is a part of entry {package} already");
        foreach (var (id, row) in (ReadOnlySpan<(long, EntryRow)>)[(part, child), (package, whole)])
            if (EntryJson.DeserializeFields(row.Fields).Commitment is null) return ReviewResult.Fail($"entry {id} is not a commitment: only commitments are packages and parts");
        if (Ancestors(c, tx, package).Contains(part))
            return ReviewResult.Fail($"entry {package} is itself a part of entry {part}: attaching would make a loop");
        Relink(c, tx, part, child.ParentId, package, who, Now(), "attach");
        tx.Commit();
        return ReviewResult.Ok(part);
    }

    /// <summary>Takes entry <paramref name="part"/> out of its package: it counts as a whole again.</summary>
    public ReviewResult Detach(long part, string who)
    {
        if (Author.Missing(who) is { } noAuthor) return ReviewResult.Fail(noAuthor);
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        var child = c.QuerySingleOrDefault<EntryRow>(LedgerSql.SelectEntry, new { id = part }, tx);
        if (child is null) return ReviewResult.Fail($"no entry {part}");
        if (child.MergedInto is long a) return ReviewResult.Fail($"entry {part} was merged into entry {a}; detach that one");
        if (child.ParentId is not long package) return ReviewResult.Fail($"entry {part} is not a part of any package");
        Relink(c, tx, part, package, null, who, Now(), "detach");
        tx.Commit();
        return ReviewResult.Ok(part);
    }

    /// <summary>
    /// What review should look at in an entry's package relations: a part whose amount exceeds its package's, parts
    /// that add up to more than their package (<see cref="PackageCheck"/>). Empty when all is well.
    /// </summary>
    public IReadOnlyList<string> PackageFlags(LedgerEntry entry)
    {
        using var c = OpenConnection();
        var flags = new List<string>();
        if (entry.Parent is long parent && c.QuerySingleOrDefault<EntryRow>(LedgerSql.SelectEntry, new { id = parent }) is { } package)
        {
            var whole = EntryJson.DeserializeFields(package.Fields);
            if (PackageCheck.PartExceeds(entry.Id, entry.Fields, parent, whole) is { } flag) flags.Add(flag);
        }
        if (entry.Parts.Count > 0)
        {
            var parts = entry.Parts.Select(id => (id, EntryJson.DeserializeFields(c.QuerySingle<EntryRow>(LedgerSql.SelectEntry, new { id }).Fields))).ToList();
            foreach (var (id, fields) in parts)
                if (PackageCheck.PartExceeds(id, fields, entry.Id, entry.Fields) is { } flag) flags.Add(flag);
            if (PackageCheck.PartsExceed(entry.Id, entry.Fields, parts.Select(p => p.Item2)) is { } sum) flags.Add(sum);
        }
        return flags;
    }

    /// <summary>The packages above an entry, nearest first (empty for a whole).</summary>
    private static List<long> Ancestors(DbConnection c, DbTransaction tx, long id)
    {
        using var w = new LedgerCommands(c, tx);
        return Ancestors(w, id);
    }

    private static List<long> Ancestors(LedgerCommands w, long id)
    {
        var chain = new List<long>();
        for (long? p = w.Scalar(LedgerSql.SelectParent, ("id", id)); p is long q && chain.Count < MaxDepth; p = w.Scalar(LedgerSql.SelectParent, ("id", q)))
        {
            if (chain.Contains(q)) break;
            chain.Add(q);
        }
        return chain;
    }

    private static void Relink(DbConnection c, DbTransaction tx, long part, long? from, long? to, string who, string at, string action)
    {
        using var w = new LedgerCommands(c, tx);
        Relink(w, part, from, to, who, at, action);
        w.Flush();
    }

    /// <summary>
    /// Moves <paramref name="part"/> from package <paramref name="from"/> to <paramref name="to"/> (either may be null):
    /// a revision of the part with an audit row (<paramref name="action"/>, parent before and after), and a row on
    /// each package concerned, which is marked changed. Deferred (<see cref="LedgerCommands.Defer"/>).
    /// </summary>
    private static void Relink(LedgerCommands w, long part, long? from, long? to, string who, string at, string action)
    {
        w.Defer(LedgerSql.SetParent, null, ("id", part), ("parentId", to), ("at", at));
        w.Defer(LedgerSql.InsertRevision, null, ("id", part), ("who", who), ("at", at));
        Audit(w, at, who, action, part, Link(from), Link(to));
        if (from is long old) NotePart(w, old, part, who, at, "detach-part");
        if (to is long package) NotePart(w, package, part, who, at, "attach-part");
    }

    private static void NotePart(DbConnection c, DbTransaction tx, long package, long part, string who, string at, string action)
    {
        using var w = new LedgerCommands(c, tx);
        NotePart(w, package, part, who, at, action);
        w.Flush();
    }

    /// <summary>The package's side of a link: an audit row naming the part, and the package marked changed (its breakdown follows its parts).</summary>
    private static void NotePart(LedgerCommands w, long package, long part, string who, string at, string action)
    {
        var note = $"{{\"part\":{part}}}";
        w.Defer(LedgerSql.TouchEntry, null, ("id", package), ("at", at));
        Audit(w, at, who, action, package, action == "detach-part" ? note : null, action == "detach-part" ? null : note);
    }

    private static string Link(long? parent) => parent is long p ? $"{{\"parent\":{p}}}" : "{\"parent\":null}";
}
