using Microsoft.OpenApi;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Api;
using Pledgewatch.Web.Comparisons;

namespace Pledgewatch.Web.OpenApi;

/// <summary>
/// The descriptions, examples and schemas of every API parameter, in one place: by name, or by "path|name" where one
/// name means something else on one path (<c>type</c> is a PLOVER category on entries and events, a kind of support
/// on rankings). <see cref="ApiDocument"/> applies them; a parameter missing here fails the OpenAPI test.
/// </summary>
internal static class ApiParameters
{
    private static readonly string MaxPage = EntryQuery.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, ParameterDoc> Docs = new(StringComparer.Ordinal)
    {
        ["status"] = new("Entry statuses, comma-separated: candidate, accepted, rejected, orphaned (default: all; rankings count all but rejected).", "accepted"),
        ["dataset"] = new("The dataset to read: news (entries coded from reports, the default), kiel (the Kiel tracker's import), another import's name, or all (every dataset, a commitment in an import and in the news counted once).", "kiel"),
        ["minEur"] = new("Entries whose amount is at least this many EUR (converted at the ECB rate of their date; entries without a rate are left out).", "1000000000", JsonSchemaType.Number, Minimum: "0"),
        ["maxEur"] = new("Entries whose amount is at most this many EUR.", "5000000000", JsonSchemaType.Number, Minimum: "0"),
        ["type"] = new("PLOVER category of the entry or record.", "AGREE", Values: Vocabulary.EventTypes),
        ["/api/v1/rankings|type"] = new("Kind of support: all (default), financial, military or humanitarian (not a PLOVER category).", "military", Values: RankingQuery.Types),
        ["actor"] = new("Actor code: ISO 3166-1 alpha-3, or a body's code (EU, NATO).", "CAN"),
        ["recipient"] = new("Recipient code: ISO 3166-1 alpha-3, or a body's code.", "UKR"),
        ["stage"] = new("Commitment stage.", "pledged", Values: Vocabulary.Stages),
        ["purpose"] = new("Commitment purpose (rankings refuse it: they filter by type of support).", "military", Values: Vocabulary.Purposes),
        ["currency"] = new("ISO 4217 currency of the amount (rankings refuse it: they are in EUR).", "EUR"),
        ["from"] = new("Entries whose dates reach this day or later (YYYY-MM-DD).", "2025-12-01", Format: "date"),
        ["to"] = new("Entries whose dates begin on this day or earlier (YYYY-MM-DD).", "2026-01-31", Format: "date"),
        ["q"] = new("Words to find (at most 200 characters): in the entries' fields, or in documents' ids and titles.", "halifax"),
        ["sort"] = new($"Sort key: {string.Join(", ", EntryQuery.SortKeys)}; '-' in front for descending.", "-date"),
        ["/api/v1/actors/|sort"] = new("entries (most entries first, the default) or code (alphabetical).", "code", Values: ["entries", "code"]),
        ["page"] = new("Page number, from 1.", "1", JsonSchemaType.Integer, "int32", "1"),
        ["pageSize"] = new($"Items per page, 1 to {MaxPage} (default 50).", "50", JsonSchemaType.Integer, "int32", "1", MaxPage),
        ["format"] = new("json (default) or csv; csv gives the whole filtered list, or one page of it when page or pageSize is given.", "csv", Values: ["json", "csv"]),
        ["document"] = new("Only the records of this stored document (its id).", "2", JsonSchemaType.Integer, "int64", "1"),
        ["id"] = new("The id of the entry.", "4", JsonSchemaType.Integer, "int64", "1"),
        ["/api/v1/documents/{id}|id"] = new("The id of the stored document.", "2", JsonSchemaType.Integer, "int64", "1"),
        ["code"] = new("The actor's code (case does not matter).", "CAN"),
        ["by"] = new("What to rank by: total (EUR), per-capita (EUR per person), share-of-gdp (percent of GDP) or count.", "per-capita", Values: RankingQuery.Metrics),
        ["limit"] = new("At most this many rows, 1 to 1000 (default 20).", "10", JsonSchemaType.Integer, "int32", "1", "1000"),
        ["breakdown"] = new("Split each row by the purposes or instruments of the parts of its packages.", "purpose", Values: RankingQuery.Breakdowns),
        ["text"] = new("The claim, 1 to 500 characters.", "Canada gave more than Germany per capita"),
        ["doc"] = new("The document id its records carry (default: 'web-' and the start of the text's SHA-256); 1 to 200 printable characters.", "halifax-2025-12-28"),
        ["published"] = new("Publication date (YYYY-MM-DD); else what the report says, else today.", "2025-12-28", Format: "date"),
        ["country"] = new("ISO 3166-1 alpha-3 code of the outlet's country (decides what a bare '$' is).", "CAN"),
    };

    /// <summary>The description of parameter <paramref name="name"/> on <paramref name="path"/>, or null when it has none (a gap the tests report).</summary>
    public static ParameterDoc? Find(string path, string name) =>
        Docs.GetValueOrDefault($"{path}|{name}") ?? Docs.GetValueOrDefault($"{path.TrimEnd('/')}/|{name}") ?? Docs.GetValueOrDefault(name);
}
