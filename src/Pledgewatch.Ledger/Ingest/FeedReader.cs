using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// Reads RSS 2.0 and Atom feeds into the items to fetch. DTDs are refused outright, so neither an external entity
/// (XXE) nor nested entity expansion (billion laughs) is ever processed; failures are one-line values.
/// </summary>
public static class FeedReader
{
    /// <summary>True when the bytes look like a feed (or like XML that declares entities, which we refuse as a feed).</summary>
    public static bool LooksLikeFeed(byte[] content, string? contentType)
    {
        if (contentType is not null && contentType.Contains("html", StringComparison.OrdinalIgnoreCase)) return false;
        if (contentType is not null && (contentType.Contains("rss", StringComparison.OrdinalIgnoreCase) || contentType.Contains("atom", StringComparison.OrdinalIgnoreCase))) return true;
        var head = Encoding.UTF8.GetString(content, 0, Math.Min(content.Length, 2048));
        if (head.Contains("<html", StringComparison.OrdinalIgnoreCase)) return false;
        return head.Contains("<rss", StringComparison.Ordinal) || head.Contains("<feed", StringComparison.Ordinal)
            || head.Contains("<!ENTITY", StringComparison.Ordinal) || head.Contains("<!DOCTYPE", StringComparison.Ordinal);
    }

    /// <param name="baseUri">Where the feed came from, to resolve relative item links; null for local files.</param>
    public static (IReadOnlyList<WorkItem> Items, string? Error) Read(byte[] content, Uri? baseUri)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        };
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = XmlReader.Create(stream, settings);
            var feed = SyndicationFeed.Load(reader);
            var items = new List<WorkItem>();
            foreach (var item in feed.Items)
            {
                var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri ?? item.Links.FirstOrDefault()?.Uri;
                if (link is null) continue;
                if (!link.IsAbsoluteUri && baseUri is not null) link = new Uri(baseUri, link);
                if (!link.IsAbsoluteUri) continue;
                var date = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime;
                items.Add(new WorkItem(link.AbsoluteUri, null,
                    date == default ? null : DateOnly.FromDateTime(date.UtcDateTime),
                    item.Title?.Text));
            }
            return (items, null);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return ([], "feed refused: it declares a DTD (external entities and entity expansion are not allowed in feeds)");
        }
        catch (XmlException e)
        {
            return ([], string.Create(CultureInfo.InvariantCulture, $"not a readable RSS or Atom feed (line {e.LineNumber}: {FirstLine(e.Message)})"));
        }
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();
}
