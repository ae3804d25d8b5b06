using Microsoft.AspNetCore.Mvc;

namespace Pledgewatch.Web.OpenApi;

/// <summary>
/// What every API operation may answer besides success, as endpoint metadata the OpenAPI document is built from:
/// reads can be refused for a bad parameter (400), closed reading without credentials (401) and the rate limit (429);
/// writes also for the role (403), the origin or a missing anti-forgery header (403), the body's size (413) and type
/// (415), and a change the ledger refuses (409). Operations on one resource add 404. Each answer is problem details.
/// </summary>
internal static class ApiOperations
{
    private const string Problem = "application/problem+json";

    public static RouteHandlerBuilder Reads(this RouteHandlerBuilder b, bool oneResource = false)
    {
        b.WithMetadata(new ApiAccess(false));
        Answers(b, StatusCodes.Status401Unauthorized, StatusCodes.Status429TooManyRequests);
        b.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), [Problem]));
        if (oneResource) Answers(b, StatusCodes.Status404NotFound);
        return b;
    }

    /// <param name="answer">The type of the success answer: 200, and 201 too when <paramref name="creates"/>.</param>
    public static RouteHandlerBuilder Writes(this RouteHandlerBuilder b, RequestBodyDoc body, Type answer, bool oneResource = true, bool conflicts = true, bool creates = false)
    {
        b.WithMetadata(new ApiAccess(true), body);
        b.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, answer, ["application/json"]));
        if (creates) b.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status201Created, answer, ["application/json"]));
        b.WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), [Problem]));
        Answers(b, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status413PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType, StatusCodes.Status429TooManyRequests);
        if (oneResource) Answers(b, StatusCodes.Status404NotFound);
        if (conflicts) Answers(b, StatusCodes.Status409Conflict);
        return b;
    }

    private static void Answers(RouteHandlerBuilder b, params int[] statuses)
    {
        foreach (var status in statuses) b.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(ProblemDetails), [Problem]));
    }
}
