using System.Text.Json;

namespace Pledgewatch.Evaluation;

/// <summary>
/// A gold annotation (EVENTS.md, "The gold files"): partial records that predictions must match. Kept as JSON
/// elements because a gold record states only what must match and the matcher reads it field by field.
/// </summary>
public sealed record GoldFile(
    string Doc,
    string Path,
    DateOnly? Published,
    string? OutletCountry,
    IReadOnlyList<JsonElement> Required,
    IReadOnlyList<JsonElement> Optional,
    IReadOnlyList<JsonElement> Forbidden)
{
    /// <summary>Every <c>*.gold.json</c> under <paramref name="directory"/>, recursively, ordered by doc id.</summary>
    /// <exception cref="InvalidDataException">A gold file is not valid JSON; the message names the file.</exception>
    public static IReadOnlyList<GoldFile> LoadAll(string directory)
    {
        var golds = new List<GoldFile>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.gold.json", SearchOption.AllDirectories))
            golds.Add(Load(path));
        golds.Sort((a, b) => string.CompareOrdinal(a.Doc, b.Doc));
        return golds;
    }

    public static GoldFile Load(string path)
    {
        JsonElement root;
        try
        {
            using var stream = File.OpenRead(path);
            root = JsonDocument.Parse(stream).RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a valid gold file ({e.Message})", e);
        }
        var name = System.IO.Path.GetFileName(path);
        var doc = root.TryGetProperty("doc", out var d) && d.ValueKind == JsonValueKind.String
            ? d.GetString()! : name[..^".gold.json".Length];
        DateOnly? published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
            && DateOnly.TryParse(p.GetString(), System.Globalization.CultureInfo.InvariantCulture, out var day) ? day : null;
        var outlet = root.TryGetProperty("outlet_country", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        return new GoldFile(doc, path, published, outlet, List(root, "required"), List(root, "optional"), List(root, "forbidden"));
    }

    private static IReadOnlyList<JsonElement> List(JsonElement root, string name) =>
        root.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? [.. list.EnumerateArray()] : [];

    /// <summary>The file names a gold file's document may have beside it, in the order they are looked for.</summary>
    public static readonly string[] DocumentExtensions = [".txt", ".html", ".htm"];

    /// <summary>The document beside the gold file (<c>NAME.txt</c>, else <c>NAME.html</c> or <c>NAME.htm</c>), or null when there is none.</summary>
    public string? DocumentPath
    {
        get
        {
            var folder = System.IO.Path.GetDirectoryName(Path)!;
            foreach (var extension in DocumentExtensions)
            {
                var candidate = System.IO.Path.Combine(folder, Doc + extension);
                if (File.Exists(candidate)) return candidate;
            }
            return null;
        }
    }
}
