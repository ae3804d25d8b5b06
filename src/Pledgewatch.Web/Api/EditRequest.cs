namespace Pledgewatch.Web.Api;

/// <summary>
/// The body of an edit, for the OpenAPI document: the fields of <c>ledger edit</c>, each optional, as text; an empty
/// string clears an optional field. The handler reads the body itself and names a wrong field in its 400.
/// </summary>
internal sealed record EditRequest(
    string? EventType = null, string? Mode = null, string? Actor = null, string? Recipient = null, string? Date = null, string? Amount = null,
    string? Currency = null, string? Instruments = null, string? Purpose = null, string? Stage = null, string? Location = null);
