namespace Pledgewatch.Reading;

/// <summary>
/// Finds the publication date a document's text states about itself. In order of trust: a line saying it was
/// published ("Published on August 10, 2023.", "This report was first published on …"), a line of the first
/// <see cref="HeaderLines"/> that is only a date (a press release's letterhead), a line saying it was updated.
/// </summary>
internal static class StatedDateExtractor
{
    /// <summary>How many non-empty lines at the top may hold a bare date line.</summary>
    public const int HeaderLines = 5;

    public static DateOnly? Find(string text)
    {
        DateOnly? updated = null;
        for (var match = ReadingPatterns.PublishedLine().Match(text); match.Success; match = match.NextMatch())
        {
            if (!StatedDateResolver.TryResolve(match, out var date)) continue;
            if (!match.Groups["updated"].Success) return date;
            updated ??= date;
        }
        return FindHeaderDate(text) ?? updated;
    }

    private static DateOnly? FindHeaderDate(string text)
    {
        int seen = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace()) continue;
            if (++seen > HeaderLines) break;
            // Short lines only: a date line is at most "Wednesday, 16 September 2023" plus some spaces.
            if (line.Length > 48) continue;
            var match = ReadingPatterns.DateOnlyLine().Match(line.ToString());
            if (match.Success && StatedDateResolver.TryResolve(match, out var date)) return date;
        }
        return null;
    }
}
