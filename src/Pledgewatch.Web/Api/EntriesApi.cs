using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Review;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Api;

/// <summary>
/// /api/v1/entries: the ledger's entries (list, one, history) and their review (accept, reject, edit, merge, split,
/// attach, detach). An entry carries <c>parent</c> (the package it is part of) and <c>parts</c>; one entry also its
/// <c>flags</c> (a part larger than its package).
/// </summary>
internal static class EntriesApi
{
    public static RouteGroupBuilder MapEntriesApi(this RouteGroupBuilder api)
    {
        var entries = api.MapGroup("/entries").WithTags("Ledger entries");
        entries.MapGet("/", List).WithSummary("Ledger entries, filtered, sorted and paged; format=csv exports the whole filtered list.");
        entries.MapGet("/{id:long}", Get).WithSummary("One entry with its sources.");
        entries.MapGet("/{id:long}/history", History).WithSummary("An entry's revisions and audit log.");
        var write = entries.MapGroup("/").RequireAuthorization(Policies.Write);
        write.MapPost("/{id:long}/accept", (long id, HttpContext ctx, LedgerStore store) => Review(store, id, s => s.SetStatus(id, EntryStatus.Accepted, Auth.Who(ctx.User))))
            .WithSummary("Accept an entry (reviewer or admin).");
        write.MapPost("/{id:long}/reject", (long id, HttpContext ctx, LedgerStore store) => Review(store, id, s => s.SetStatus(id, EntryStatus.Rejected, Auth.Who(ctx.User))))
            .WithSummary("Reject an entry (reviewer or admin).");
        write.MapPatch("/{id:long}", Edit).WithSummary("Edit fields: {\"amount\": \"2500000000\", \"stage\": \"committed\", …} (fields of 'ledger edit').");
        write.MapPost("/{id:long}/merge", (long id, MergeRequest body, HttpContext ctx, LedgerStore store) => Review(store, id, s => s.Merge(id, body.From, Auth.Who(ctx.User))))
            .WithSummary("Fold entry 'from' into this entry.");
        write.MapPost("/{id:long}/split", (long id, SplitRequest body, HttpContext ctx, LedgerStore store) => Review(store, id, s => s.Split(id, body.Source, Auth.Who(ctx.User))))
            .WithSummary("Take a source out of this entry into a new entry.");
        write.MapPost("/{id:long}/attach", (long id, AttachRequest body, HttpContext ctx, LedgerStore store) => Review(store, id, s => s.Attach(id, body.Package, Auth.Who(ctx.User))))
            .WithSummary("Make this entry a part of entry 'package' (totals then count the package only).");
        write.MapPost("/{id:long}/detach", (long id, HttpContext ctx, LedgerStore store) => Review(store, id, s => s.Detach(id, Auth.Who(ctx.User))))
            .WithSummary("Take this entry out of its package: it counts as a whole again.");
        return api;
    }

    private static Results<Ok<ListResponse<JsonObject>>, CsvResult, ValidationProblem> List([AsParameters] EntryListParameters p, LedgerStore store)
    {
        var (query, errors) = EntryParameters.Parse(p);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        if (p.Format == "csv") return new CsvResult("entries.csv", ApiJson.EntryColumns, ApiJson.All(store, query).Select(ApiJson.EntryRow));
        var page = store.QueryEntries(query);
        return TypedResults.Ok(new ListResponse<JsonObject>(page.Items.Select(ApiJson.Entry).ToList(), query.Offset / query.Limit + 1, query.Limit, page.Total));
    }

    private static Results<Ok<JsonObject>, ProblemHttpResult> Get(long id, LedgerStore store)
    {
        if (store.GetEntry(id) is not { } e) return NoEntry(id);
        var node = ApiJson.Entry(e);
        node["flags"] = new JsonArray([.. store.PackageFlags(e).Select(f => (JsonNode?)JsonValue.Create(f))]);
        return TypedResults.Ok(node);
    }

    private static Results<Ok<EntryHistory>, ProblemHttpResult> History(long id, LedgerStore store)
    {
        var (revisions, audit) = store.History(id);
        return revisions.Count == 0 ? NoEntry(id) : TypedResults.Ok(new EntryHistory(revisions, audit));
    }

    private static Results<Ok<JsonObject>, ProblemHttpResult, ValidationProblem> Edit(long id, [FromBody] Dictionary<string, JsonElement> fields, HttpContext ctx, LedgerStore store)
    {
        var pairs = fields.Select(kv => $"{kv.Key}={(kv.Value.ValueKind == JsonValueKind.String ? kv.Value.GetString() : kv.Value.ValueKind == JsonValueKind.Null ? "" : kv.Value.GetRawText())}").ToList();
        var (edit, error) = EntryEditor.Parse(pairs);
        if (edit is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [error!] });
        var result = Review(store, id, s => s.Edit(id, Auth.Who(ctx.User), edit));
        return result.Result is Ok<JsonObject> ok ? ok : (ProblemHttpResult)result.Result;
    }

    private static Results<Ok<JsonObject>, ProblemHttpResult> Review(LedgerStore store, long id, Func<LedgerStore, ReviewResult> action)
    {
        if (store.GetEntry(id) is null) return NoEntry(id);
        var result = action(store);
        if (!result.Succeeded) return TypedResults.Problem(result.Error, statusCode: StatusCodes.Status409Conflict, title: "The change was refused");
        return TypedResults.Ok(ApiJson.Entry(store.GetEntry(result.EntryId)!));
    }

    private static ProblemHttpResult NoEntry(long id) => TypedResults.Problem($"There is no entry {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
}
