using System.Text.Json.Nodes;
using Pledgewatch.Ledger.Review;

namespace Pledgewatch.Web.Api;

/// <summary>One audit row of an entry's history: who did what when, the state before and after (JSON objects), and the fields that changed.</summary>
internal sealed record AuditRow(long Id, string At, string Who, string Action, JsonNode? Before, JsonNode? After, IReadOnlyList<FieldChange> Changes);
