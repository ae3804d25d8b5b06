using System.Globalization;
using Pledgewatch.Records;

namespace Pledgewatch.Evaluation;

/// <summary>
/// The records snapshot: every record the coder makes of some corpus folders, one line each, sorted by corpus, document
/// and record id, so that a change of rules shows as added, removed or changed lines (<see cref="SnapshotDiff"/>). Its
/// columns are codes, dates, amounts and offsets only: no text of the corpus (no evidence sentence, no entity text),
/// as the corpus may not be copied into the repository. Empty values are written "-", an entity without a code "?".
/// </summary>
internal static class RecordSnapshot
{
    public static readonly string[] Columns =
        ["corpus", "doc", "id", "event_type", "mode", "actor", "recipient", "date", "location", "amount", "instruments", "stage", "part_of", "evidence"];

    public static SnapshotLine Line(string corpus, EventRecord r)
    {
        var c = r.Commitment;
        var fields = string.Join('\t',
            r.EventType,
            Value(r.Mode),
            Codes(r.Actor),
            Codes(r.Recipient),
            r.Date.From == r.Date.To ? Day(r.Date.From) : Day(r.Date.From) + ".." + Day(r.Date.To),
            r.Location is null ? "-" : r.Location.Code ?? "?",
            c?.Amount is { } money ? (money.Currency ?? "?") + " " + money.Value.ToString("0.##########", CultureInfo.InvariantCulture) : "-",
            c is null || c.Instruments.Count == 0 ? "-" : string.Join(',', c.Instruments),
            Value(c?.Stage),
            Value(c?.PartOf),
            string.Create(CultureInfo.InvariantCulture, $"s{r.Evidence.Sentence}:{r.Evidence.Start}-{r.Evidence.End}"));
        return new SnapshotLine(corpus, r.Doc, Value(r.Id), fields);
    }

    /// <summary>By corpus, document (ordinal) and record id (document order).</summary>
    public static List<SnapshotLine> Sorted(IEnumerable<SnapshotLine> lines)
    {
        var list = lines.ToList();
        list.Sort((a, b) =>
        {
            int c = string.CompareOrdinal(a.Corpus, b.Corpus);
            if (c == 0) c = string.CompareOrdinal(a.Doc, b.Doc);
            if (c == 0) c = SnapshotLine.CompareIds(a.Id, b.Id);
            return c != 0 ? c : string.CompareOrdinal(a.Fields, b.Fields);
        });
        return list;
    }

    public static void Write(IEnumerable<SnapshotLine> lines, TextWriter writer)
    {
        writer.Write("# Records snapshot: what the coder makes of the corpus folders, one record per line (codes, dates, amounts and\n");
        writer.Write("# offsets only, no text of the corpus). evidence = s<sentence index>:<start>-<end> (UTF-16, end exclusive).\n");
        writer.Write("# Regenerate: pledgewatch eval ../shared/corpus/seed ../shared/corpus/dev ../shared/corpus/train --snapshot FILE --update-snapshot\n");
        writer.Write("# " + string.Join('\t', Columns) + "\n");
        foreach (var line in Sorted(lines))
        {
            writer.Write(line.Text);
            writer.Write('\n');
        }
    }

    /// <summary>The lines of a snapshot file; a line with too few columns is reported as "file:line: reason" and skipped.</summary>
    public static List<SnapshotLine> Read(TextReader reader, string fileName, List<string> problems)
    {
        var lines = new List<SnapshotLine>();
        int number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (text.Length == 0 || text[0] == '#') continue;
            var f = text.Split('\t', 4);
            if (f.Length < 4 || f[3].Split('\t').Length != Columns.Length - 3)
            {
                problems.Add($"{fileName}:{number}: expected {Columns.Length} tab-separated columns");
                continue;
            }
            lines.Add(new SnapshotLine(f[0], f[1], f[2], f[3]));
        }
        return lines;
    }

    private static string Value(string? s) => string.IsNullOrEmpty(s) ? "-" : s;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Codes(IReadOnlyList<EntityRef> entities) =>
        entities.Count == 0 ? "-" : string.Join(',', entities.Select(e => string.IsNullOrEmpty(e.Code) ? "?" : e.Code));
}
