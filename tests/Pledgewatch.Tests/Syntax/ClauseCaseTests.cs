using System.Text.Json;
using Pledgewatch.Syntax;

namespace Pledgewatch.Tests.Syntax;

/// <summary>
/// The syntax stage on sentences written for these tests (Specs/syntax/clauses.json), one named test per case id
/// (STYLE.md §6). A case lists every clause of its sentence in the parser's order, so the number of clauses is
/// checked; of each clause only the keys it lists are: a value must match, <c>null</c> means "none". Obliques are
/// keyed by preposition (<c>{"to": "Ukraine"}</c>; <c>{"over": null}</c>: no "over" oblique). Phrases are compared
/// as <see cref="ParseFormatter.Phrase"/> writes them ("France + Italy"). A case with <c>skip</c> documents a known
/// parser error and is reported skipped with that reason.
/// </summary>
public sealed class ClauseCaseTests
{
    private static readonly Dictionary<string, JsonElement> Cases = Load();

    private static readonly HashSet<string> CaseKeys = ["id", "why", "text", "outlet", "published", "clauses", "skip"];

    private static readonly HashSet<string> ClauseKeys =
    [
        "kind", "parent", "opener", "verb", "particle", "tense", "passive", "perfect", "progressive", "modal", "negated", "gapped",
        "subj", "obj", "iobj", "obj2", "agent", "antecedent", "obl", "dates",
    ];

    public static TheoryData<string> Ids() => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Ids))]
    public void SentenceParsesIntoTheListedClauses(string id)
    {
        var c = Cases[id];
        if (c.TryGetProperty("skip", out var skip)) Assert.Skip(skip.GetString()!);
        var parse = Parses.One(c.GetProperty("text").GetString()!,
            c.TryGetProperty("published", out var published) ? published.GetString()! : "2026-01-05",
            c.TryGetProperty("outlet", out var outlet) ? outlet.GetString() : null);

        var expected = c.GetProperty("clauses").EnumerateArray().ToList();
        var problems = new List<string>();
        if (expected.Count != parse.Clauses.Count) problems.Add($"{parse.Clauses.Count} clauses, {expected.Count} expected");
        for (int i = 0; i < Math.Min(expected.Count, parse.Clauses.Count); i++)
            Compare(parse, parse.Clauses[i], expected[i], problems);

        Assert.True(problems.Count == 0, $"{c.GetProperty("text").GetString()}\n{string.Join("\n", problems)}\n{Parses.Describe(parse)}");
    }

    [Fact]
    public void CaseFileHasBetween40And300CasesEachWithAReason()
    {
        // Large enough to cover every clause kind, small enough that each case is read and has its reason.
        Assert.InRange(Cases.Count, 40, 300);
        Assert.All(Cases, c => Assert.False(string.IsNullOrWhiteSpace(c.Value.GetProperty("why").GetString()), c.Key));
    }

    [Fact]
    public void CasesUseOnlyKnownKeys()
    {
        foreach (var (id, c) in Cases)
        {
            foreach (var key in c.EnumerateObject()) Assert.True(CaseKeys.Contains(key.Name), $"{id}: unknown key \"{key.Name}\"");
            foreach (var clause in c.GetProperty("clauses").EnumerateArray())
            {
                foreach (var key in clause.EnumerateObject()) Assert.True(ClauseKeys.Contains(key.Name), $"{id}: unknown clause key \"{key.Name}\"");
                Assert.True(KindOf(clause.GetProperty("kind").GetString()!) is not null, $"{id}: unknown kind \"{clause.GetProperty("kind")}\"");
            }
        }
    }

    private static void Compare(SentenceParse p, Clause actual, JsonElement expected, List<string> problems)
    {
        var verb = actual.Verb?.Verb;
        foreach (var key in expected.EnumerateObject())
        {
            var v = key.Value;
            switch (key.Name)
            {
                case "kind": Check("kind", KindOf(v.GetString()!), actual.Kind); break;
                case "parent": Check("parent", v.GetInt32(), actual.Parent); break;
                case "opener": Check("opener", v.GetString(), actual.Opener); break;
                case "verb": Check("verb", v.GetString(), verb?.Lemma); break;
                case "particle": Check("particle", v.GetString(), verb?.Particle); break;
                case "tense": Check("tense", v.GetString(), verb?.Tense.ToString().ToLowerInvariant()); break;
                case "passive": Check("passive", v.GetBoolean(), verb?.Passive ?? false); break;
                case "perfect": Check("perfect", v.GetBoolean(), verb?.Perfect ?? false); break;
                case "progressive": Check("progressive", v.GetBoolean(), verb?.Progressive ?? false); break;
                case "modal": Check("modal", v.GetString(), verb?.Modal); break;
                case "negated": Check("negated", v.GetBoolean(), verb?.Negated ?? false); break;
                case "gapped": Check("gapped", v.GetBoolean(), actual.Gapped); break;
                case "subj": Check("subj", v.GetString(), ParseFormatter.Phrase(p, actual.Subject)); break;
                case "obj": Check("obj", v.GetString(), ParseFormatter.Phrase(p, actual.Object)); break;
                case "iobj": Check("iobj", v.GetString(), ParseFormatter.Phrase(p, actual.IndirectObject)); break;
                case "obj2": Check("obj2", v.GetString(), ParseFormatter.Phrase(p, actual.SecondObject)); break;
                case "agent": Check("agent", v.GetString(), ParseFormatter.Phrase(p, actual.Agent)); break;
                case "antecedent": Check("antecedent", v.GetString(), ParseFormatter.Phrase(p, actual.Antecedent)); break;
                case "obl":
                    foreach (var o in v.EnumerateObject())
                    {
                        var found = actual.Obliques.Where(x => x.Preposition == o.Name).Select(x => ParseFormatter.Phrase(p, x.Object)).ToList();
                        if (o.Value.ValueKind == JsonValueKind.Null)
                        {
                            if (found.Count > 0) problems.Add($"#{actual.Index} {o.Name}: none expected, found \"{string.Join("\", \"", found)}\"");
                        }
                        else if (!found.Contains(o.Value.GetString()))
                            problems.Add($"#{actual.Index} {o.Name}: \"{o.Value.GetString()}\" expected, found {(found.Count == 0 ? "none" : "\"" + string.Join("\", \"", found) + "\"")}");
                    }
                    break;
                case "dates":
                    Check("dates", string.Join(" | ", v.EnumerateArray().Select(d => d.GetString())), string.Join(" | ", actual.Dates.Select(p.TextOf)));
                    break;
            }
        }

        void Check<T>(string what, T want, T got)
        {
            if (!EqualityComparer<T>.Default.Equals(want, got))
                problems.Add($"#{actual.Index} {what}: {Show(want)} expected, found {Show(got)}");
        }
    }

    private static string Show<T>(T value) => value switch
    {
        null => "none",
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        _ => value.ToString()!,
    };

    /// <summary>"reduced relative" → <see cref="ClauseKind.ReducedRelative"/>; null for an unknown kind.</summary>
    private static ClauseKind? KindOf(string kind) =>
        Enum.TryParse<ClauseKind>(kind.Replace(" ", "", StringComparison.Ordinal), ignoreCase: true, out var k) ? k : null;

    private static Dictionary<string, JsonElement> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "syntax", "clauses.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var cases = new Dictionary<string, JsonElement>();
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var id = e.GetProperty("id").GetString()!;
            if (!cases.TryAdd(id, e.Clone())) throw new InvalidDataException($"{path}: duplicate case id \"{id}\".");
        }
        return cases;
    }
}
