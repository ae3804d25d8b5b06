using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Web.Comparisons;
using Pledgewatch.Web.OpenApi;

namespace Pledgewatch.Web.Api;

/// <summary>/api/v1/claims: checks a comparative claim against the ledger (verdict, reading, figures).</summary>
internal static class ClaimsApi
{
    public static RouteGroupBuilder MapClaimsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/claims", Check).WithTags("Claims").Reads()
            .WithSummary("Check a comparative claim")
            .WithDescription("Reads a claim such as \"Germany gave more than France\" or \"Canada is one of the largest per capita contributors\" and answers supported, not_supported or cannot_tell, with the reading, the ranking rows behind it and one line saying why.");
        return api;
    }

    /// <param name="dataset">news (default), kiel, another import's name, or all.</param>
    private static Results<Ok<ClaimResult>, ValidationProblem> Check(string? text, string? dataset, IClaimService claims)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500) errors["text"] = ["a claim of 1 to 500 characters"];
        var name = EntryParameters.Dataset(dataset, errors);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(claims.Check(text!, name));
    }
}
