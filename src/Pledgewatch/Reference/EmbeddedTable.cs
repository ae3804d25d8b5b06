namespace Pledgewatch.Reference;

/// <summary>Reads a table embedded from Reference/Data (TableFile format: tab-separated, '#' comments).</summary>
internal static class EmbeddedTable
{
    private const string ResourcePrefix = "Pledgewatch.Reference.Data.";

    public static TextReader Open(string name) => new StreamReader(OpenStream(name));

    /// <summary>The whole embedded table as text, comments included.</summary>
    public static string ReadAllText(string name)
    {
        using var reader = Open(name);
        return reader.ReadToEnd();
    }

    /// <summary>The embedded table's bytes (UTF-8).</summary>
    public static Stream OpenStream(string name) =>
        typeof(EmbeddedTable).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"The table {name} is not embedded in {typeof(EmbeddedTable).Assembly.GetName().Name}.");

    /// <summary>The rows of an embedded table, fields trimmed; comment and blank lines skipped.</summary>
    public static List<string[]> Rows(string name)
    {
        using var reader = Open(name);
        var rows = new List<string[]>();
        foreach (var row in TableFile.Read(reader))
        {
            for (int i = 0; i < row.Length; i++) row[i] = row[i].Trim();
            rows.Add(row);
        }
        return rows;
    }
}
