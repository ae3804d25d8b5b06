using System.Text.Json;
using System.Text.Json.Nodes;
using Pledgewatch.Web.Hosting;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Api;

/// <summary>
/// Reads an API request body, in the order of the refusals: 413 when it is larger than the limit, 415 when it is not of
/// the types the operation takes, 400 naming the field when it does not parse or a field is wrong. Endpoints read
/// their bodies here rather than through parameter binding, whose content-type check runs at routing, before
/// authentication (a stranger would learn 415 where 401 is due).
/// </summary>
internal static class JsonBody
{
    public const string ContentType = "application/json";

    /// <summary>The body's bytes once it passes the size and type checks (empty when there is none and <paramref name="optional"/>).</summary>
    public static async Task<(byte[]? Body, string? Type, IResult? Refusal)> ReadAsync(HttpContext ctx, IReadOnlyList<string> types, bool optional = false)
    {
        var max = BodySizeLimit.Max(ctx);
        var body = await BodySizeLimit.ReadAsync(ctx.Request, max, ctx.RequestAborted);
        if (body is null) return (null, null, Refusals.Of(ctx, StatusCodes.Status413PayloadTooLarge, BodySizeLimit.TooLarge(max)));
        var type = ctx.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (optional && body.Length == 0) return (body, type, null);
        if (type is null || !types.Contains(type))
            return (null, type, Refusals.Of(ctx, StatusCodes.Status415UnsupportedMediaType,
                $"Send the body as {string.Join(" or ", types)}{(type is null ? "" : $", not {type}")}."));
        return (body, type, null);
    }

    /// <summary>A JSON object body (<c>application/json</c>): null with the refusal when it is missing, too large, of another type or not an object.</summary>
    public static async Task<(JsonObject? Body, IResult? Refusal)> ReadObjectAsync(HttpContext ctx, bool optional = false)
    {
        var (bytes, _, refusal) = await ReadAsync(ctx, [ContentType], optional);
        if (refusal is not null) return (null, refusal);
        if (bytes!.Length == 0) return optional ? ([], null) : (null, Invalid(ctx, "body", "a JSON object is required"));
        try
        {
            return JsonNode.Parse(bytes) is JsonObject o ? (o, null) : (null, Invalid(ctx, "body", "must be a JSON object"));
        }
        catch (JsonException e)
        {
            return (null, Invalid(ctx, "body", $"not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})"));
        }
    }

    /// <summary>A required entry id field: a positive integer.</summary>
    public static long? Id(JsonObject body, string field, Dictionary<string, string[]> errors)
    {
        if (body[field] is JsonValue v && v.TryGetValue(out long id) && id > 0) return id;
        errors[field] = [body[field] is null ? "required: the id of an entry (a positive integer)" : $"{body[field]!.ToJsonString()} is not an entry id (a positive integer)"];
        return null;
    }

    /// <summary>An optional true/false field (false when absent).</summary>
    public static bool Flag(JsonObject body, string field, Dictionary<string, string[]> errors)
    {
        if (body[field] is null) return false;
        if (body[field] is JsonValue v && v.TryGetValue(out bool flag)) return flag;
        errors[field] = [$"{body[field]!.ToJsonString()} is not true or false"];
        return false;
    }

    public static IResult Invalid(HttpContext ctx, string field, string error) => Invalid(ctx, new Dictionary<string, string[]> { [field] = [error] });

    public static IResult Invalid(HttpContext ctx, IDictionary<string, string[]> errors) =>
        Refusals.Of(ctx, StatusCodes.Status400BadRequest, $"Some fields are not valid: {string.Join(", ", errors.Keys)}.", errors);
}
