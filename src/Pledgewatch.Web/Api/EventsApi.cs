using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.OpenApi;

namespace Pledgewatch.Web.Api;

/// <summary>/api/v1/events: the coded records (EVENTS.md JSON) as the coder wrote them, one per record, before de-duplication.</summary>
internal static class EventsApi
{
    public static RouteGroupBuilder MapEventsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/events", List).WithTags("Events").Reads()
            .WithSummary("Coded event records")
            .WithDescription("Newest document first, each record with the entry it was filed in; filter by type or document. format=csv gives the filtered list (one page of it when page or pageSize is given).");
        return api;
    }

    private static readonly IReadOnlyList<string> Columns = ["id", "document_id", "doc", "event_type", "actor", "recipient", "date", "amount", "currency", "stage", "entry_id", "evidence"];

    private static Results<Ok<ListResponse<JsonObject>>, CsvResult, ValidationProblem> List(string? type, string? document, string? page, string? pageSize, string? format, LedgerStore store)
    {
        var errors = new Dictionary<string, string[]>();
        var t = EntryParameters.OneOf(type?.ToUpperInvariant(), Vocabulary.EventTypes, "type", errors);
        var documentId = EntryParameters.Integer(document, "document", errors);
        if (documentId is < 1) errors["document"] = ["document ids start at 1"];
        var (offset, limit) = EntryParameters.Paging(page, pageSize, errors);
        if (format is not (null or "json" or "csv")) errors["format"] = [$"'{format}' is not a format (json or csv)"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (format == "csv")
        {
            var records = EntryParameters.AsksForPage(page, pageSize) ? store.QueryRecords(t, documentId, offset, limit).Items : All(store, t, documentId);
            return new CsvResult("events.csv", Columns, records.Select(Row));
        }
        var result = store.QueryRecords(t, documentId, offset, limit);
        return TypedResults.Ok(new ListResponse<JsonObject>(result.Items.Select(Json).ToList(), offset / limit + 1, limit, result.Total));
    }

    private static JsonObject Json(RecordSummary r) => new()
    {
        ["id"] = r.Id,
        ["document_id"] = r.DocumentId,
        ["entry_id"] = r.EntryId,
        ["record"] = JsonNode.Parse(r.Json),
    };

    private static IReadOnlyList<object?> Row(RecordSummary r)
    {
        var json = JsonNode.Parse(r.Json)!;
        static string Codes(JsonNode? list) => string.Join('+', list?.AsArray().Select(e => e?["code"]?.GetValue<string?>()).OfType<string>() ?? []);
        var date = json["date"];
        var amount = json["commitment"]?["amount"];
        return
        [
            r.Id, r.DocumentId, r.Doc, r.EventType, Codes(json["actor"]), Codes(json["recipient"]),
            date?["on"]?.GetValue<string>() ?? $"{date?["from"]?.GetValue<string>()}..{date?["to"]?.GetValue<string>()}",
            amount?["value"]?.ToJsonString(), amount?["currency"]?.GetValue<string?>(), json["commitment"]?["stage"]?.GetValue<string>(),
            r.EntryId, json["evidence"]?["text"]?.GetValue<string>(),
        ];
    }

    private static IEnumerable<RecordSummary> All(LedgerStore store, string? type, long? document)
    {
        for (int offset = 0; ; offset += 1000)
        {
            var items = store.QueryRecords(type, document, offset, 1000).Items;
            foreach (var r in items) yield return r;
            if (items.Count < 1000) yield break;
        }
    }
}
