using Pledgewatch.Web.Api;

namespace Pledgewatch.Web.Pages;

/// <summary>The GET form of the overview and actor pages: recipient, category, stage, period, status; it keeps what was chosen.</summary>
internal static class FilterForm
{
    public static Html Render(string action, EntryListParameters p)
    {
        return Html.Of($"""
            <form class="filters" method="get" action="{action}" aria-label="Filters">
            <label>Recipient <input name="recipient" value="{p.Recipient}" size="6" placeholder="UKR" autocomplete="off"></label>
            <label>Category {Select("type", Vocabulary.EventTypes, p.Type?.ToUpperInvariant())}</label>
            <label>Stage {Select("stage", Vocabulary.Stages, p.Stage)}</label>
            <label>Status {Select("status", Vocabulary.Statuses, p.Status)}</label>
            <label>From <input type="date" name="from" value="{p.From}"></label>
            <label>To <input type="date" name="to" value="{p.To}"></label>
            <button type="submit">Apply</button>
            <a href="{action}">Clear</a>
            </form>
            """);
    }

    private static Html Select(string name, IReadOnlyList<string> values, string? selected) =>
        Html.Of($"""<select name="{name}"><option value="">any</option>{values.Select(v => Html.Of($"""<option value="{v}"{(v == selected ? Html.Raw(" selected") : Html.Empty)}>{v}</option>"""))}</select>""");

    /// <summary>The current filters as a query string (for links to the feed, CSV and the API).</summary>
    public static string Query(EntryListParameters p)
    {
        var pairs = new (string, string?)[] { ("recipient", p.Recipient), ("type", p.Type), ("stage", p.Stage), ("status", p.Status), ("from", p.From), ("to", p.To), ("actor", p.Actor) };
        return string.Join('&', pairs.Where(x => !string.IsNullOrWhiteSpace(x.Item2)).Select(x => $"{x.Item1}={Uri.EscapeDataString(x.Item2!)}"));
    }
}
