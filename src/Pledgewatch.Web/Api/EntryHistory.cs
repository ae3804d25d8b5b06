using System.Text.Json.Nodes;
using Pledgewatch.Ledger.Review;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Web.Api;

/// <summary>An entry's revisions (each state, with its author) and its audit log (each change: before and after as JSON, and the fields it changed in words).</summary>
internal sealed record EntryHistory(IReadOnlyList<Revision> Revisions, IReadOnlyList<AuditRow> Audit)
{
    public static EntryHistory Of(IReadOnlyList<Revision> revisions, IReadOnlyList<AuditRecord> audit) =>
        new(revisions, [.. audit.Select(a => new AuditRow(a.Id, a.At, a.Who, a.Action, Parse(a.Before), Parse(a.After), AuditChanges.Of(a.Before, a.After)))]);

    private static JsonNode? Parse(string? json)
    {
        if (json is null) return null;
        try
        {
            return JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(json);
        }
    }

}
