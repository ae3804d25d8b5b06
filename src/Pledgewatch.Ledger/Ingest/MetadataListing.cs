using System.Collections.Concurrent;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// The metadata files (<see cref="MetadataFiles"/>) of each folder an ingest run reads from, listed once per folder
/// instead of two look-ups per document: in a folder of reports without metadata files the look-ups were 3 % of a
/// coder's thread (BENCHMARKS.md, "The writer, sixth pass"). A listing is a snapshot: a metadata file written into the
/// folder after it was listed is not seen by this run, as a report written after the folder was listed is not
/// ingested by it. So one listing serves one run (<see cref="IngestRunner"/>), never a long-running watch. A name in
/// the listing is still confirmed with <see cref="File.Exists(string)"/>: the listing compares names ignoring case,
/// so it never misses a file a case-insensitive file system would find, and the file system decides as before.
/// Thread-safe: the coders share one.
/// </summary>
internal sealed class MetadataListing
{
    /// <summary>Per folder, the full paths of its metadata files; null when the folder could not be listed (then every name is looked up).</summary>
    private readonly ConcurrentDictionary<string, Lazy<HashSet<string>?>> _folders = new(StringComparer.Ordinal);

    /// <summary>True when <paramref name="file"/> (a metadata file's full path) exists, as far as this run can tell.</summary>
    public bool Exists(string file)
    {
        var folder = Path.GetDirectoryName(file) ?? ".";
        var names = _folders.GetOrAdd(folder, f => new Lazy<HashSet<string>?>(() => List(f))).Value;
        return (names is null || names.Contains(file)) && File.Exists(file);
    }

    private static HashSet<string>? List(string folder)
    {
        try
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var options = new EnumerationOptions { MatchCasing = MatchCasing.CaseInsensitive, RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 };
            foreach (var path in Directory.EnumerateFiles(folder, "*.json", options))
                if (MetadataFiles.IsMetadataFile(path)) names.Add(Path.Combine(folder, Path.GetFileName(path)));
            return names;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
