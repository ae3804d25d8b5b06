namespace Pledgewatch.Reference;

/// <summary>
/// The format of the bundled tables: UTF-8, one row per line, fields separated by tabs (or commas for the CSV
/// tables), lists inside a field separated by '|'; lines starting with '#' and blank lines are comments.
/// </summary>
internal static class TableFile
{
    public const char ListSeparator = '|';

    /// <summary>The rows of <paramref name="reader"/>, split on <paramref name="separator"/>; comments skipped.</summary>
    public static IEnumerable<string[]> Read(TextReader reader, char separator = '\t')
    {
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return separator == ',' ? SplitCsv(line) : line.Split(separator);
        }
    }

    /// <summary>Splits a CSV line, honouring double quotes (RFC 4180) although the official files use none.</summary>
    public static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>The '|'-separated list in a field; empty for an empty or missing field.</summary>
    public static string[] List(string[] row, int index) =>
        index < row.Length && row[index].Length > 0
            ? row[index].Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    public static string Field(string[] row, int index) => index < row.Length ? row[index].Trim() : "";

    /// <summary>A value made safe for a tab-separated field: no tabs, line breaks or list separators inside.</summary>
    public static string Clean(string value) =>
        value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Replace(ListSeparator, '/').Trim();

    public static string JoinList(IEnumerable<string> values) => string.Join(ListSeparator, values.Select(Clean));

    /// <summary>True when every letter of <paramref name="value"/> is Latin (so "Kyiv" and "Kraków", not "Київ").</summary>
    public static bool IsLatin(string value)
    {
        foreach (char c in value)
        {
            if (!char.IsLetter(c)) continue;
            if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF') continue;
            return false;
        }
        return true;
    }
}
