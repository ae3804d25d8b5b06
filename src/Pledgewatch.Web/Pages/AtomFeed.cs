using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Api;
using Pledgewatch.Web.OpenApi;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// /feed.atom: the 50 entries most recently accepted, filtered like the pages (actor, recipient, type, stage,
/// period), so people can subscribe to an actor or a category. An entry's Atom id stays the same across edits.
/// </summary>
internal static class AtomFeed
{
    public static IEndpointRouteBuilder MapAtomFeed(this IEndpointRouteBuilder app)
    {
        app.MapGet("/feed.atom", Render).WithTags("Feed").Reads()
            .Produces(StatusCodes.Status200OK, contentType: "application/atom+xml")
            .WithSummary("Atom feed of newly accepted entries")
            .WithDescription("The 50 entries most recently accepted, filtered like the pages (actor, recipient, type, stage, period), so people can subscribe to an actor or a category. An entry's Atom id stays the same across edits.");
        return app;
    }

    private static IResult Render([AsParameters] EntryListParameters p, HttpContext ctx, LedgerStore store)
    {
        var (q, errors) = EntryParameters.Parse(p with { Status = "accepted", Sort = "-updated", PageSize = "50", Page = "1" });
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var baseUrl = $"{ctx.Request.Scheme}://{ctx.Request.Host}";
        var entries = store.QueryEntries(q).Items;
        var filters = FilterForm.Query(p);
        var feed = new SyndicationFeed(
            "Pledgewatch: newly accepted entries" + (filters.Length == 0 ? "" : $" ({filters.Replace("&", ", ", StringComparison.Ordinal)})"),
            "Commitments, sanctions and meetings accepted into the ledger.",
            new Uri($"{baseUrl}/{(filters.Length == 0 ? "" : "?" + filters)}"),
            $"{baseUrl}/feed.atom{(filters.Length == 0 ? "" : "?" + filters)}",
            entries.Count == 0 ? DateTimeOffset.UnixEpoch : Time(entries[0].UpdatedAt))
        {
            Items = entries.Select(l => Item(l, baseUrl)).ToList(),
        };
        feed.Links.Add(new SyndicationLink(new Uri($"{baseUrl}/feed.atom{(filters.Length == 0 ? "" : "?" + filters)}")) { RelationshipType = "self" });
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
            new Atom10FeedFormatter(feed).WriteTo(xml);
        return Results.Bytes(buffer.ToArray(), "application/atom+xml; charset=utf-8");
    }

    private static SyndicationItem Item(ListedEntry l, string baseUrl)
    {
        var e = l.Entry;
        var f = e.Fields;
        var title = $"{f.EventType} {EntryFields.Codes(f.Actor)} → {EntryFields.Codes(f.Recipient)} {EntryViews.Dates(f.Date)} {EntryViews.Amount(f.Commitment?.Amount)}".TrimEnd();
        var summary = e.Sources.FirstOrDefault()?.Evidence.Text ?? title;
        var item = new SyndicationItem(title, summary, new Uri($"{baseUrl}/entries/{e.Id}"), $"{baseUrl}/entries/{e.Id}", Time(l.UpdatedAt));
        item.PublishDate = Time(l.CreatedAt);
        foreach (var code in f.Actor.Select(a => a.Code).OfType<string>().Distinct()) item.Categories.Add(new SyndicationCategory(code));
        item.Categories.Add(new SyndicationCategory(f.EventType));
        return item;
    }

    private static DateTimeOffset Time(string iso) =>
        DateTimeOffset.TryParse(iso, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var t) ? t : DateTimeOffset.UnixEpoch;
}
