using System.Text.Json.Nodes;

namespace Pledgewatch.Web.Api;

/// <summary>What <c>POST /api/v1/documents</c> did: the stored document, whether it was new, and its records (EVENTS.md JSON) with their entries.</summary>
internal sealed record DocumentIngested(long DocumentId, string Doc, bool IsNew, int NewEntries, int Merged, IReadOnlyList<JsonObject> Records);
