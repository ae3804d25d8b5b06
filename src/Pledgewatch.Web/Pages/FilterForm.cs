using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Api;

namespace Pledgewatch.Web.Pages;

/// <summary>
/// The GET form of the overview and actor pages (the search page has its dataset switch): dataset, recipient, category, stage, period, status; it keeps what was
/// chosen. The dataset switch lists the ledger's datasets and "all" (the combined view, each commitment once).
/// </summary>
internal static class FilterForm
{
    public static Html Render(string action, EntryListParameters p, IReadOnlyList<DatasetCount> datasets)
    {
        return Html.Of($"""
            <form class="filters" method="get" action="{action}" aria-label="Filters">
            {DatasetSwitch(p, datasets)}
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

    /// <summary>The dataset switch: the ledger's datasets (the coded news first) and "all", the one shown selected.</summary>
    public static Html DatasetSwitch(EntryListParameters p, IReadOnlyList<DatasetCount> datasets)
    {
        var names = datasets.Select(d => d.Name).Prepend(Dataset.News).Distinct(StringComparer.Ordinal).Append(Dataset.All).ToList();
        var chosen = Chosen(p);
        var options = names.Select(n => Html.Of($"""<option value="{n}"{(n == chosen ? Html.Raw(" selected") : Html.Empty)}>{Label(n)}</option>"""));
        return Html.Of($"""<label>Dataset <select name="dataset">{options}</select></label>""");
    }

    /// <summary>The dataset a page shows: the one asked for, else the coded news.</summary>
    public static string Chosen(EntryListParameters p) => string.IsNullOrWhiteSpace(p.Dataset) ? Dataset.News : p.Dataset.Trim().ToLowerInvariant();

    /// <summary>How a dataset reads on a page: "coded news", "Kiel tracker", "all datasets (each commitment once)".</summary>
    public static string Label(string dataset) => dataset switch
    {
        Dataset.News => "coded news",
        "kiel" => "Kiel tracker",
        Dataset.All => "all datasets (each commitment once)",
        _ => dataset,
    };

    private static Html Select(string name, IReadOnlyList<string> values, string? selected) =>
        Html.Of($"""<select name="{name}"><option value="">any</option>{values.Select(v => Html.Of($"""<option value="{v}"{(v == selected ? Html.Raw(" selected") : Html.Empty)}>{v}</option>"""))}</select>""");

    /// <summary>The current filters as a query string (for links to the feed, CSV and the API).</summary>
    public static string Query(EntryListParameters p)
    {
        var pairs = new (string, string?)[] { ("dataset", p.Dataset), ("recipient", p.Recipient), ("type", p.Type), ("stage", p.Stage), ("status", p.Status), ("from", p.From), ("to", p.To), ("actor", p.Actor) };
        return string.Join('&', pairs.Where(x => !string.IsNullOrWhiteSpace(x.Item2)).Select(x => $"{x.Item1}={Uri.EscapeDataString(x.Item2!)}"));
    }
}
