using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pledgewatch.Ledger.Review;

/// <summary>
/// The audit log's before and after (JSON snapshots of status, fields, merge target and package, or small notes such
/// as <c>{"parent": 5}</c>) as the fields that changed, in words: what <c>ledger history</c>, the entry page and the
/// API show instead of raw JSON. Entities read as their codes (or text), lists as "a, b", a missing value as "—".
/// Never throws: a row that is not JSON is shown as it is.
/// </summary>
public static class AuditChanges
{
    public const string None = "—";

    /// <summary>The fields that differ between <paramref name="before"/> and <paramref name="after"/>, in the order they appear.</summary>
    public static IReadOnlyList<FieldChange> Of(string? before, string? after)
    {
        var old = Flatten(before);
        var @new = Flatten(after);
        var changes = new List<FieldChange>();
        foreach (var field in old.Keys.Concat(@new.Keys).Distinct(StringComparer.Ordinal))
        {
            var b = old.GetValueOrDefault(field, None);
            var a = @new.GetValueOrDefault(field, None);
            if (b != a) changes.Add(new FieldChange(field, b, a));
        }
        return changes;
    }

    /// <summary>One line for a person: "status: candidate → accepted; commitment.stage: pledged → committed".</summary>
    public static string Describe(string? before, string? after)
    {
        var changes = Of(before, after);
        return changes.Count == 0 ? "no field changed" : string.Join("; ", changes.Select(c => $"{c.Field}: {c.Before} → {c.After}"));
    }

    /// <summary>Leaf values by path; an entry snapshot's <c>fields</c> are flattened without that prefix (they are the entry's fields).</summary>
    private static Dictionary<string, string> Flatten(string? json)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json)) return values;
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            values["value"] = json;
            return values;
        }
        if (node is JsonObject o)
        {
            foreach (var (name, value) in o)
            {
                if (name == "fields" && value is JsonObject fields)
                    foreach (var (field, v) in fields) Add(values, field, v);
                else Add(values, name == "merged_into" ? "merged into" : name, value);
            }
        }
        else Add(values, "value", node);
        return values;
    }

    private static void Add(Dictionary<string, string> values, string path, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o when IsEntity(o):
                values[path] = Entity(o);
                break;
            case JsonObject o when IsDate(o):
                values[path] = o["on"]?.ToString() ?? $"{o["from"]}..{o["to"]}";
                if (o["text"] is { } text) values[path + ".text"] = text.ToString();
                break;
            case JsonObject o:
                foreach (var (name, value) in o) Add(values, $"{path}.{name}", value);
                break;
            case JsonArray a when a.All(e => e is JsonValue || e is JsonObject eo && IsEntity(eo)):
                values[path] = a.Count == 0 ? None : string.Join(", ", a.Select(e => e is JsonObject eo ? Entity(eo) : Leaf(e)));
                break;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++) Add(values, $"{path}[{i}]", a[i]);
                break;
            default:
                values[path] = Leaf(node);
                break;
        }
    }

    private static bool IsEntity(JsonObject o) => o.ContainsKey("text") && o.ContainsKey("code") && !o.ContainsKey("value");

    private static bool IsDate(JsonObject o) => o.ContainsKey("on") || (o.ContainsKey("from") && o.ContainsKey("to") && o.Count <= 3);

    private static string Entity(JsonObject o) => o["code"]?.ToString() ?? o["text"]?.ToString() ?? None;

    private static string Leaf(JsonNode? node) => node switch
    {
        null => None,
        JsonValue v when v.TryGetValue(out decimal d) => d.ToString(d == decimal.Truncate(d) ? "#,0" : "#,0.########", CultureInfo.InvariantCulture),
        JsonValue v when v.TryGetValue(out string? s) => s.Length == 0 ? None : s,
        _ => node.ToJsonString(),
    };
}
