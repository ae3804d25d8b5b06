namespace Pledgewatch.Amounts;

/// <summary>
/// Reads the amounts stage's tab-separated data files from the assembly (Reference/Data/amounts-*.tsv).
/// Lines starting with '#' and blank lines are skipped; fields are trimmed. A missing resource is a build error,
/// so it throws rather than degrading to an empty lexicon.
/// </summary>
internal static class AmountsData
{
    public static IEnumerable<string[]> ReadRows(string fileName)
    {
        var name = "Pledgewatch.Reference.Data." + fileName;
        using var stream = typeof(AmountsData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            var fields = line.Split('\t');
            for (int i = 0; i < fields.Length; i++) fields[i] = fields[i].Trim();
            yield return fields;
        }
    }

    /// <summary>The field at <paramref name="index"/>, or null when the row is shorter or the field empty.</summary>
    public static string? Field(string[] row, int index) =>
        index < row.Length && row[index].Length > 0 ? row[index] : null;
}
