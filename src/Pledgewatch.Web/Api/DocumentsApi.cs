using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Reading;
using Pledgewatch.Web.OpenApi;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Api;

/// <summary>/api/v1/documents: the reports in the ledger, and coding and ingesting a new one.</summary>
internal static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/documents").WithTags("Documents");
        documents.MapGet("/", List).Reads()
            .WithSummary("Stored documents")
            .WithDescription("Newest first, with their record counts; q searches ids and titles. format=csv gives all of them (one page when page or pageSize is given).");
        documents.MapGet("/{id:long}", Get).Reads(oneResource: true)
            .WithSummary("One document").WithDescription("Its metadata, the text that evidence offsets point into, and its coded records with their entries.");
        // The body is read by the handler, not bound: a content-type check at routing would answer 415 before authentication.
        documents.MapPost("/", Ingest).RequireAuthorization(Policies.Write)
            .Writes(new RequestBodyDoc("The report: plain text, or an HTML page (its article text is read).", null, true, Types.ToArray()), typeof(DocumentIngested), oneResource: false, conflicts: false, creates: true)
            .WithSummary("Code a report and file it in the ledger")
            .WithDescription("Codes the body into EVENTS.md records and files each in the ledger (201 with the records and their entries). A report whose text is stored already adds nothing (200, is_new false).");
        return api;
    }

    private static readonly IReadOnlyList<string> Types = ["text/plain", "text/html", "application/xhtml+xml"];

    private static Results<Ok<ListResponse<DocumentSummary>>, CsvResult, ValidationProblem> List(string? q, string? page, string? pageSize, string? format, LedgerStore store)
    {
        var errors = new Dictionary<string, string[]>();
        var (offset, limit) = EntryParameters.Paging(page, pageSize, errors);
        if (q?.Length > 200) errors["q"] = ["at most 200 characters"];
        if (format is not (null or "json" or "csv")) errors["format"] = [$"'{format}' is not a format (json or csv)"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (format == "csv")
        {
            var rows = EntryParameters.AsksForPage(page, pageSize) ? store.QueryDocuments(text, offset, limit).Items : AllDocuments(store, text);
            return new CsvResult("documents.csv", ["id", "doc", "title", "url", "country", "published", "ingested_at", "records", "published_from", "country_from", "coder_version"],
                rows.Select(d => (IReadOnlyList<object?>)[d.Id, d.Doc, d.Title, d.Url, d.Country, d.Published, d.IngestedAt, d.Records, d.PublishedFrom, d.CountryFrom, d.CoderVersion]));
        }
        var result = store.QueryDocuments(text, offset, limit);
        return TypedResults.Ok(new ListResponse<DocumentSummary>(result.Items, offset / limit + 1, limit, result.Total));
    }

    private static IEnumerable<DocumentSummary> AllDocuments(LedgerStore store, string? text)
    {
        for (int offset = 0; ; offset += 1000)
        {
            var items = store.QueryDocuments(text, offset, 1000).Items;
            foreach (var d in items) yield return d;
            if (items.Count < 1000) yield break;
        }
    }

    private static Results<Ok<DocumentDetail>, ProblemHttpResult> Get(long id, LedgerStore store)
    {
        if (store.GetDocument(id) is not { } d) return TypedResults.Problem($"There is no document {id}.", statusCode: StatusCodes.Status404NotFound, title: "Not found");
        return TypedResults.Ok(new DocumentDetail(d.Summary, d.Text, Records(store, id)));
    }

    private static IReadOnlyList<JsonObject> Records(LedgerStore store, long documentId) =>
        store.QueryRecords(null, documentId, 0, EntryQuery.MaxLimit).Items
            .Select(r => new JsonObject { ["id"] = r.Id, ["entry_id"] = r.EntryId, ["record"] = JsonNode.Parse(r.Json) }).ToList();

    /// <summary>
    /// Codes and files the body. Reached only by a reviewer or admin from this site, within the limits; then the body:
    /// 413 when too large, 415 unless text or HTML, 400 naming the parameter or the body when they are wrong.
    /// </summary>
    private static async Task<IResult> Ingest(string? doc, string? published, string? country, HttpContext ctx, LedgerStore store, CodingPipeline pipeline, TimeProvider clock)
    {
        var (body, type, refusal) = await JsonBody.ReadAsync(ctx, Types);
        if (refusal is not null) return refusal;
        var errors = new Dictionary<string, string[]>();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(published))
        {
            (day, var problem) = MetadataChecks.Published(published, today);
            if (problem is not null) errors["published"] = [problem];
        }
        string? code = null;
        if (country is not null)
        {
            (code, var problem) = MetadataChecks.Country(country);
            if (problem is not null) errors["country"] = [problem];
        }
        if (doc is not null && (doc.Length is 0 or > 200 || doc.Any(char.IsControl))) errors["doc"] = ["1 to 200 printable characters"];
        if (errors.Count > 0) return JsonBody.Invalid(ctx, errors);

        var id = doc ?? "web-" + Convert.ToHexStringLower(SHA256.HashData(body!))[..12];
        var read = DocumentReader.Read(body!, new ReadOptions(id, day, code, null, type == "text/plain" ? id + ".txt" : id + ".html"));
        if (read.Document is not { } raw || string.IsNullOrWhiteSpace(raw.Text))
            return JsonBody.Invalid(ctx, "body", read.Error ?? "no readable text (empty, or HTML without an article body)");

        var document = pipeline.Complete(raw);
        var stored = new StoredDocument(document.Id, document.Text, document.Title, null, "web", null, document.OutletCountry, document.Published)
        {
            PublishedFrom = day is not null ? MetadataBasis.Given : document.Published is not null ? MetadataBasis.Text : MetadataBasis.Ingest,
            CountryFrom = code is not null ? MetadataBasis.Given : document.OutletCountry is not null ? MetadataBasis.Dateline : null,
            CoderVersion = CoderVersion.Current,
        };
        if (store.DocumentIdByHash(stored.ContentHash) is long existing)
            return TypedResults.Ok(new DocumentIngested(existing, stored.Doc, false, 0, 0, Records(store, existing)));
        var records = pipeline.Code(document, document.Published ?? today).ToList();
        var outcome = store.Ingest(stored, records, Auth.Who(ctx.User));
        var documentId = store.DocumentIdByHash(stored.ContentHash)!.Value;
        var result = new DocumentIngested(documentId, stored.Doc, outcome.IsNew, outcome.NewEntries, outcome.Merged, Records(store, documentId));
        return outcome.IsNew ? TypedResults.Created($"/api/v1/documents/{documentId}", result) : TypedResults.Ok(result);
    }
}
