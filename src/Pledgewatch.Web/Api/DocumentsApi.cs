using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Reading;
using Pledgewatch.Web.Hosting;
using Pledgewatch.Web.Security;

namespace Pledgewatch.Web.Api;

/// <summary>/api/v1/documents: the reports in the ledger, and coding and ingesting a new one.</summary>
internal static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/documents").WithTags("Documents");
        documents.MapGet("/", List).WithSummary("Stored documents, newest first; q searches ids and titles; format=csv for all of them.");
        documents.MapGet("/{id:long}", Get).WithSummary("One document: metadata, text and its coded records.");
        documents.MapPost("/", Ingest).RequireAuthorization(Policies.Write)
            .Accepts<string>("text/plain", "text/html")
            .WithSummary("Code a report (the body, text/plain or text/html) and file its records in the ledger; returns the records.");
        return api;
    }

    private static Results<Ok<ListResponse<DocumentSummary>>, CsvResult, ValidationProblem> List(string? q, int? page, int? pageSize, string? format, LedgerStore store)
    {
        var errors = new Dictionary<string, string[]>();
        var (offset, limit) = EntryParameters.Paging(page, pageSize, errors);
        if (q?.Length > 200) errors["q"] = ["at most 200 characters"];
        if (format is not (null or "json" or "csv")) errors["format"] = ["json or csv"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var text = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        if (format == "csv")
        {
            return new CsvResult("documents.csv", ["id", "doc", "title", "url", "country", "published", "ingested_at", "records"],
                AllDocuments(store, text).Select(d => (IReadOnlyList<object?>)[d.Id, d.Doc, d.Title, d.Url, d.Country, d.Published, d.IngestedAt, d.Records]));
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

    /// <param name="doc">The document id for its records (default: "web-" and the start of the text's SHA-256).</param>
    /// <param name="published">Publication date (YYYY-MM-DD); else what the report states, else today.</param>
    /// <param name="country">ISO3 of the outlet's country (decides what a bare "$" is).</param>
    private static async Task<Results<Created<DocumentIngested>, Ok<DocumentIngested>, ValidationProblem, ProblemHttpResult>> Ingest(
        string? doc, string? published, string? country, HttpContext ctx, LedgerStore store, CodingPipeline pipeline, IOptions<WebOptions> options, TimeProvider clock)
    {
        var errors = new Dictionary<string, string[]>();
        var day = EntryParameters.Day(published, "published", errors);
        if (country is not null && !(country.Length == 3 && country.All(char.IsAsciiLetter))) errors["country"] = [$"'{country}' is not an ISO3 code such as CAN"];
        if (doc is not null && (doc.Length is 0 or > 200 || doc.Any(char.IsControl))) errors["doc"] = ["1 to 200 printable characters"];
        var type = ctx.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is not ("text/plain" or "text/html" or "application/xhtml+xml"))
            return TypedResults.Problem("Send the report as text/plain or text/html.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var body = await BodySizeLimit.ReadAsync(ctx.Request, options.Value.MaxBodyBytes, ctx.RequestAborted);
        if (body is null) return TypedResults.Problem($"The report is larger than {options.Value.MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");
        var id = doc ?? "web-" + Convert.ToHexStringLower(SHA256.HashData(body))[..12];
        var read = DocumentReader.Read(body, new ReadOptions(id, day, country?.ToUpperInvariant(), null, type == "text/plain" ? id + ".txt" : id + ".html"));
        if (read.Document is not { } raw || string.IsNullOrWhiteSpace(raw.Text))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [read.Error ?? "no readable text (empty, or HTML without an article body)"] });

        var document = pipeline.Complete(raw);
        var stored = new StoredDocument(document.Id, document.Text, document.Title, null, "web", null, document.OutletCountry, document.Published);
        if (store.DocumentIdByHash(stored.ContentHash) is long existing)
            return TypedResults.Ok(new DocumentIngested(existing, stored.Doc, false, 0, 0, Records(store, existing)));
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var records = pipeline.Code(document, document.Published ?? today).ToList();
        var outcome = store.Ingest(stored, records, Auth.Who(ctx.User));
        var documentId = store.DocumentIdByHash(stored.ContentHash)!.Value;
        var result = new DocumentIngested(documentId, stored.Doc, outcome.IsNew, outcome.NewEntries, outcome.Merged, Records(store, documentId));
        return outcome.IsNew ? TypedResults.Created($"/api/v1/documents/{documentId}", result) : TypedResults.Ok(result);
    }
}
