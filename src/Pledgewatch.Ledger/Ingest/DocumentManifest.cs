using System.Globalization;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// <c>ingest --manifest FILE.csv</c>: one row per document with the columns <c>path</c> (required; a file relative to
/// the manifest's folder, an absolute path, or a URL), <c>published</c>, <c>country</c>, <c>url</c> and <c>title</c>
/// (each optional, in any order; an empty cell says nothing). Every value is checked
/// (<see cref="MetadataChecks"/>); a bad row is named by file and line. One row per line (no line breaks in cells).
/// </summary>
public static class DocumentManifest
{
    /// <returns>The rows by full path or URL, and the problems found (none when every row is good).</returns>
    /// <exception cref="IOException">The manifest cannot be read.</exception>
    public static (IReadOnlyDictionary<string, DocumentMetadata> Rows, IReadOnlyList<string> Problems) Read(string path, DateOnly today)
    {
        var rows = new Dictionary<string, DocumentMetadata>(StringComparer.Ordinal);
        var problems = new List<string>();
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var lines = File.ReadAllLines(path);
        var header = lines.Length == 0 ? [] : Split(lines[0].TrimStart('\uFEFF')).Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (!header.Contains("path")) return (rows, [$"{path}: line 1: the header must name a 'path' column (and any of published, country, url, title)"]);
        var unknown = header.Where(h => h is not ("path" or "published" or "country" or "url" or "title")).ToList();
        if (unknown.Count > 0) problems.Add($"{path}: line 1: unknown columns {string.Join(", ", unknown)} (path, published, country, url, title)");
        for (int n = 1; n < lines.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n])) continue;
            var cells = Split(lines[n]);
            string? Cell(string name) => Array.IndexOf(header, name) is var i and >= 0 && i < cells.Count && cells[i].Trim() is { Length: > 0 } v ? v : null;
            var where = $"{path}: line {(n + 1).ToString(CultureInfo.InvariantCulture)}";
            var document = Cell("path");
            if (document is null) { problems.Add($"{where}: no path"); continue; }
            DateOnly? published = null;
            string? country = null;
            if (Cell("published") is { } p)
            {
                (published, var problem) = MetadataChecks.Published(p, today);
                if (problem is not null) { problems.Add($"{where}: published {problem}"); continue; }
            }
            if (Cell("country") is { } c)
            {
                (country, var problem) = MetadataChecks.Country(c);
                if (problem is not null) { problems.Add($"{where}: country {problem}"); continue; }
            }
            var key = new WorkItem(document).IsUrl ? document : Path.GetFullPath(Path.Combine(folder, document));
            if (!rows.TryAdd(key, new DocumentMetadata(MetadataBasis.Manifest, published, country, Cell("url"), Cell("title"))))
                problems.Add($"{where}: {document} is in the manifest twice");
        }
        return (rows, problems);
    }

    /// <summary>The cells of one CSV line: commas separate, double quotes enclose a cell, "" inside quotes is one quote.</summary>
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else cell.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(ch);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
