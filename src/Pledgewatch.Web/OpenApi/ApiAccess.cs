namespace Pledgewatch.Web.OpenApi;

/// <summary>Endpoint metadata: whether an API operation reads (open, or any user when reading is closed) or writes (a reviewer or admin).</summary>
internal sealed record ApiAccess(bool Writes);
