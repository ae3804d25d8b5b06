using System.Globalization;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Reads officeholder tables in the official format (<c>code,role,name,aliases,start,end,source</c>; aliases
/// '|'-separated; dates YYYY-MM-DD; empty end = in office) and writes officeholders.csv in the same format.
/// Normalises as it goes: trims fields, drops duplicate aliases, and adds the surname alone as an alias where the
/// row has no one-word alias (the coder resolves "Carney" through it). Bad rows are reported, not thrown.
/// </summary>
internal static class OfficeholderImporter
{
    public const string FileName = "officeholders.csv";
    public const string ExtraFileName = "officeholders-extra.csv";
    public const string Header = "code,role,name,aliases,start,end,source";

    // Name particles: a name holding one is not "given names + surname", so its last word is no surname alone.
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
        { "bin", "ibn", "al", "de", "da", "do", "dos", "van", "von", "der", "vel", "la", "le", "di" };

    // Family name first: the last word is a given name.
    private static readonly HashSet<string> FamilyNameFirst = new(StringComparer.Ordinal) { "CHN", "KOR", "PRK", "SGP", "VNM", "TWN" };

    /// <summary>Reads one CSV table; <paramref name="problems"/> receives "file:line: reason" for each row skipped.</summary>
    public static List<Officeholder> Read(TextReader reader, string fileName, List<string> problems)
    {
        var rows = new List<Officeholder>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("code,", StringComparison.Ordinal)) continue;
            var f = TableFile.SplitCsv(line);
            if (f.Length < 6) { problems.Add($"{fileName}:{lineNumber}: expected 7 fields, found {f.Length}"); continue; }
            var code = f[0].Trim();
            var role = f[1].Trim();
            var name = f[2].Trim();
            if (code.Length == 0 || role.Length == 0 || name.Length == 0) { problems.Add($"{fileName}:{lineNumber}: empty code, role or name"); continue; }
            if (!TryDate(f[4], out var start)) { problems.Add($"{fileName}:{lineNumber}: bad start date '{f[4]}'"); continue; }
            DateOnly? end = null;
            if (f[5].Trim().Length > 0)
            {
                if (!TryDate(f[5], out var e)) { problems.Add($"{fileName}:{lineNumber}: bad end date '{f[5]}'"); continue; }
                if (e < start) { problems.Add($"{fileName}:{lineNumber}: end {f[5]} before start {f[4]}"); continue; }
                end = e;
            }
            var aliases = Normalise(code, name, f[3].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            rows.Add(new Officeholder(code, role, name, aliases, start, end, f.Length > 6 ? string.Join(',', f[6..]).Trim() : ""));
        }
        return rows;
    }

    /// <summary>Reads every *.csv of <paramref name="directory"/> in name order.</summary>
    public static List<Officeholder> ReadDirectory(string directory, List<string> problems)
    {
        var rows = new List<Officeholder>();
        foreach (var path in Directory.GetFiles(directory, "*.csv").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(path);
            rows.AddRange(Read(reader, Path.GetFileName(path), problems));
        }
        return rows;
    }

    public static void Write(IEnumerable<Officeholder> rows, TextWriter writer)
    {
        writer.Write(Header);
        writer.Write('\n');
        foreach (var r in rows.OrderBy(r => r.Code, StringComparer.Ordinal).ThenBy(r => r.Role, StringComparer.Ordinal).ThenBy(r => r.Start))
        {
            writer.Write(string.Join(',', Csv(r.Code), Csv(r.Role), Csv(r.Name), Csv(string.Join('|', r.Aliases)),
                r.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Csv(r.Source)));
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Merges the project's additions into the imported rows: an extra row with the same code, role, name and start
    /// replaces the imported one (a correction); any other extra row is added.
    /// </summary>
    public static List<Officeholder> Merge(IEnumerable<Officeholder> imported, IEnumerable<Officeholder> extra)
    {
        var merged = imported.ToList();
        foreach (var row in extra)
        {
            int i = merged.FindIndex(r => r.Code == row.Code && r.Role == row.Role && r.Name == row.Name && r.Start == row.Start);
            if (i >= 0) merged[i] = row; else merged.Add(row);
        }
        return merged;
    }

    /// <summary>The aliases deduplicated, never the name itself, with the surname alone added where it is missing.</summary>
    internal static List<string> Normalise(string code, string name, IEnumerable<string> aliases)
    {
        var result = new List<string>();
        foreach (var a in aliases)
            if (a.Length > 0 && a != name && !result.Contains(a)) result.Add(a);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool hasOneWord = result.Any(a => !a.Contains(' '));
        if (!hasOneWord && words.Length >= 2 && !FamilyNameFirst.Contains(code)
            && !words.Any(w => Particles.Contains(w)) && !IsRegnal(words[^1]) && !words[^1].EndsWith('.'))
            result.Insert(0, words[^1]);
        return result;
    }

    private static bool IsRegnal(string word) => word.All(c => c is 'I' or 'V' or 'X');

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string Csv(string value) =>
        value.Contains(',') || value.Contains('"') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
