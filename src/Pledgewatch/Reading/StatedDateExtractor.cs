using System.Buffers;

namespace Pledgewatch.Reading;

/// <summary>
/// Finds the publication date a document's text states about itself. In order of trust: a line saying it was
/// published ("Published on March 3, 2024.", "This story first appeared on …"), a line of the first
/// <see cref="HeaderLines"/> that is only a date (a press release's letterhead) or a dateline with a full date
/// ("Ottawa, Ontario — March 4, 2025 —"), a line saying it was updated.
/// </summary>
internal static class StatedDateExtractor
{
    /// <summary>How many non-empty lines at the top may hold a bare date line.</summary>
    public const int HeaderLines = 5;

    /// <summary>A publication line states its verb within this many characters of the line start.</summary>
    private const int VerbWithin = 64;

    /// <summary>Longer lines are body text, not a statement about the document.</summary>
    private const int MaxLineLength = 240;

    // A cheap filter so that the pattern runs on a handful of lines, not on every line of a large file.
    private static readonly SearchValues<string> s_verbs =
        SearchValues.Create(["publish", "posted", "released", "updated", "modified"], StringComparison.OrdinalIgnoreCase);

    public static DateOnly? Find(string text)
    {
        DateOnly? updated = null;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.Length > MaxLineLength || line[..Math.Min(line.Length, VerbWithin)].IndexOfAny(s_verbs) < 0) continue;
            var match = ReadingPatterns.PublishedLine().Match(line.ToString());
            if (!match.Success || !StatedDateResolver.TryResolve(match, out var date)) continue;
            if (!match.Groups["updated"].Success) return date;
            updated ??= date;
        }
        return FindHeaderDate(text) ?? updated;
    }

    /// <summary>"CANBERRA, 24 February 2024", "Brussels, Belgium, 3 March 2023": words with no digits, a comma, then a date
    /// with its year up to the end of the line.</summary>
    private static DateOnly? PlaceThenDate(ReadOnlySpan<char> line)
    {
        if (line.Length < 8 || !char.IsUpper(line[0])) return null;
        var text = line.ToString();
        foreach (System.Text.RegularExpressions.Match date in ReadingPatterns.AnyDate().Matches(text))
        {
            if (!date.Groups["year"].Success || date.Index + date.Length != text.Length) continue;
            var place = text.AsSpan(0, date.Index).TrimEnd();
            if (place.Length < 3 || place[^1] != ',' || place.IndexOfAnyInRange('0', '9') >= 0) return null;
            return StatedDateResolver.TryResolve(date, out var stated) ? stated : null;
        }
        return null;
    }

    private static DateOnly? FindHeaderDate(string text)
    {
        int seen = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace()) continue;
            if (++seen > HeaderLines) break;
            // "Ottawa, Ontario — March 4, 2025 — The Minister …": a dateline that carries the full date.
            var dateline = ReadingPatterns.Dateline().Match(line.Length > 120 ? line[..120].ToString() : line.ToString());
            if (dateline.Success && ReadingPatterns.AnyDate().Match(dateline.Value) is { Success: true } inDateline
                && inDateline.Groups["year"].Success && StatedDateResolver.TryResolve(inDateline, out var stated)) return stated;
            // "CANBERRA, 24 February 2024" on a line of its own: a place, a comma and a full date that ends the line.
            if (line.Length <= 72 && PlaceThenDate(line.TrimEnd()) is { } placed) return placed;
            // Short lines only: a date line is at most "Wednesday, 16 September 2023" plus some spaces.
            if (line.Length > 48) continue;
            var match = ReadingPatterns.DateOnlyLine().Match(line.ToString());
            if (match.Success && StatedDateResolver.TryResolve(match, out var date)) return date;
        }
        return null;
    }
}
