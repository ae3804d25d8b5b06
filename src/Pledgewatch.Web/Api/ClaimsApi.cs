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

    private static Results<Ok<ClaimResult>, ValidationProblem> Check(string? text, IClaimService claims)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 500)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["a claim of 1 to 500 characters"] });
        return TypedResults.Ok(claims.Check(text));
    }
}
