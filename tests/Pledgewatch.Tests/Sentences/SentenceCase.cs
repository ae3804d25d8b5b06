using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pledgewatch.Tests.Sentences;

/// <summary>One case of Specs/sentences/cases.json: an input and the sentences it must split into, in order.</summary>
internal sealed record SentenceCase(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("input")] string Input,
    [property: JsonPropertyName("sentences")] string[] Sentences,
    [property: JsonPropertyName("note")] string Note)
{
    private static readonly Lazy<IReadOnlyDictionary<string, SentenceCase>> s_all = new(Load);

    public static TheoryData<string> Ids => [.. s_all.Value.Keys];

    public static SentenceCase Get(string id) => s_all.Value[id];

    private static IReadOnlyDictionary<string, SentenceCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "sentences", "cases.json");
        var cases = JsonSerializer.Deserialize<SentenceCase[]>(File.ReadAllText(path))
                    ?? throw new InvalidDataException($"{path} holds no cases.");
        return cases.ToDictionary(c => c.Id);
    }
}
