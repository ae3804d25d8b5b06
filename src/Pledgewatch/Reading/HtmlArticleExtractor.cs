using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Pledgewatch.Reading;

/// <summary>
/// Extracts the article from an HTML page. The main element is the largest <c>&lt;article&gt;</c>, else the largest
/// <c>&lt;main&gt;</c>, else the element whose direct <c>&lt;p&gt;</c> children hold the most text, else the body.
/// Site furniture (<see cref="HtmlBoilerplate"/>) is dropped first; block elements become paragraphs, inline
/// whitespace collapses to one space, <c>&lt;br&gt;</c> becomes a line break. Best effort: never throws on bad markup.
/// </summary>
internal static class HtmlArticleExtractor
{
    private static readonly HashSet<string> s_blocks = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "div", "section",
        "article", "main", "header", "pre", "table", "tr", "td", "th", "address", "hr", "body",
    };

    // Where a page states its publication date, most specific first.
    private const string DateMetaSelector =
        "meta[property='article:published_time'], meta[name='article:published_time'], meta[name='date'], "
        + "meta[name='pubdate'], meta[name='publish-date'], meta[name='publishdate'], meta[itemprop='datePublished']";

    public static HtmlArticle Extract(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        var published = FindMetadataDate(page);
        var pageTitle = Collapse(page.Title);

        foreach (var element in page.QuerySelectorAll(HtmlBoilerplate.Selector).ToList()) element.Remove();

        var main = FindMain(page);
        var headline = main.QuerySelector("h1");
        if (published is null && main.QuerySelector("time[datetime]") is { } time
            && StatedDateResolver.TryResolve(time.GetAttribute("datetime"), out var timeDate))
            published = timeDate;

        foreach (var element in main.QuerySelectorAll("*").Where(IsDroppedInside).ToList()) element.Remove();

        var text = Paragraphs(main);
        if (text.Length == 0 && main != page.Body && page.Body is { } body) text = Paragraphs(body);
        var title = headline is null ? null : Collapse(headline.TextContent);
        return new HtmlArticle(text, string.IsNullOrEmpty(title) ? (string.IsNullOrEmpty(pageTitle) ? null : pageTitle) : title, published);
    }

    /// <summary>Inside the main element: furniture by class or id, and a header unless it holds the headline.</summary>
    private static bool IsDroppedInside(IElement element) =>
        HtmlBoilerplate.IsFurniture(element) || (element.LocalName == "header" && element.QuerySelector("h1") is null);

    private static IElement FindMain(IHtmlDocument page)
    {
        var largest = Largest(page.QuerySelectorAll("article")) ?? Largest(page.QuerySelectorAll("main"));
        if (largest is not null) return largest;

        var textByParent = new Dictionary<IElement, int>();
        foreach (var p in page.QuerySelectorAll("p"))
        {
            if (p.ParentElement is { } parent)
                textByParent[parent] = textByParent.GetValueOrDefault(parent) + p.TextContent.Length;
        }
        var densest = textByParent.OrderByDescending(pair => pair.Value).Select(pair => pair.Key).FirstOrDefault();
        return densest ?? page.Body ?? page.DocumentElement;
    }

    private static IElement? Largest(IHtmlCollection<IElement> elements) =>
        elements.Where(e => !string.IsNullOrWhiteSpace(e.TextContent)).MaxBy(e => e.TextContent.Length);

    private static DateOnly? FindMetadataDate(IHtmlDocument page)
    {
        foreach (var meta in page.QuerySelectorAll(DateMetaSelector))
        {
            if (StatedDateResolver.TryResolve(meta.GetAttribute("content"), out var date)) return date;
        }
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (StatedDateResolver.TryResolve(FindJsonLdDatePublished(script.TextContent), out var date)) return date;
        }
        return null;
    }

    /// <summary>The first <c>datePublished</c> string in a JSON-LD block (objects, arrays, <c>@graph</c>); null if none or not JSON.</summary>
    private static string? FindJsonLdDatePublished(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            return Find(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }

        static string? Find(JsonElement element)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                if (element.TryGetProperty("datePublished", out var value) && value.ValueKind == JsonValueKind.String)
                    return value.GetString();
                foreach (var property in element.EnumerateObject())
                {
                    if (Find(property.Value) is { } found) return found;
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    if (Find(item) is { } found) return found;
                }
            }
            return null;
        }
    }

    /// <summary>The text of <paramref name="root"/> as paragraphs joined by a blank line; walks without recursion.</summary>
    private static string Paragraphs(IElement root)
    {
        var text = new StringBuilder();
        var paragraph = new StringBuilder();
        var pending = new Stack<(INode Node, bool Leaving)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, leaving) = pending.Pop();
            if (node is IText textNode)
            {
                AppendCollapsed(paragraph, textNode.Data);
                continue;
            }
            if (node is not IElement element) continue;
            bool isBlock = s_blocks.Contains(element.LocalName);
            if (leaving)
            {
                if (isBlock) Flush(paragraph, text);
                continue;
            }
            if (element.LocalName == "br")
            {
                TrimEnd(paragraph);
                if (paragraph.Length > 0) paragraph.Append('\n');
                continue;
            }
            if (isBlock) Flush(paragraph, text);
            pending.Push((element, true));
            for (var child = element.LastChild; child is not null; child = child.PreviousSibling) pending.Push((child, false));
        }
        Flush(paragraph, text);
        return text.ToString();
    }

    private static void AppendCollapsed(StringBuilder paragraph, string data)
    {
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (paragraph.Length > 0 && !char.IsWhiteSpace(paragraph[^1])) paragraph.Append(' ');
            }
            else
            {
                paragraph.Append(c);
            }
        }
    }

    private static void Flush(StringBuilder paragraph, StringBuilder text)
    {
        TrimEnd(paragraph);
        if (paragraph.Length == 0) return;
        var value = paragraph.ToString();
        paragraph.Clear();
        if (HtmlBoilerplate.IsCallToAction(value)) return;
        if (text.Length > 0) text.Append("\n\n");
        text.Append(value);
    }

    private static void TrimEnd(StringBuilder paragraph)
    {
        int end = paragraph.Length;
        while (end > 0 && char.IsWhiteSpace(paragraph[end - 1])) end--;
        paragraph.Length = end;
    }

    private static string Collapse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var builder = new StringBuilder(value.Length);
        AppendCollapsed(builder, value);
        TrimEnd(builder);
        return builder.ToString();
    }
}
