using System.Collections.Concurrent;
using System.Text.Json;

namespace Pledgewatch.Tests.Amounts;

/// <summary>Loads Specs/amounts/*.json (copied beside the test assembly) once per file.</summary>
internal static class AmountCaseFile
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };
    private static readonly ConcurrentDictionary<string, object> Loaded = new();

    public static IReadOnlyList<AmountCase<T>> Load<T>(string fileName) =>
        (IReadOnlyList<AmountCase<T>>)Loaded.GetOrAdd(fileName, static name =>
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Specs", "amounts", name);
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<List<AmountCase<T>>>(stream, Options)
                   ?? throw new InvalidDataException($"{path} holds no cases.");
        });

    public static AmountCase<T> Get<T>(string fileName, string id) =>
        Load<T>(fileName).Single(c => c.Id == id);

    public static TheoryData<string> Ids<T>(string fileName) => new(Load<T>(fileName).Select(c => c.Id));
}
