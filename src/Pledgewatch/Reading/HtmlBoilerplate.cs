using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Pledgewatch.Reading;

/// <summary>Which parts of a page are not the article: site furniture, scripts, and share, cookie or subscribe blocks.</summary>
internal static class HtmlBoilerplate
{
    /// <summary>Elements never part of the main text, wherever they are.</summary>
    public const string Selector =
        "script, style, noscript, template, iframe, svg, canvas, object, button, select, input, textarea, form, nav, aside, "
        + "footer, figure, figcaption, dialog, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
        + "[role=dialog], [aria-hidden=true], [hidden]";

    // Whole words of a class or id ("share-bar" → "share", "bar") that mark a block as furniture.
    private static readonly FrozenSet<string> s_words = new[]
    {
        "share", "sharing", "social", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "related",
        "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent", "gdpr", "promo", "advert",
        "advertisement", "sponsored", "sidebar", "comments", "signup", "paywall", "popup", "modal", "toolbar", "masthead",
        "footer", "outbrain", "taboola", "recirculation", "trending", "tags",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Whole class or id tokens for advertising slots; "ad" as a word would also catch "ad-free-article".
    private static readonly FrozenSet<string> s_adTokens =
        new[] { "ad", "ads", "ad-slot", "ad-unit", "ad-container", "ad-wrapper" }.ToFrozenSet(StringComparer.Ordinal);

    // Parts of a class or id that mark furniture even inside a longer word ("cookieBanner", "newslettersignup").
    private static readonly string[] s_fragments = ["cookie", "subscribe", "newsletter", "consent", "paywall", "sharing", "advert"];

    // Short paragraphs that are calls to action, not reporting.
    private static readonly string[] s_phrases =
    [
        "subscribe", "sign up", "share this", "share on", "we use cookies", "accept cookies", "accept all cookies",
        "read more", "advertisement", "follow us", "click here",
    ];

    /// <summary>True when the class or id of <paramref name="element"/> names a share, cookie, subscribe … block.</summary>
    public static bool IsFurniture(IElement element) =>
        NamesFurniture(element.GetAttribute("class")) || NamesFurniture(element.Id);

    /// <summary>True for a short paragraph that starts with a call to action ("Subscribe to our newsletter").</summary>
    public static bool IsCallToAction(string paragraph)
    {
        if (paragraph.Length > 160) return false;
        foreach (var phrase in s_phrases)
        {
            if (paragraph.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    private static bool NamesFurniture(string? names)
    {
        if (string.IsNullOrEmpty(names)) return false;
        var lower = names.ToLowerInvariant();
        foreach (var fragment in s_fragments)
        {
            if (lower.Contains(fragment, StringComparison.Ordinal)) return true;
        }
        foreach (var range in lower.AsSpan().SplitAny(" \t\n"))
        {
            if (s_adTokens.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower.AsSpan(range))) return true;
        }
        foreach (var range in lower.AsSpan().SplitAny(" \t\n-_:/"))
        {
            if (s_words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower.AsSpan(range))) return true;
        }
        return false;
    }
}
