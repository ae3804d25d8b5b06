namespace Pledgewatch.Web.OpenApi;

/// <summary>
/// Endpoint metadata describing a request body for the OpenAPI document. Endpoints read their bodies themselves
/// (<see cref="Api.JsonBody"/>), so parameter binding, which would describe them, cannot; <see cref="ApiDocument"/> turns this into the operation's requestBody.
/// </summary>
/// <param name="Schema">The type whose JSON schema the body follows; null for text (a string).</param>
internal sealed record RequestBodyDoc(string Description, Type? Schema, bool Required, params string[] ContentTypes);
