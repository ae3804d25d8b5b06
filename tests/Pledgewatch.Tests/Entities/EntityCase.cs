using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pledgewatch.Tests.Entities;

/// <summary>
/// One case of Specs/entities/cases.json: an input of one or more sentences, its context, and the mentions expected
/// in text order. Unless <see cref="Partial"/>, the expected list is all the mentions; empty = none (a negative case).
/// </summary>
internal sealed record EntityCase(
    string Id,
    string Input,
    DateOnly? Published,
    string? Outlet,
    IReadOnlyList<ExpectedMention> Expected,
    string Note,
    bool Partial = false,
    IReadOnlyList<string>? Absent = null)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static IReadOnlyList<EntityCase> All { get; } = Load();

    private static List<EntityCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "entities", "cases.json");
        return JsonSerializer.Deserialize<List<EntityCase>>(File.ReadAllText(path), Options)!;
    }
}
