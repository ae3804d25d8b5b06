namespace Pledgewatch.Reference.Importers;

/// <summary>
/// What an import wrote and what it skipped: each problem names the file and line it came from; the summary says, per
/// source, how many rows were read, written and dropped (and why), for standard output.
/// </summary>
internal sealed record ImportReport(IReadOnlyList<string> Written, IReadOnlyList<string> Problems, IReadOnlyList<string> Summary);
