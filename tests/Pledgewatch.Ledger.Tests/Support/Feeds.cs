using System.Net;

namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>RSS feeds and article pages in our own words, for the local server.</summary>
internal static class Feeds
{
    public static string Rss(string root, params string[] pages) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>Ministry news</title>
        {string.Concat(pages.Select(p => $"<item><title>{p}</title><link>{root}/{p}.html</link></item>\n"))}
        </channel></rss>
        """;

    /// <summary>A page whose text differs with <paramref name="n"/>, so no two are the same document.</summary>
    public static string Article(string donor, int n) =>
        $"<html><head><title>{WebUtility.HtmlEncode(donor)} {n}</title></head><body><article><p>OTTAWA — {WebUtility.HtmlEncode(donor)} said on Monday it would give Ukraine {100 + n} million dollars in grants for the repair of power stations.</p></article></body></html>";
}
