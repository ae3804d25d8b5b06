using Microsoft.OpenApi;

namespace Pledgewatch.Web.OpenApi;

/// <summary>How the OpenAPI document describes one parameter: what it means, an example, and its schema (the handlers bind every query parameter as text and check it themselves).</summary>
/// <param name="Minimum">Inclusive bounds of an integer, as OpenAPI writes them; null for none.</param>
/// <param name="Values">The closed set of values, when there is one.</param>
internal sealed record ParameterDoc(string Description, string Example, JsonSchemaType Type = JsonSchemaType.String,
    string? Format = null, string? Minimum = null, string? Maximum = null, IReadOnlyList<string>? Values = null);
