using System.Text.Json;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// The files beside a report that say when and where it was published: <c>NAME.meta.json</c>
/// (<c>{"published": "2023-02-25", "country": "CAN", "url": …, "title": …}</c>, every key optional) and, in an
/// annotated corpus, <c>NAME.gold.json</c> (its <c>published</c> and <c>outlet_country</c>). A file that exists but is
/// not readable, or holds a bad value, is an error of the document (one line naming the file), never ignored.
/// </summary>
internal static class MetadataFiles
{
    private static readonly string[] Suffixes = [".meta.json", ".gold.json"];

    /// <summary>What the files beside <paramref name="path"/> say, meta first; an empty list when there are none.</summary>
    /// <param name="listing">The run's listing of metadata files (<see cref="MetadataListing"/>); null to look each file up.</param>
    public static (IReadOnlyList<DocumentMetadata> Found, string? Error) Beside(string path, DateOnly today, MetadataListing? listing = null)
    {
        var found = new List<DocumentMetadata>();
        var stem = Path.Combine(Path.GetDirectoryName(path) ?? ".", IngestRunner.DocumentId(path));
        foreach (var (suffix, basis, countryKey) in (ReadOnlySpan<(string, string, string)>)[(".meta.json", MetadataBasis.Meta, "country"), (".gold.json", MetadataBasis.Gold, "outlet_country")])
        {
            var file = stem + suffix;
            if (!(listing?.Exists(file) ?? File.Exists(file))) continue;
            var (metadata, error) = Read(file, basis, countryKey, today);
            if (error is not null) return ([], error);
            found.Add(metadata!);
        }
        return (found, null);
    }

    /// <summary>True for a name this class reads (<c>.meta.json</c>, <c>.gold.json</c>), in any case.</summary>
    public static bool IsMetadataFile(string path) => Suffixes.Any(s => path.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    private static (DocumentMetadata? Metadata, string? Error) Read(string file, string basis, string countryKey, DateOnly today)
    {
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            if (json.RootElement.ValueKind != JsonValueKind.Object) return (null, $"{file}: not a JSON object");
            string? Text(string name) => json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
            DateOnly? published = null;
            string? country = null;
            if (Text("published") is { } p)
            {
                (published, var problem) = MetadataChecks.Published(p, today);
                if (problem is not null) return (null, $"{file}: published {problem}");
            }
            if (Text(countryKey) is { } c)
            {
                (country, var problem) = MetadataChecks.Country(c);
                if (problem is not null) return (null, $"{file}: {countryKey} {problem}");
            }
            return basis == MetadataBasis.Gold
                ? (new DocumentMetadata(basis, published, country), null)
                : (new DocumentMetadata(basis, published, country, Text("url"), Text("title")), null);
        }
        catch (JsonException e)
        {
            return (null, $"{file}: not readable JSON (line {e.LineNumber + 1}: {e.Message.Split('.')[0]})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"{file}: cannot be read ({e.Message})");
        }
    }
}
