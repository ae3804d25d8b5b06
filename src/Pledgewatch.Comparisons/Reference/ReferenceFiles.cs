using System.Reflection;

namespace Pledgewatch.Comparisons.Reference;

/// <summary>
/// Where the comparison data is read from: the directory <c>reference update</c> writes to when it holds the file,
/// else the copy bundled in this assembly. The directory is <c>$PLEDGEWATCH_REFERENCE_DIR</c>, or
/// <c>pledgewatch/reference</c> under the user's local application data folder.
/// </summary>
internal static class ReferenceFiles
{
    public const string DirectoryVariable = "PLEDGEWATCH_REFERENCE_DIR";

    public static string UpdateDirectory()
    {
        var set = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(set)) return set;
        return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "pledgewatch", "reference");
    }

    /// <summary>Opens <paramref name="name"/> from <paramref name="directory"/> when present there, else the bundled copy; says which.</summary>
    public static (Stream Stream, string Origin) Open(string name, string? directory)
    {
        if (directory is not null)
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path)) return (File.OpenRead(path), path);
        }
        return (Bundled(name), "bundled");
    }

    public static Stream Bundled(string name) =>
        typeof(ReferenceFiles).Assembly.GetManifestResourceStream("Pledgewatch.Comparisons.Data." + name)
        ?? throw new InvalidOperationException($"the assembly has no bundled {name}: rebuild it");

    /// <summary>A table shipped with the coder (countries.tsv, bodies.tsv): names the comparisons reuse rather than copy.</summary>
    public static TextReader CoderTable(string name)
    {
        var assembly = typeof(Pledgewatch.Reference.ReferenceData).Assembly;
        var stream = assembly.GetManifestResourceStream("Pledgewatch.Reference.Data." + name)
            ?? throw new InvalidOperationException($"the coder assembly has no {name}");
        return new StreamReader(stream);
    }

    /// <summary>Rows of a tab-separated bundled table, comments and blank lines skipped.</summary>
    public static IEnumerable<string[]> Rows(TextReader reader)
    {
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line) || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    public static IEnumerable<string[]> BundledRows(string name)
    {
        using var reader = new StreamReader(Bundled(name));
        foreach (var row in Rows(reader)) yield return row;
    }

    internal static Assembly Assembly => typeof(ReferenceFiles).Assembly;
}
