using System.Text.Json;

namespace Pledgewatch.Tests.Reading;

/// <summary>Loads the case files in Specs/reading/ once, keyed by case id.</summary>
internal static class ReadingSpecs
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyDictionary<string, StatedDateCase>> s_dates = new(() => Load<StatedDateCase>("stated-dates.json", c => c.Id));

    private static readonly Lazy<IReadOnlyDictionary<string, DatelineCase>> s_datelines = new(() => Load<DatelineCase>("datelines.json", c => c.Id));

    public static IReadOnlyDictionary<string, StatedDateCase> StatedDates => s_dates.Value;

    public static IReadOnlyDictionary<string, DatelineCase> Datelines => s_datelines.Value;

    private static IReadOnlyDictionary<string, T> Load<T>(string file, Func<T, string> id)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "reading", file);
        var cases = JsonSerializer.Deserialize<T[]>(File.ReadAllText(path), s_json)
                    ?? throw new InvalidDataException($"{path} holds no cases.");
        return cases.ToDictionary(id);
    }
}
