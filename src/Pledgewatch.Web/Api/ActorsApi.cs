using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Comparisons;

namespace Pledgewatch.Web.Api;

/// <summary>/api/v1/actors: who acts in the ledger, and one actor's activity and standing.</summary>
internal static class ActorsApi
{
    public static RouteGroupBuilder MapActorsApi(this RouteGroupBuilder api)
    {
        var actors = api.MapGroup("/actors").WithTags("Actors");
        actors.MapGet("/", List).WithSummary("Actors by number of entries (sort=code for alphabetical); format=csv for all of them.");
        actors.MapGet("/{code}", Get).WithSummary("One actor: its entries by category, as recipient, and its rank.");
        return api;
    }

    /// <summary>Every actor code with its entry count, compound actors split (CAN+FRA counts for both).</summary>
    public static List<ActorSummary> All(LedgerStore store, string? status = null) =>
        store.Totals(new EntryQuery(Statuses: status is null ? null : [status]), EntryGroup.Actor)
            .Where(t => t.Key != "-")
            .SelectMany(t => t.Key.Split('+').Select(code => (code, t.Count)))
            .GroupBy(x => x.code, StringComparer.Ordinal)
            .Select(g => new ActorSummary(g.Key, g.Sum(x => x.Count)))
            .OrderByDescending(a => a.Entries).ThenBy(a => a.Code, StringComparer.Ordinal).ToList();

    private static Results<Ok<ListResponse<ActorSummary>>, CsvResult, ValidationProblem> List(string? sort, int? page, int? pageSize, string? format, LedgerStore store)
    {
        var errors = new Dictionary<string, string[]>();
        var (offset, limit) = EntryParameters.Paging(page, pageSize, errors);
        if (sort is not (null or "entries" or "code")) errors["sort"] = ["entries or code"];
        if (format is not (null or "json" or "csv")) errors["format"] = ["json or csv"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var all = All(store);
        if (sort == "code") all = all.OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        if (format == "csv") return new CsvResult("actors.csv", ["code", "entries"], all.Select(a => (IReadOnlyList<object?>)[a.Code, a.Entries]));
        return TypedResults.Ok(new ListResponse<ActorSummary>(all.Skip(offset).Take(limit).ToList(), offset / limit + 1, limit, all.Count));
    }

    private static Results<Ok<ActorDetail>, ProblemHttpResult, ValidationProblem> Get(string code, LedgerStore store, IRankingService rankings)
    {
        var errors = new Dictionary<string, string[]>();
        var c = EntryParameters.Code(code, "code", errors);
        if (c is null) return TypedResults.ValidationProblem(errors);
        var byType = store.Totals(new EntryQuery(Actor: c), EntryGroup.Type).ToDictionary(t => t.Key, t => t.Count);
        var asRecipient = store.QueryEntries(new EntryQuery(Recipient: c, Limit: 0)).Total;
        if (byType.Count == 0 && asRecipient == 0)
            return TypedResults.Problem($"No entry names {c} as actor or recipient.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        return TypedResults.Ok(new ActorDetail(c, byType, asRecipient, rankings.Standing(c, new RankingQuery())));
    }
}
