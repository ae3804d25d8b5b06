using System.Text.Json.Nodes;
using Pledgewatch.Ledger.Export;

namespace Pledgewatch.Ledger.Recoding;

/// <summary>The fields two versions of an entry differ in, as one line: "amount 100 CAD → 120 CAD; purpose recovery → financial". Pure.</summary>
internal static class FieldDiff
{
    /// <summary>Values longer than this are cut with "…", so one line stays readable.</summary>
    private const int MaxValue = 60;

    public static string Describe(EntryFields before, EntryFields after)
    {
        var a = Flatten(JsonNode.Parse(EntryJson.SerializeFields(before)));
        var b = Flatten(JsonNode.Parse(EntryJson.SerializeFields(after)));
        var changes = a.Keys.Union(b.Keys).Distinct(StringComparer.Ordinal)
            .Where(k => a.GetValueOrDefault(k) != b.GetValueOrDefault(k))
            .Select(k => $"{k} {Show(a.GetValueOrDefault(k))} → {Show(b.GetValueOrDefault(k))}");
        var line = string.Join("; ", changes);
        return line.Length == 0 ? "no field changed" : line;
    }

    /// <summary>Top-level fields, and the commitment's and sanction's one level down ("commitment.amount" reads "amount").</summary>
    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in node?.AsObject() ?? [])
        {
            if (value is JsonObject inner && name is "commitment" or "sanction")
                foreach (var (innerName, innerValue) in inner) values[innerName] = Text(innerValue);
            else values[name] = Text(value);
        }
        return values;
    }

    private static string Text(JsonNode? value) => value switch
    {
        null => "none",
        JsonObject { Count: > 0 } o when o["value"] is { } v && o["currency"] is var c => $"{v.ToJsonString()} {c?.GetValue<string>()}",
        JsonArray a when a.All(x => x is JsonObject o && o["code"] is not null) => string.Join("+", a.Select(x => x!["code"]?.ToString() ?? x!["text"]?.ToString())),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => value.ToJsonString(),
    };

    private static string Show(string? value) =>
        value is null ? "none" : value.Length <= MaxValue ? value : value[..(MaxValue - 1)] + "…";
}
