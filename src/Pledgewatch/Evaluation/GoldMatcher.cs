using System.Globalization;
using System.Text.Json;

namespace Pledgewatch.Evaluation;

/// <summary>
/// The matching rules of EVENTS.md ("The gold files"), as <c>../shared/tools/score-events</c> applies them: event type
/// in the gold list, mode equal, one shared actor and recipient code, predicted date inside (overlapping) the gold
/// range, location code equal, amount within 1% in the same currency, one shared instrument.
/// </summary>
internal static class GoldMatcher
{
    public static bool Matches(JsonElement pred, JsonElement gold)
    {
        var types = Strings(Get(gold, "event_type"));
        if (types.Count > 0 && !types.Contains(Str(Get(pred, "event_type")) ?? "\0")) return false;
        var mode = Str(Get(gold, "mode"));
        if (!string.IsNullOrEmpty(mode) && Str(Get(pred, "mode")) != mode) return false;
        foreach (var role in (ReadOnlySpan<string>)["actor", "recipient"])
        {
            var want = Strings(Get(gold, role)).Select(c => c.ToUpperInvariant()).ToHashSet();
            if (want.Count > 0 && !Codes(Get(pred, role)).Overlaps(want)) return false;
        }
        var gdate = Get(gold, "date");
        if (Truthy(gdate))
        {
            var g = Span(gdate);
            var p = Span(Get(pred, "date"));
            if (g is null || p is null || p.Value.To < g.Value.From || p.Value.From > g.Value.To) return false;
        }
        var gloc = Str(Get(Get(gold, "location"), "code"));
        if (!string.IsNullOrEmpty(gloc) && !string.Equals(Str(Get(Get(pred, "location"), "code")) ?? "", gloc, StringComparison.OrdinalIgnoreCase))
            return false;
        var gc = Get(gold, "commitment");
        if (Truthy(gc))
        {
            var pc = Get(pred, "commitment");
            var ga = Get(gc, "amount");
            if (Truthy(ga))
            {
                var pa = Get(pc, "amount");
                if (!TryNumber(Get(pa, "value"), out var pv)) return false;
                var pcur = (Str(Get(pa, "currency")) ?? "").ToUpperInvariant();
                if (pcur != (Str(Get(ga, "currency")) ?? "").ToUpperInvariant()) return false;
                TryNumber(Get(ga, "value"), out var gv);
                if (Math.Abs(pv - gv) > 0.01 * Math.Abs(gv)) return false;
            }
            var gi = Strings(Get(gc, "instruments"));
            if (gi.Count > 0 && !gi.Overlaps(Strings(Get(pc, "instruments")))) return false;
        }
        return true;
    }

    /// <summary>A forbidden record hits when its text filters hold and its other fields match.</summary>
    public static bool HitsForbidden(JsonElement pred, JsonElement forbidden)
    {
        var actorText = Str(Get(forbidden, "actor_text_contains"));
        if (!string.IsNullOrEmpty(actorText) && !EntityTexts(Get(pred, "actor")).Contains(actorText, StringComparison.OrdinalIgnoreCase))
            return false;
        var evidence = Str(Get(forbidden, "evidence_contains"));
        if (!string.IsNullOrEmpty(evidence)
            && !(Str(Get(Get(pred, "evidence"), "text")) ?? "").Contains(evidence, StringComparison.OrdinalIgnoreCase))
            return false;
        var rest = forbidden.EnumerateObject().Where(p => p.Name is not ("id" or "actor_text_contains" or "evidence_contains")).ToList();
        if (rest.Count == 0) return true;
        using var doc = JsonDocument.Parse("{" + string.Join(",", rest.Select(p => JsonSerializer.Serialize(p.Name) + ":" + p.Value.GetRawText())) + "}");
        return Matches(pred, doc.RootElement);
    }

    /// <summary>A prediction counts as a commitment when it has a non-empty <c>commitment.amount</c>.</summary>
    public static bool IsCommitment(JsonElement pred) => Truthy(Get(Get(pred, "commitment"), "amount"));

    private static JsonElement Get(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? v : default;

    private static string? Str(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.GetRawText(),
        _ => null,
    };

    /// <summary>Python truthiness of a JSON value: absent, null, false, "", 0, [] and {} are false.</summary>
    private static bool Truthy(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null or JsonValueKind.False => false,
        JsonValueKind.String => e.GetString()!.Length > 0,
        JsonValueKind.Number => e.GetDouble() != 0,
        JsonValueKind.Array => e.GetArrayLength() > 0,
        JsonValueKind.Object => e.EnumerateObject().Any(),
        _ => true,
    };

    private static HashSet<string> Strings(JsonElement e)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray())
                if (Str(x) is { } s) set.Add(s);
        }
        else if (Str(e) is { } single) set.Add(single);
        return set;
    }

    private static HashSet<string> Codes(JsonElement entities)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (entities.ValueKind != JsonValueKind.Array) return set;
        foreach (var e in entities.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                var code = Get(e, "code");
                if (Truthy(code) && Str(code) is { } c) set.Add(c.ToUpperInvariant());
            }
            else if (e.ValueKind == JsonValueKind.String) set.Add(e.GetString()!.ToUpperInvariant());
        }
        return set;
    }

    private static string EntityTexts(JsonElement entities)
    {
        if (entities.ValueKind != JsonValueKind.Array) return "";
        var parts = new List<string>();
        foreach (var e in entities.EnumerateArray())
            if (e.ValueKind == JsonValueKind.Object)
                parts.Add((Str(Get(e, "text")) ?? "") + " " + (Str(Get(e, "name")) ?? ""));
        return string.Join(" ", parts);
    }

    private static (DateOnly From, DateOnly To)? Span(JsonElement d)
    {
        if (d.ValueKind != JsonValueKind.Object) return null;
        if (Truthy(Get(d, "on")))
            return Day(Get(d, "on")) is { } x ? (x, x) : null;
        var a = Day(Get(d, "from"));
        var b = Day(Get(d, "to"));
        return a is { } from && b is { } to ? (from, to) : null;
    }

    private static DateOnly? Day(JsonElement e)
    {
        var s = Str(e);
        if (s is null || s.Length < 10) return null;
        return DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    private static bool TryNumber(JsonElement e, out double value)
    {
        value = 0;
        return e.ValueKind switch
        {
            JsonValueKind.Number => e.TryGetDouble(out value),
            JsonValueKind.String => double.TryParse(e.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value),
            _ => false,
        };
    }
}
