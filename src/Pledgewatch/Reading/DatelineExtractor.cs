using System.Collections.Frozen;

namespace Pledgewatch.Reading;

/// <summary>
/// Finds the place of a dateline ("OTTAWA — …" → "OTTAWA", "KYIV, Ukraine — …" → "KYIV, Ukraine",
/// "Ottawa, Jan 5 (Reuters) - …" → "Ottawa") at the start of the first body paragraph. It does not resolve the
/// place to a country: the pipeline does that with the gazetteer.
/// </summary>
internal static class DatelineExtractor
{
    /// <summary>How many non-empty lines at the top are tried (a headline or letterhead may come first).</summary>
    private const int MaxLines = 6;

    /// <summary>A line this long that ends in a stop is the first body paragraph: no dateline is looked for after it.</summary>
    private const int BodyLineLength = 100;

    // Rubrics written in capitals before a colon or dash like a dateline ("ANALYSIS: How …", "EXCLUSIVE — …").
    private static readonly FrozenSet<string> s_rubrics = new[]
    {
        "ANALYSIS", "OPINION", "EDITORIAL", "COMMENT", "COMMENTARY", "EXCLUSIVE", "BREAKING", "BREAKING NEWS", "UPDATE",
        "UPDATED", "EXPLAINER", "FACTBOX", "FACT CHECK", "FEATURE", "INTERVIEW", "LIVE", "WATCH", "VIDEO", "PHOTOS",
        "REVIEW", "PRESS RELEASE", "NEWS RELEASE", "MEDIA RELEASE", "STATEMENT", "NOTE", "EDITOR'S NOTE",
        "EDITOR’S NOTE", "CORRECTION", "READ MORE", "RELATED", "ADVERTISEMENT", "SUMMARY", "BACKGROUND", "TIMELINE",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string? Find(string text)
    {
        int seen = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsWhiteSpace()) continue;
            if (++seen > MaxLines) break;
            var place = Match(line.Length > 200 ? line[..200].ToString() : line.ToString()) ?? Byline(line);
            if (place is not null) return SpeakerLabel(text, place) ? null : place;
            // (A long headline has no closing stop: "Argentine unions stage first general strike against Milei; minister
            // files complaint against union leader" is no body paragraph.)
            if (line.Length >= BodyLineLength && line.TrimEnd() is [.., '.' or '!' or '?' or '"' or '”' or '\'']) break;
        }
        return null;
    }

    /// <summary>
    /// "HOST (Niamh Burke): Good evening …": in a transcript the word before the colon is a speaker, and the same label
    /// opens other lines ("HOST: And those talks …"); a dateline opens one line only.
    /// </summary>
    private static bool SpeakerLabel(string text, string place)
    {
        int lines = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var t = line.TrimStart();
            if (!t.StartsWith(place, StringComparison.Ordinal)) continue;
            // "HOST:" or "HOST (Niamh Burke):".
            var rest = t[place.Length..].TrimStart(' ');
            if (rest.StartsWith(":") || rest.StartsWith("(") && rest.IndexOf("):", StringComparison.Ordinal) > 0)
                if (++lines > 1) return true;
        }
        return false;
    }

    /// <summary>"By our correspondent in Brussels", "By Amina Yusuf in Nairobi": a byline that places its writer.</summary>
    private static string? Byline(ReadOnlySpan<char> line)
    {
        if (line.Length > 80 || !line.TrimStart().StartsWith("By ", StringComparison.Ordinal)) return null;
        var match = ReadingPatterns.Byline().Match(line.Trim().ToString());
        return match.Success ? match.Groups["place"].Value : null;
    }

    private static string? Match(string line)
    {
        // Every form ends in a dash or a colon: a line without one (most headlines) skips the pattern's backtracking.
        if (line.AsSpan().IndexOfAny("—–-:") < 0) return null;
        var match = ReadingPatterns.Dateline().Match(line.TrimStart());
        if (!match.Success) return null;
        var place = match.Groups["place"].Value.Trim();
        // ("CARACAS/WASHINGTON, Oct 19": a report filed from two places is placed at the first.)
        if (place.IndexOf('/') is > 0 and var slash) place = place[..slash];
        int letters = 0;
        foreach (char c in place)
        {
            if (char.IsLetter(c)) letters++;
        }
        return letters >= 2 && !s_rubrics.Contains(place) && !NamesSpeaker(place) ? place : null;
    }

    // Words of a speaker's label in a transcript ("FIRST VICE MINISTER PARK MIN-SOO:", "THE SPOKESPERSON:"), not of a place.
    private static readonly string[] s_speakerWords =
    [
        "MINISTER", "PRESIDENT", "SECRETARY", "SPOKESPERSON", "SPOKESMAN", "SPOKESWOMAN", "AMBASSADOR", "QUESTION", "ANSWER",
        "MODERATOR", "CHAIR", "CHAIRMAN", "CHAIRWOMAN", "SENATOR", "COMMISSIONER", "DIRECTOR", "REPORTER",
    ];

    /// <summary>The capitalised words before the colon hold a title or a transcript's role: a speaker, not a place.</summary>
    private static bool NamesSpeaker(string place)
    {
        foreach (var word in place.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            if (Array.IndexOf(s_speakerWords, word.TrimEnd(',')) >= 0) return true;
        return false;
    }
}
