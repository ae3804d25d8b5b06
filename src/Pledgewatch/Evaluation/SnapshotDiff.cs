using System.Globalization;
using System.Text;

namespace Pledgewatch.Evaluation;

/// <summary>
/// Compares two records snapshots document by document. A record whose columns are all the same is unchanged even when
/// its id moved (a record added before it renumbers the rest); of the others, a record before and after with the same
/// evidence and category (else the same evidence) is "changed", and the rest are added or removed.
/// </summary>
internal static class SnapshotDiff
{
    public static List<SnapshotChange> Compare(IEnumerable<SnapshotLine> before, IEnumerable<SnapshotLine> after)
    {
        var changes = new List<SnapshotChange>();
        var old = before.GroupBy(l => (l.Corpus, l.Doc)).ToDictionary(g => g.Key, g => g.ToList());
        var now = after.GroupBy(l => (l.Corpus, l.Doc)).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var key in old.Keys.Union(now.Keys).OrderBy(k => k.Corpus, StringComparer.Ordinal).ThenBy(k => k.Doc, StringComparer.Ordinal))
            changes.AddRange(CompareDocument(old.GetValueOrDefault(key) ?? [], now.GetValueOrDefault(key) ?? []));
        return changes;
    }

    private static List<SnapshotChange> CompareDocument(List<SnapshotLine> before, List<SnapshotLine> after)
    {
        var removed = new List<SnapshotLine>(before);
        var added = new List<SnapshotLine>();
        foreach (var line in after)
        {
            int same = removed.FindIndex(b => b.Fields == line.Fields);
            if (same >= 0) removed.RemoveAt(same);
            else added.Add(line);
        }
        var changes = new List<SnapshotChange>();
        // Pair what is left: same evidence and category first, then same evidence.
        foreach (var sameCategory in (bool[])[true, false])
        {
            for (int i = 0; i < added.Count; i++)
            {
                var a = added[i];
                int j = removed.FindIndex(r => r.Field(10) == a.Field(10) && (!sameCategory || r.Field(0) == a.Field(0)));
                if (j < 0) continue;
                changes.Add(new SnapshotChange(removed[j], a));
                removed.RemoveAt(j);
                added.RemoveAt(i--);
            }
        }
        changes.AddRange(removed.Select(r => new SnapshotChange(r, null)));
        changes.AddRange(added.Select(a => new SnapshotChange(null, a)));
        changes.Sort((x, y) => SnapshotLine.CompareIds(x.Any.Id, y.Any.Id));
        return changes;
    }

    /// <summary>
    /// One line per record under a line naming its document: "+ e4 …" added (all its columns), "- e5 …" removed,
    /// "~ e2 AGREE: mode - → pledged; …" changed (the columns that differ).
    /// </summary>
    public static string Format(IReadOnlyList<SnapshotChange> changes)
    {
        var s = new StringBuilder();
        (string, string)? document = null;
        foreach (var c in changes)
        {
            var line = c.Any;
            if (document != (line.Corpus, line.Doc))
            {
                document = (line.Corpus, line.Doc);
                s.Append(line.Corpus).Append('/').Append(line.Doc).Append('\n');
            }
            s.Append("  ").Append(c.Sign).Append(' ');
            if (c.Before is { } b && c.After is { } a)
            {
                s.Append(a.Id == b.Id ? a.Id : b.Id + "→" + a.Id).Append(' ').Append(a.Field(0)).Append(": ");
                var parts = new List<string>();
                for (int i = 0; i < RecordSnapshot.Columns.Length - 3; i++)
                    if (b.Field(i) != a.Field(i)) parts.Add($"{RecordSnapshot.Columns[i + 3]} {b.Field(i)} → {a.Field(i)}");
                s.AppendJoin("; ", parts);
            }
            else s.Append(line.Id).Append('\t').Append(line.Fields);
            s.Append('\n');
        }
        return s.ToString();
    }

    /// <summary>"3 added, 1 removed, 2 changed in 4 documents", or "no change".</summary>
    public static string Summary(IReadOnlyList<SnapshotChange> changes)
    {
        if (changes.Count == 0) return "no change";
        int documents = changes.Select(c => (c.Any.Corpus, c.Any.Doc)).Distinct().Count();
        return string.Create(CultureInfo.InvariantCulture,
            $"{changes.Count(c => c.Sign == '+')} added, {changes.Count(c => c.Sign == '-')} removed, {changes.Count(c => c.Sign == '~')} changed in {documents} document(s)");
    }
}
