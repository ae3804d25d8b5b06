namespace Pledgewatch.Reading;

/// <summary>Tells HTML from plain text by the file name's extension, else by the first bytes.</summary>
internal static class HtmlSniffer
{
    /// <summary>How far into the content a <c>&lt;body</c> or <c>&lt;p&gt;</c> tag counts as "early".</summary>
    private const int EarlyBytes = 1024;

    public static bool IsHtml(ReadOnlySpan<byte> content, string? fileName)
    {
        if (fileName is not null
            && (fileName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)))
            return true;

        var start = content.TrimStart(" \t\r\n\f"u8);
        if (StartsWithIgnoreCase(start, "<!doctype html"u8) || StartsWithIgnoreCase(start, "<html"u8)) return true;

        var early = start[..Math.Min(start.Length, EarlyBytes)];
        return ContainsIgnoreCase(early, "<body"u8) || ContainsIgnoreCase(early, "<p>"u8);
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> content, ReadOnlySpan<byte> asciiLower) =>
        content.Length >= asciiLower.Length && System.Text.Ascii.EqualsIgnoreCase(content[..asciiLower.Length], asciiLower);

    private static bool ContainsIgnoreCase(ReadOnlySpan<byte> content, ReadOnlySpan<byte> asciiLower)
    {
        for (int i = content.IndexOf((byte)'<'); i >= 0 && i + asciiLower.Length <= content.Length; )
        {
            if (System.Text.Ascii.EqualsIgnoreCase(content.Slice(i, asciiLower.Length), asciiLower)) return true;
            int next = content[(i + 1)..].IndexOf((byte)'<');
            if (next < 0) break;
            i += next + 1;
        }
        return false;
    }
}
