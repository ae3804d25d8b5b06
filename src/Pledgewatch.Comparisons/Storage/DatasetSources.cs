namespace Pledgewatch.Comparisons.Storage;

/// <summary>
/// Which source an entry comes from, by its source document id: dataset imports give their documents a fixed prefix
/// (<see cref="Kiel.KielImporter.DocPrefix"/>); everything else was coded from reports.
/// </summary>
internal static class DatasetSources
{
    public const string Kiel = "kiel", News = "news";

    public static IReadOnlyList<string> All { get; } = [Kiel, News];

    public static string Of(string? doc) =>
        doc is not null && doc.StartsWith(Pledgewatch.Comparisons.Kiel.KielImporter.DocPrefix, StringComparison.Ordinal) ? Kiel : News;
}
