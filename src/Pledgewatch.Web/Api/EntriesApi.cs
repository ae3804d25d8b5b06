using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Review;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Comparisons;
using Pledgewatch.Web.OpenApi;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Api;

/// <summary>
/// /api/v1/entries: the ledger's entries (list, one, history) and their review (accept, reject, edit, merge, split,
/// attach, detach). An entry carries <c>parent</c> (the package it is part of) and <c>parts</c>; one entry also its
/// <c>flags</c> (a part larger than its package). Writes read their JSON bodies themselves (<see cref="JsonBody"/>), so
/// authentication, authorisation and the limits answer before anything about the body does.
/// </summary>
internal static class EntriesApi
{
    private static readonly RequestBodyDoc NoBody = new("None needed; an empty JSON object is accepted.", null, false, JsonBody.ContentType);

    public static RouteGroupBuilder MapEntriesApi(this RouteGroupBuilder api)
    {
        var entries = api.MapGroup("/entries").WithTags("Ledger entries");
        entries.MapGet("/", List).Reads()
            .WithSummary("Ledger entries of one dataset, filtered, sorted and paged")
            .WithDescription("Live entries (not merged away) of one dataset (dataset=news, the coded reports, by default; kiel; all for every dataset, a commitment once) with their sources, parent and parts, their amount in EUR (amount_eur) and dataset. Amounts sort and filter (minEur, maxEur) in EUR. format=csv gives the whole filtered list as CSV, or one page of it when page or pageSize is given.");
        entries.MapGet("/{id:long}", Get).Reads(oneResource: true)
            .WithSummary("One entry").WithDescription("The entry with its sources (each with its id, for split), parent, parts, flags (a part larger than its package, parts adding up to more) and same_commitment (coded entries that are the same commitment as this imported one).");
        entries.MapGet("/{id:long}/history", History).Reads(oneResource: true)
            .WithSummary("An entry's revisions and audit log")
            .WithDescription("Every revision with its author, and every audit row with its before and after and the fields it changed ('changes': field, before, after).");
        var write = entries.MapGroup("/").RequireAuthorization(Policies.Write);
        write.MapPost("/{id:long}/accept", (long id, HttpContext ctx, LedgerStore store) => Act(ctx, store, id, false, (s, _) => s.SetStatus(id, EntryStatus.Accepted, Auth.Who(ctx.User))))
            .Writes(NoBody, typeof(JsonObject)).WithSummary("Accept an entry").WithDescription("Marks the entry accepted: a new revision and an audit row with the signed-in or token's user.");
        write.MapPost("/{id:long}/reject", (long id, HttpContext ctx, LedgerStore store) => Act(ctx, store, id, false, (s, _) => s.SetStatus(id, EntryStatus.Rejected, Auth.Who(ctx.User))))
            .Writes(NoBody, typeof(JsonObject)).WithSummary("Reject an entry").WithDescription("Marks the entry rejected (kept, never deleted; rankings leave it out).");
        write.MapPatch("/{id:long}", Edit)
            .Writes(new RequestBodyDoc("The fields to change, as text; an empty string clears an optional field.", typeof(EditRequest), true, JsonBody.ContentType), typeof(JsonObject))
            .WithSummary("Edit an entry's fields").WithDescription("Changes the normalised fields as 'ledger edit' does, in a new revision; a field that is not editable or a value that does not parse is a 400 naming it.");
        write.MapPost("/{id:long}/merge", (long id, HttpContext ctx, LedgerStore store) => Act(ctx, store, id, true, (s, body) =>
            {
                var errors = new Dictionary<string, string[]>();
                var from = JsonBody.Id(body, "from", errors);
                var force = JsonBody.Flag(body, "force", errors);
                return errors.Count > 0 ? errors : s.Merge(id, from!.Value, Auth.Who(ctx.User), force);
            }))
            .Writes(new RequestBodyDoc("The entry to fold into this one; force to merge entries of different kinds of event.", typeof(MergeRequest), true, JsonBody.ContentType), typeof(JsonObject))
            .WithSummary("Fold entry 'from' into this entry").WithDescription("Moves the sources of 'from' here and marks it merged (kept with its history). Entries of different kinds of event (a meeting and a commitment) are refused with 409 unless force is true.");
        write.MapPost("/{id:long}/split", (long id, HttpContext ctx, LedgerStore store) => Act(ctx, store, id, true, (s, body) =>
            {
                var errors = new Dictionary<string, string[]>();
                var source = JsonBody.Id(body, "source", errors);
                return errors.Count > 0 ? errors : s.Split(id, source!.Value, Auth.Who(ctx.User));
            }))
            .Writes(new RequestBodyDoc("The source (its id in the entry's sources) to take out.", typeof(SplitRequest), true, JsonBody.ContentType), typeof(JsonObject))
            .WithSummary("Take a source out into a new entry").WithDescription("Undoes a wrong match or merge: the source gets an entry of its own; answers with the new entry.");
        write.MapPost("/{id:long}/attach", (long id, HttpContext ctx, LedgerStore store) => Act(ctx, store, id, true, (s, body) =>
            {
                var errors = new Dictionary<string, string[]>();
                var package = JsonBody.Id(body, "package", errors);
                return errors.Count > 0 ? errors : s.Attach(id, package!.Value, Auth.Who(ctx.User));
            }))
            .Writes(new RequestBodyDoc("The package this entry is a part of.", typeof(AttachRequest), true, JsonBody.ContentType), typeof(JsonObject))
            .WithSummary("Make this entry a part of entry 'package'").WithDescription("Totals then count the package only; loops and non-commitments are refused with 409.");
        write.MapPost("/{id:long}/detach", (long id, HttpContext ctx, LedgerStore store) => Act(ctx, store, id, false, (s, _) => s.Detach(id, Auth.Who(ctx.User))))
            .Writes(NoBody, typeof(JsonObject)).WithSummary("Take this entry out of its package").WithDescription("It counts as a whole again; attach undoes it.");
        return api;
    }

