using Pledgewatch.Reference;

namespace Pledgewatch.Events.Frames;

/// <summary>
/// The event frames, indexed by lemma and part of speech. Rows come from event-frames.tsv (written for Pledgewatch)
/// and event-frames-cameo.tsv (imported from PETRARCH2's CAMEO verb dictionary) — ours first, so that where both
/// have a row of the same specificity ours wins. A bad row is an error naming its file and line. Built once; thread-safe.
/// </summary>
public sealed class FrameTable
{
    private readonly Dictionary<string, List<EventFrame>> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EventFrame>> _nouns = new(StringComparer.Ordinal);

    private static readonly Lazy<FrameTable> s_default = new(() => Load(EventLexicon.Default));

    public static FrameTable Default => s_default.Value;

    /// <summary>Every noun frame's lemma has this many words at most ("hunger strike" = 2).</summary>
    public int LongestNoun { get; private set; } = 1;

    public static FrameTable Load(EventLexicon lexicon)
    {
        var table = new FrameTable();
        var problems = new List<string>();
        table.Read("event-frames.tsv", lexicon, problems);
        if (problems.Count > 0) throw new InvalidDataException("Bad rows in the event frames: " + string.Join("; ", problems));
        return table;
    }

    private void Read(string name, EventLexicon lexicon, List<string> problems)
    {
        using var reader = EmbeddedTable.Open(name);
        int line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#' || string.IsNullOrWhiteSpace(text)) continue;
            var f = text.Split('\t');
            if (f.Length < 7) { problems.Add($"{name}:{line}: expected 7 columns, found {f.Length}"); continue; }
            var lemma = f[0].Trim().ToLowerInvariant();
            bool noun = f[1].Trim() switch { "n" => true, "v" => false, _ => throw new InvalidDataException($"{name}:{line}: pos must be v or n") };
            var when = new List<FrameConstraint>();
            foreach (var c in f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (FrameConstraint.Parse(c, out var error) is { } constraint) when.Add(constraint);
                else problems.Add($"{name}:{line}: {error}");
            }
            var category = f[3].Trim() is "-" or "" ? null : f[3].Trim();
            if (category is not null && !Categories.Contains(category)) problems.Add($"{name}:{line}: unknown PLOVER category '{category}'");
            var role = f[6].Trim();
            if (!lexicon.Roles.ContainsKey(role)) problems.Add($"{name}:{line}: unknown role '{role}' (event-roles.tsv)");
            string? particle = null;
            if (!noun && lemma.Contains(' '))
            {
                int space = lemma.IndexOf(' ');
                particle = lemma[(space + 1)..];
                lemma = lemma[..space];
            }
            var frame = new EventFrame(lemma, noun, when, category, f[4].Trim() is { Length: > 0 } m ? m : null,
                f[5].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), role, $"{name}:{line}") { Particle = particle };
            var index = noun ? _nouns : _verbs;
            if (!index.TryGetValue(lemma, out var rows)) index[lemma] = rows = [];
            rows.Add(frame);
            if (noun) LongestNoun = Math.Max(LongestNoun, lemma.Count(c => c == ' ') + 1);
        }
    }

    public static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    };

    /// <summary>The verb frames of a lemma (phrasal ones included; the caller checks the particle).</summary>
    public IReadOnlyList<EventFrame> Verb(string lemma) => _verbs.TryGetValue(lemma, out var rows) ? rows : [];

    /// <summary>The noun frames of a lemma ("meeting", "video call").</summary>
    public IReadOnlyList<EventFrame> Noun(string lemma) => _nouns.TryGetValue(lemma, out var rows) ? rows : [];

    public bool HasNoun(string lemma) => _nouns.ContainsKey(lemma);

    public IEnumerable<EventFrame> All => _verbs.Values.SelectMany(v => v).Concat(_nouns.Values.SelectMany(v => v));
}
