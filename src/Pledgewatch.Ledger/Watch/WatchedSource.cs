using Pledgewatch.Ledger.Ingest;

namespace Pledgewatch.Ledger.Watch;

/// <summary>A source given to <c>pledgewatch watch</c>: a URL as given, or the full path of a folder or file.</summary>
internal sealed record WatchedSource(string Source, SourceKind Kind)
{
    /// <summary>The source named by <paramref name="input"/>, or null when it is neither a URL nor an existing folder or file.</summary>
    public static WatchedSource? From(string input)
    {
        if (new WorkItem(input).IsUrl) return Uri.TryCreate(input, UriKind.Absolute, out _) ? new(input, SourceKind.Url) : null;
        if (Directory.Exists(input)) return new(Path.GetFullPath(input), SourceKind.Folder);
        if (File.Exists(input)) return new(Path.GetFullPath(input), SourceKind.File);
        return null;
    }
}
