namespace Pledgewatch.Reference.Importers;

/// <summary>What an import wrote and what it skipped: each problem names the file and line it came from.</summary>
internal sealed record ImportReport(IReadOnlyList<string> Written, IReadOnlyList<string> Problems);
