using System.Text.Json;
using Pledgewatch.Evaluation;
using Pledgewatch.Records;
using Pledgewatch.Tests.Support;

namespace Pledgewatch.Tests.Events;

/// <summary>
/// The coder end to end on short reports written for these tests (Specs/events/cases.json). Each case is its own test;
/// expectations are partial records checked with the gold-file matching rules of EVENTS.md.
/// </summary>
public sealed class EventCaseTests
{
    private static readonly Dictionary<string, JsonElement> Cases = Load();

    public static TheoryData<string> Ids() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void CaseIsCodedAsExpected(string id)
    {
        var c = Cases[id];
        var records = Coder.Code(c.GetProperty("text").GetString()!, c.GetProperty("published").GetString()!,
            c.TryGetProperty("outlet", out var o) ? o.GetString() : null);
        var json = records.Select(r => JsonDocument.Parse(RecordJson.ToJsonLine(r)).RootElement).ToList();
        var listing = string.Join("\n", records.Select(RecordJson.ToJsonLine));

        foreach (var expected in c.GetProperty("expected").EnumerateArray())
            Assert.True(json.Any(r => GoldMatcher.Matches(r, expected) && PartAsExpected(r, expected)), $"no record matches {expected}\nrecords:\n{listing}");
        if (c.TryGetProperty("forbidden", out var forbidden))
            foreach (var f in forbidden.EnumerateArray())
                Assert.False(json.Any(r => GoldMatcher.Matches(r, f)), $"a record matches forbidden {f}\nrecords:\n{listing}");
        if (c.TryGetProperty("max_records", out var max))
            Assert.True(records.Count <= max.GetInt32(), $"{records.Count} records, at most {max.GetInt32()} expected:\n{listing}");
    }

    /// <summary>An expectation's "is_part" (optional): whether the record must name a whole in commitment.part_of.</summary>
    private static bool PartAsExpected(JsonElement record, JsonElement expected)
    {
        if (!expected.TryGetProperty("is_part", out var want)) return true;
        bool isPart = record.TryGetProperty("commitment", out var c) && c.ValueKind == JsonValueKind.Object
            && c.TryGetProperty("part_of", out var part) && part.ValueKind == JsonValueKind.String;
        return isPart == want.GetBoolean();
    }

    private static Dictionary<string, JsonElement> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "events", "cases.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.Clone());
    }
}
