using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Web.Comparisons;
using Pledgewatch.Web.OpenApi;

namespace Pledgewatch.Web.Api;

/// <summary>
/// /api/v1/rankings: contributors ranked (the <c>rank --format json</c> row contract: rank, actor, name, value, unit).
/// <c>type</c> is the kind of support (all, financial, military, humanitarian), not a PLOVER category; <c>purpose</c>
/// and <c>currency</c> are refused with a 400 that says so, since normalised rankings cannot filter by them.
/// <c>breakdown=purpose|instrument</c> adds to each row the split of its value by the parts of the actor's packages,
/// with what no part accounts for as "unassigned" (CSV: one line per row and label). <c>dataset</c> is news (coded
/// reports, the default), kiel, another import's name, or all (every dataset, a commitment counted once).
/// </summary>
internal static class RankingsApi
{
    public static RouteGroupBuilder MapRankingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/rankings", Get).WithTags("Rankings").Reads()
            .WithSummary("Contributors ranked")
            .WithDescription("By total (EUR at the ECB rate of each announcement date), per capita (EUR per person), share of GDP (percent) or count of quantified contributions; rank 1 is the largest, ties share a rank. breakdown=purpose|instrument splits each row by the parts of its packages. dataset=news (the default), kiel or all (every dataset, a commitment counted once) says whose figures are ranked. 'basis' says what was counted and who could not be ranked.");
        return api;
    }

    internal static (RankingQuery Query, Dictionary<string, string[]> Errors) Parse(
        string? by, string? type, string? purpose, string? stage, string? from, string? to, string? recipient, string? currency, string? status, string? limitText,
        string? breakdown = null, string? dataset = null)
    {
        var errors = new Dictionary<string, string[]>();
        var limit = EntryParameters.Integer(limitText, "limit", errors);
        var metric = EntryParameters.OneOf(by ?? "total", RankingQuery.Metrics, "by", errors) ?? "total";
        var kind = EntryParameters.OneOf(type?.ToLowerInvariant(), RankingQuery.Types, "type", errors);
        if (!string.IsNullOrWhiteSpace(purpose)) errors["purpose"] = [$"rankings filter by type ({string.Join(", ", RankingQuery.Types)}), not purpose"];
        if (!string.IsNullOrWhiteSpace(currency)) errors["currency"] = ["rankings are in EUR (per person, percent of GDP) whatever the stated currency"];
        var p = EntryParameters.Parse(new EntryListParameters { Stage = stage, From = from, To = to, Recipient = recipient, Status = status });
        foreach (var (k, v) in p.Errors) errors[k] = v;
        if (limit is < 1 or > 1000) errors["limit"] = ["between 1 and 1000"];
        var split = EntryParameters.OneOf(breakdown?.ToLowerInvariant(), RankingQuery.Breakdowns, "breakdown", errors);
        if (split is not null && metric == "count") errors["breakdown"] = ["a count has no breakdown; use by=total, per-capita or share-of-gdp"];
        var q = p.Query;
        var set = EntryParameters.Dataset(dataset, errors);
        return (new RankingQuery(metric, kind is null or "all" ? null : kind, q.Stage, q.From, q.To, q.Recipient, q.Statuses, (int)Math.Clamp(limit ?? 20, 1, 1000), split, set), errors);
    }

    private static Results<Ok<RankingResult>, CsvResult, ValidationProblem> Get(
        string? by, string? type, string? purpose, string? stage, string? from, string? to, string? recipient, string? currency, string? status, string? limit, string? format,
        string? breakdown, string? dataset, IRankingService rankings)
    {
        var (query, errors) = Parse(by, type, purpose, stage, from, to, recipient, currency, status, limit, breakdown, dataset);
        if (format is not (null or "json" or "csv")) errors["format"] = [$"'{format}' is not a format (json or csv)"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var result = rankings.Rank(query);
        if (format == "csv" && query.Breakdown is not null)
            return new CsvResult("rankings.csv", ["rank", "actor", "name", "value", "unit", "entries", "basis", "breakdown", "breakdown_value"],
                result.Rows.SelectMany(r => r.Breakdown!.Select(s => (IReadOnlyList<object?>)[r.Rank, r.Actor, r.Name, r.Value, r.Unit, r.Entries, r.Basis, s.Label, s.Value])));
        if (format == "csv")
            return new CsvResult("rankings.csv", ["rank", "actor", "name", "value", "unit", "entries", "basis"], result.Rows.Select(r => (IReadOnlyList<object?>)[r.Rank, r.Actor, r.Name, r.Value, r.Unit, r.Entries, r.Basis]));
        return TypedResults.Ok(result);
    }
}
