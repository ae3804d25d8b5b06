using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Web.Comparisons;

namespace Pledgewatch.Web.Api;

/// <summary>/api/v1/rankings: contributors ranked (issue 4's row contract: rank, actor, name, value, unit).</summary>
internal static class RankingsApi
{
    public static RouteGroupBuilder MapRankingsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/rankings", Get).WithTags("Rankings")
            .WithSummary("Contributors ranked by total (raw amounts in one currency until normalisation is wired), count, per capita or share of GDP.");
        return api;
    }

    internal static (RankingQuery Query, Dictionary<string, string[]> Errors) Parse(
        string? by, string? purpose, string? stage, string? from, string? to, string? recipient, string? currency, string? status, int? limit)
    {
        var errors = new Dictionary<string, string[]>();
        var metric = EntryParameters.OneOf(by ?? "total", RankingQuery.Metrics, "by", errors) ?? "total";
        var p = EntryParameters.Parse(new EntryListParameters { Purpose = purpose, Stage = stage, From = from, To = to, Recipient = recipient, Currency = currency, Status = status });
        foreach (var (k, v) in p.Errors) errors[k] = v;
        if (limit is < 1 or > 1000) errors["limit"] = ["between 1 and 1000"];
        var q = p.Query;
        return (new RankingQuery(metric, q.Purpose, q.Stage, q.From, q.To, q.Recipient, q.Currency, q.Statuses, limit ?? 20), errors);
    }

    private static Results<Ok<RankingResult>, CsvResult, ValidationProblem, ProblemHttpResult> Get(
        string? by, string? purpose, string? stage, string? from, string? to, string? recipient, string? currency, string? status, int? limit, string? format,
        IRankingService rankings)
    {
        var (query, errors) = Parse(by, purpose, stage, from, to, recipient, currency, status, limit);
        if (format is not (null or "json" or "csv")) errors["format"] = ["json or csv"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var result = rankings.Rank(query);
        if (result.Unavailable is not null) return TypedResults.Problem(result.Unavailable, statusCode: StatusCodes.Status501NotImplemented, title: "Not available yet");
        if (format == "csv")
            return new CsvResult("rankings.csv", ["rank", "actor", "name", "value", "unit", "entries"], result.Rows.Select(r => (IReadOnlyList<object?>)[r.Rank, r.Actor, r.Name, r.Value, r.Unit, r.Entries]));
        return TypedResults.Ok(result);
    }
}