    private static Results<Ok<ListResponse<JsonObject>>, CsvResult, ValidationProblem> List([AsParameters] EntryListParameters p, LedgerStore store, IRankingService rankings)
    {
        var (query, errors) = EntryParameters.Parse(p);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        // Amounts compare in EUR, and the combined view leaves out matched entries: both are kept by the comparisons.
        if (EntryParameters.ReadsEur(query) || query.Dataset == Dataset.All) rankings.Refresh();
        if (p.Format == "csv")
        {
            var rows = EntryParameters.AsksForPage(p.Page, p.PageSize) ? store.QueryEntries(query).Items : ApiJson.All(store, query);
            return new CsvResult("entries.csv", ApiJson.EntryColumns, rows.Select(ApiJson.EntryRow));
        }
        var page = store.QueryEntries(query);
        return TypedResults.Ok(new ListResponse<JsonObject>(page.Items.Select(ApiJson.Entry).ToList(), query.Offset / query.Limit + 1, query.Limit, page.Total));
    }

    private static Results<Ok<JsonObject>, ProblemHttpResult> Get(long id, LedgerStore store, IRankingService rankings)
    {
        rankings.Refresh();
        if (store.GetEntry(id) is not { } e) return NoEntry(id);
        var node = ApiJson.Entry(e);
        node["same_commitment"] = new JsonArray([.. store.SameCommitments(id).Select(x => (JsonNode?)JsonValue.Create(x))]);
        node["flags"] = new JsonArray([.. store.PackageFlags(e).Select(f => (JsonNode?)JsonValue.Create(f))]);
        return TypedResults.Ok(node);
    }

    private static Results<Ok<EntryHistory>, ProblemHttpResult> History(long id, LedgerStore store)
    {
        var (revisions, audit) = store.History(id);
        return revisions.Count == 0 ? NoEntry(id) : TypedResults.Ok(EntryHistory.Of(revisions, audit));
    }

    private static async Task<IResult> Edit(long id, HttpContext ctx, LedgerStore store)
    {
        var (body, refusal) = await JsonBody.ReadObjectAsync(ctx);
        if (refusal is not null) return refusal;
        var errors = new Dictionary<string, string[]>();
        var pairs = new List<string>();
        foreach (var (name, value) in body!)
        {
            if (!EntryEditor.Fields.Contains(name)) errors[name] = [$"not an editable field ({string.Join(", ", EntryEditor.Fields)})"];
            else if (value is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number) pairs.Add($"{name}={(v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : v.ToJsonString())}");
            else if (value is null) pairs.Add($"{name}=");
            else errors[name] = ["a text value (or a number, for amount)"];
        }
        if (errors.Count == 0 && pairs.Count == 0) errors["body"] = [$"nothing to edit: give one or more of {string.Join(", ", EntryEditor.Fields)}"];
        if (errors.Count > 0) return JsonBody.Invalid(ctx, errors);
        // One pair at a time, so a 400 names the field whose value is wrong.
        foreach (var pair in pairs)
            if (EntryEditor.Parse([pair]).Error is { } error) errors[pair[..pair.IndexOf('=')]] = [error];
        if (errors.Count > 0) return JsonBody.Invalid(ctx, errors);
        var (edit, _) = EntryEditor.Parse(pairs);
        return Review(store, id, s => s.Edit(id, Auth.Who(ctx.User), edit!));
    }

    /// <summary>A review action: the body read (<paramref name="needsBody"/>) and checked, then the change, or the refusal.</summary>
    private static async Task<IResult> Act(HttpContext ctx, LedgerStore store, long id, bool needsBody, Func<LedgerStore, JsonObject, OneOf> action)
    {
        var (body, refusal) = await JsonBody.ReadObjectAsync(ctx, optional: !needsBody);
        if (refusal is not null) return refusal;
        if (store.GetEntry(id) is null) return NoEntry(id);
        var outcome = action(store, body!);
        if (outcome.Errors is { } errors) return JsonBody.Invalid(ctx, errors);
        return Answer(store, outcome.Result);
    }

    private static IResult Review(LedgerStore store, long id, Func<LedgerStore, ReviewResult> action)
    {
        if (store.GetEntry(id) is null) return NoEntry(id);
        return Answer(store, action(store));
    }

    private static IResult Answer(LedgerStore store, ReviewResult result) => result.Succeeded
        ? TypedResults.Ok(ApiJson.Entry(store.GetEntry(result.EntryId)!))
        : TypedResults.Problem(result.Error, statusCode: StatusCodes.Status409Conflict, title: "The change was refused");

    private static ProblemHttpResult NoEntry(long id) => TypedResults.Problem($"There is no entry {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not Found");

    /// <summary>Either the fields that are wrong or what the ledger did.</summary>
    private readonly record struct OneOf(Dictionary<string, string[]>? Errors, ReviewResult Result)
    {
        public static implicit operator OneOf(Dictionary<string, string[]> errors) => new(errors, default);

        public static implicit operator OneOf(ReviewResult result) => new(null, result);
    }
}
