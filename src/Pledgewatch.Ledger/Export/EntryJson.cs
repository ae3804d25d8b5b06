using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Export;

/// <summary>
/// The ledger's JSON: entry fields as stored in the database, and the export contract that scripts outside the repo
/// read: <c>{id, status, parent, parts, event_type, mode, context, actor, recipient, date, location, commitment,
/// sanction, sources}</c> with EVENTS.md shapes, <c>parent</c> the id of the package the entry is part of (or null),
/// <c>parts</c> the ids of its own parts, and <c>sources: [{doc, title, url, published, evidence, rule}]</c>. Entry
/// fields never carry a record's <c>commitment.part_of</c>: the ledger's link is <c>parent</c>. Reading what
/// <see cref="WriteEntry"/> wrote gives back an equal entry (the import round trip depends on it).
/// </summary>
public static class EntryJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutPartOf } },
        };
        options.Converters.Add(new EventDateConverter());
        options.Converters.Add(new EntityRefConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>A record's part_of names a record of its document, meaningless in the ledger: entries link by parent instead.</summary>
    private static void WithoutPartOf(JsonTypeInfo type)
    {
        if (type.Type != typeof(Commitment)) return;
        for (int i = type.Properties.Count - 1; i >= 0; i--)
            if (type.Properties[i].Name == "part_of") type.Properties.RemoveAt(i);
    }

    public static string SerializeFields(EntryFields fields) => JsonSerializer.Serialize(fields, Options);

    public static EntryFields DeserializeFields(string json) =>
        JsonSerializer.Deserialize<EntryFields>(json, Options) ?? throw new JsonException("entry fields are null");

    public static string SerializeEvidence(Evidence evidence) => JsonSerializer.Serialize(evidence, Options);

    public static Evidence DeserializeEvidence(string json) =>
        JsonSerializer.Deserialize<Evidence>(json, Options) ?? throw new JsonException("evidence is null");

    /// <summary>One entry as an export object: id, status, parent and parts first, the fields, then the sources in ledger order.</summary>
    public static JsonObject ToNode(LedgerEntry entry)
    {
        var node = new JsonObject
        {
            ["id"] = entry.Id,
            ["status"] = entry.Status,
            ["parent"] = entry.Parent,
            ["parts"] = new JsonArray([.. entry.Parts.Select(p => (JsonNode?)JsonValue.Create(p))]),
        };
        var fields = JsonSerializer.SerializeToNode(entry.Fields, Options)!.AsObject();
        foreach (var (name, value) in fields.ToList())
        {
            fields.Remove(name);
            node[name] = value;
        }
        var sources = new JsonArray();
        foreach (var s in entry.Sources)
        {
            sources.Add(new JsonObject
            {
                ["doc"] = s.Doc,
                ["title"] = s.Title,
                ["url"] = s.Url,
                ["published"] = s.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["evidence"] = JsonSerializer.SerializeToNode(s.Evidence, Options),
                ["rule"] = s.Rule,
            });
        }
        node["sources"] = sources;
        return node;
    }

    public static void WriteEntry(Utf8JsonWriter writer, LedgerEntry entry) => ToNode(entry).WriteTo(writer, Options);

    /// <summary>Reads an exported entry back; throws <see cref="JsonException"/> naming the field when the shape is wrong.</summary>
    public static LedgerEntry ReadEntry(JsonObject node)
    {
        long id = node["id"]?.GetValue<long>() ?? throw new JsonException("an entry has no id");
        string status = node["status"]?.GetValue<string>() ?? throw new JsonException($"entry {id} has no status");
        // Exports made before parent entries have neither field: such entries are wholes.
        var parent = node["parent"]?.GetValue<long>();
        var parts = new List<long>();
        foreach (var p in node["parts"]?.AsArray() ?? [])
            parts.Add(p?.GetValue<long>() ?? throw new JsonException($"entry {id} has a part that is null"));
        var fieldsNode = new JsonObject();
        foreach (var (name, value) in node)
            if (name is not ("id" or "status" or "parent" or "parts" or "sources")) fieldsNode[name] = value?.DeepClone();
        var fields = fieldsNode.Deserialize<EntryFields>(Options) ?? throw new JsonException($"entry {id} has no fields");
        var sources = new List<EntrySource>();
        foreach (var s in node["sources"]?.AsArray() ?? [])
        {
            if (s is not JsonObject o) throw new JsonException($"entry {id} has a source that is not an object");
            var published = o["published"]?.GetValue<string>();
            sources.Add(new EntrySource(
                0,
                o["doc"]?.GetValue<string>() ?? throw new JsonException($"entry {id} has a source without doc"),
                o["title"]?.GetValue<string>(),
                o["url"]?.GetValue<string>(),
                published is null ? null : DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                o["evidence"].Deserialize<Evidence>(Options) ?? throw new JsonException($"entry {id} has a source without evidence"),
                o["rule"]?.GetValue<string>() ?? "imported"));
        }
        return new LedgerEntry(id, status, fields, sources) { Parent = parent, Parts = parts };
    }
}
