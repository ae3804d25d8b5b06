using System.Text.Json;
using Pledgewatch.Records;

namespace Pledgewatch.Evaluation;

/// <summary>
/// Scores a document's records against its gold file as <c>../shared/tools/score-events</c> does: a maximum one-to-one
/// matching of required records, then forbidden checks on the rest, then a matching of optional records; commitments
/// are scored alone on required records with an amount.
/// </summary>
public static class Scorer
{
    public static DocumentScore Score(GoldFile gold, IReadOnlyList<EventRecord> records)
    {
        var docs = records.Select(r => JsonDocument.Parse(RecordJson.ToJsonLine(r))).ToList();
        try
        {
            return Score(gold, docs.Select(d => d.RootElement).ToList());
        }
        finally
        {
            foreach (var d in docs) d.Dispose();
        }
    }

    public static DocumentScore Score(GoldFile gold, IReadOnlyList<JsonElement> preds)
    {
        var used = new bool[preds.Count];
        var hitOf = MaxMatching(gold.Required, preds, Enumerable.Repeat(true, preds.Count).ToArray());
        var found = new List<string>();
        var missed = new List<string>();
        for (int g = 0; g < gold.Required.Count; g++)
        {
            if (hitOf.TryGetValue(g, out var i))
            {
                used[i] = true;
                found.Add(Id(gold.Required[g]));
            }
            else missed.Add(Id(gold.Required[g]));
        }
        var falsePositives = new List<int>();
        var forbidden = new List<string>();
        var candidates = new bool[preds.Count];
        for (int i = 0; i < preds.Count; i++)
        {
            if (used[i]) continue;
            var bad = gold.Forbidden.Cast<JsonElement?>().FirstOrDefault(f => GoldMatcher.HitsForbidden(preds[i], f!.Value));
            if (bad is not null)
            {
                forbidden.Add(Id(bad.Value));
                falsePositives.Add(i);
            }
            else candidates[i] = true;
        }
        var optOf = MaxMatching(gold.Optional, preds, candidates);
        foreach (var i in optOf.Values) used[i] = true;
        for (int i = 0; i < preds.Count; i++)
            if (candidates[i] && !used[i]) falsePositives.Add(i);
        falsePositives.Sort();

        var commitmentGold = gold.Required.Where(HasAmount).Select(Id).ToHashSet();
        return new DocumentScore(
            gold.Doc,
            found.Count,
            missed.Count,
            falsePositives.Count,
            optOf.Count,
            preds.Count,
            missed,
            falsePositives.Select(i => Describe(preds[i])).ToList(),
            forbidden,
            gold.Required.Count(HasAmount),
            found.Count(commitmentGold.Contains),
            preds.Count(GoldMatcher.IsCommitment),
            Enumerable.Range(0, preds.Count).Count(i => used[i] && GoldMatcher.IsCommitment(preds[i])));
    }

    /// <summary>Kuhn's augmenting paths, in gold order then prediction order, exactly as the reference scorer.</summary>
    private static Dictionary<int, int> MaxMatching(IReadOnlyList<JsonElement> golds, IReadOnlyList<JsonElement> preds, bool[] free)
    {
        var owner = new Dictionary<int, int>();
        var cache = new Dictionary<(int, int), bool>();
        bool Match(int g, int i)
        {
            if (!cache.TryGetValue((g, i), out var m)) cache[(g, i)] = m = GoldMatcher.Matches(preds[i], golds[g]);
            return m;
        }
        bool Augment(int g, HashSet<int> seen)
        {
            for (int i = 0; i < preds.Count; i++)
            {
                if (free[i] && !seen.Contains(i) && Match(g, i))
                {
                    seen.Add(i);
                    if (!owner.TryGetValue(i, out var other) || Augment(other, seen))
                    {
                        owner[i] = g;
                        return true;
                    }
                }
            }
            return false;
        }
        for (int g = 0; g < golds.Count; g++) Augment(g, []);
        return owner.ToDictionary(kv => kv.Value, kv => kv.Key);
    }

    private static string Id(JsonElement gold) =>
        gold.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString()! : "?";

    private static bool HasAmount(JsonElement gold) =>
        gold.TryGetProperty("commitment", out var c) && c.ValueKind == JsonValueKind.Object
        && c.TryGetProperty("amount", out var a) && a.ValueKind == JsonValueKind.Object && a.EnumerateObject().Any();

    private static string Describe(JsonElement pred)
    {
        var type = pred.TryGetProperty("event_type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : "?";
        var text = pred.TryGetProperty("evidence", out var e) && e.ValueKind == JsonValueKind.Object
            && e.TryGetProperty("text", out var x) && x.ValueKind == JsonValueKind.String ? x.GetString()! : "";
        return type + ": " + (text.Length > 90 ? text[..90] : text);
    }
}
