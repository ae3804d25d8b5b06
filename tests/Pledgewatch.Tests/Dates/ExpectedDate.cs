using System.Text.Json;
using Pledgewatch.Dates;

namespace Pledgewatch.Tests.Dates;

/// <summary>An expected date phrase. <see cref="CheckNext"/>/<see cref="CheckRelative"/> say whether the case states those.</summary>
internal sealed record ExpectedDate(string Text, DateOnly From, DateOnly To, bool CheckNext, DateRange? Next, bool? Relative)
{
    public bool CheckRelative => Relative is not null;

    public static ExpectedDate Read(JsonElement item)
    {
        bool checkNext = item.TryGetProperty("next", out var next);
        DateRange? nextRange = checkNext && next.ValueKind == JsonValueKind.String ? ParseRange(next.GetString()!) : null;
        bool? relative = item.TryGetProperty("relative", out var rel) ? rel.GetBoolean() : null;
        return new ExpectedDate(item.GetProperty("text").GetString()!, DateOnly.Parse(item.GetProperty("from").GetString()!),
            DateOnly.Parse(item.GetProperty("to").GetString()!), checkNext, nextRange, relative);
    }

    /// <summary>"2026-01-09..2026-01-09", or one date for a single day.</summary>
    private static DateRange ParseRange(string text)
    {
        var parts = text.Split("..");
        return new DateRange(DateOnly.Parse(parts[0]), DateOnly.Parse(parts[^1]));
    }
}
