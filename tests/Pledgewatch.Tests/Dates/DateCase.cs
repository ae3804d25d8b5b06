using System.Text.Json;

namespace Pledgewatch.Tests.Dates;

/// <summary>
/// One case of Specs/dates/cases.json: a sentence, its publication date, and every date phrase the extractor must
/// return, in order (an empty list is a negative case). An expected phrase's <c>next</c> is checked only when the
/// key is present: <c>null</c> means "no future reading", <c>"from..to"</c> the future reading; likewise
/// <c>relative</c>.
/// </summary>
internal sealed record DateCase(string Id, string Input, DateOnly Published, IReadOnlyList<ExpectedDate> Expected, string Note)
{
    private static readonly Lazy<IReadOnlyDictionary<string, DateCase>> All = new(Load);

    public static IReadOnlyDictionary<string, DateCase> ById => All.Value;

    private static IReadOnlyDictionary<string, DateCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "dates", "cases.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new Dictionary<string, DateCase>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var id = item.GetProperty("id").GetString()!;
            var expected = item.GetProperty("expected").EnumerateArray().Select(ExpectedDate.Read).ToList();
            var @case = new DateCase(id, item.GetProperty("input").GetString()!,
                DateOnly.Parse(item.GetProperty("published").GetString()!), expected, item.GetProperty("note").GetString()!);
            if (!cases.TryAdd(id, @case)) throw new InvalidDataException($"{path}: duplicate case id \"{id}\".");
        }
        return cases;
    }
}
