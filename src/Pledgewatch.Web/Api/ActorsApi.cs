using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Comparisons;
using Pledgewatch.Web.OpenApi;

namespace Pledgewatch.Web.Api;

/// <summary>/api/v1/actors: who acts in the ledger, and one actor's activity and standing.</summary>
internal static class ActorsApi
{
    public static RouteGroupBuilder MapActorsApi(this RouteGroupBuilder api)
    {
        var actors = api.MapGroup("/actors").WithTags("Actors");
        actors.MapGet("/", List).Reads()
            .WithSummary("Actors in the ledger")
            .WithDescription("Every actor code with its number of live entries in the dataset (news by default), most first (sort=code for alphabetical); a compound actor counts for each member. format=csv for all of them (one page when page or pageSize is given).");
        actors.MapGet("/{code}", Get).Reads(oneResource: true)
            .WithSummary("One actor")
            .WithDescription("Its name, its entries by category, the entries naming it as recipient, and where it ranks by total, per capita and share of GDP, each with the number of contributors ranked.");
        return api;
    }

    /// <summary>Every actor code with its entry count in a dataset, compound actors split (CAN+FRA counts for both).</summary>
    public static List<ActorSummary> All(LedgerStore store, string? status = null, string dataset = Dataset.News) =>
        store.Totals(new EntryQuery(Statuses: status is null ? null : [status], Dataset: dataset), EntryGroup.Actor)
            .Where(t => t.Key != "-")
            .SelectMany(t => t.Key.Split('+').Select(code => (code, t.Count)))
            .GroupBy(x => x.code, StringComparer.Ordinal)
            .Select(g => new ActorSummary(g.Key, g.Sum(x => x.Count)))
            .OrderByDescending(a => a.Entries).ThenBy(a => a.Code, StringComparer.Ordinal).ToList();

    /// <param name="dataset">news (default), kiel, another import's name, or all.</param>
    private static Results<Ok<ListResponse<ActorSummary>>, CsvResult, ValidationProblem> List(string? sort, string? page, string? pageSize, string? format, string? dataset, LedgerStore store, ComparisonReference reference)
    {
        var errors = new Dictionary<string, string[]>();
        var set = EntryParameters.Dataset(dataset, errors);
        var (offset, limit) = EntryParameters.Paging(page, pageSize, errors);
        if (sort is not (null or "entries" or "code")) errors["sort"] = [$"'{sort}' is not a sort key (entries or code)"];
        if (format is not (null or "json" or "csv")) errors["format"] = [$"'{format}' is not a format (json or csv)"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var all = All(store, dataset: set);
        if (sort == "code") all = all.OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        var rows = EntryParameters.AsksForPage(page, pageSize) ? all.Skip(offset).Take(limit) : all;
        if (format == "csv") return new CsvResult("actors.csv", ["code", "name", "entries"], rows.Select(a => (IReadOnlyList<object?>)[a.Code, reference.Actors.Name(a.Code), a.Entries]));
        return TypedResults.Ok(new ListResponse<ActorSummary>(all.Skip(offset).Take(limit).ToList(), offset / limit + 1, limit, all.Count));
    }

    /// <param name="dataset">news (default), kiel, another import's name, or all.</param>
    private static Results<Ok<ActorDetail>, ProblemHttpResult, ValidationProblem> Get(string code, string? dataset, LedgerStore store, IRankingService rankings, ComparisonReference reference)
    {
        var errors = new Dictionary<string, string[]>();
        var c = EntryParameters.Code(code, "code", errors);
        var set = EntryParameters.Dataset(dataset, errors);
        if (c is null || errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (set == Dataset.All) rankings.Refresh();
        var byType = store.Totals(new EntryQuery(Actor: c, Dataset: set), EntryGroup.Type).ToDictionary(t => t.Key, t => t.Count);
        var asRecipient = store.QueryEntries(new EntryQuery(Recipient: c, Limit: 0, Dataset: set)).Total;
        if (byType.Count == 0 && asRecipient == 0)
            return TypedResults.Problem($"No entry names {c} as actor or recipient.", statusCode: StatusCodes.Status404NotFound, title: "Not Found");
        return TypedResults.Ok(new ActorDetail(c, reference.Actors.Name(c), byType, asRecipient, rankings.Standing(c, new RankingQuery(Dataset: set))));
    }
}
