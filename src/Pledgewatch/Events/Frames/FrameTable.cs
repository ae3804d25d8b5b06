using Pledgewatch.Reference;

namespace Pledgewatch.Events.Frames;

/// <summary>
/// The event frames, indexed by lemma and part of speech. Rows come from event-frames.tsv (written for Pledgewatch)
/// and event-frames-cameo.tsv (imported from PETRARCH2's CAMEO verb dictionary) — ours first: a lemma
/// event-frames.tsv lists gets no CAMEO rows, unless its rows are written "+lemma": then ours come first and the
/// CAMEO rows follow (a money object added to a verb whose other readings CAMEO knows). A bad row is an error naming its file and line. The CAMEO table is
/// read on first use, a lemma at a time (<see cref="CameoFrames"/>). Built once; thread-safe.
/// </summary>
public sealed class FrameTable
{
    private readonly Dictionary<string, List<EventFrame>> _verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<EventFrame>> _nouns = new(StringComparer.Ordinal);
    // _verbs as arrays, for lookups that allocate nothing (FrameRows).
    private readonly Dictionary<string, EventFrame[]> _verbRows = new(StringComparer.Ordinal);
    // Lemmas whose rows were written "+lemma": the CAMEO rows follow ours, joined on first use.
    private readonly HashSet<string> _beforeCameo = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, EventFrame[]> _joined = new(StringComparer.Ordinal);

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
        foreach (var (lemma, rows) in table._verbs) table._verbRows[lemma] = [.. rows];
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
            bool beforeCameo = lemma.StartsWith('+');
            if (beforeCameo) lemma = lemma[1..];
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
            var frame = new EventFrame(lemma, noun, [.. when], category, f[4].Trim() is { Length: > 0 } m ? m : null,
                f[5].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), role, $"{name}:{line}") { Particle = particle };
            if (beforeCameo && noun) problems.Add($"{name}:{line}: '+' (rows before CAMEO's) is for verbs only");
            else if (beforeCameo) _beforeCameo.Add(lemma);
            var index = noun ? _nouns : _verbs;
            if (!index.TryGetValue(lemma, out var rows)) index[lemma] = rows = [];
            rows.Add(frame);
            if (noun) LongestNoun = Math.Max(LongestNoun, lemma.Count(c => c == ' ') + 1);
        }
    }

    private static readonly Lazy<CameoFrames> s_cameo = new(CameoFrames.Load);

    /// <summary>
    /// One row imported from PETRARCH2's CAMEO verb dictionary, or null when this engine cannot read it: each verb's
    /// default code, and patterns that constrain only the object's head and modifiers or one prepositional phrase.
    /// They serve lemmas event-frames.tsv does not list (ours decide where we have rows). Rows whose CAMEO code maps
    /// to a category only through a reversed pair (":B") are skipped: their roles are swapped.
    /// </summary>
    internal static EventFrame? ReadCameoRow(string text, string name, int line)
    {
        var f = text.Split('\t');
        if (f.Length < 7 || f[3].StartsWith(':')) return null;
        var lemma = f[1];
        // Phrasal verbs mark the inflected word with '+': "+back down" is "back" with the particle "down".
        string? particle = null;
        if (lemma.Contains(' '))
        {
            var words = lemma.Split(' ');
            if (words.Length != 2 || !words[0].StartsWith('+')) return null;
            lemma = words[0][1..];
            particle = words[1];
        }
        var category = f[4];
        if (!Categories.Contains(category)) return null;
        var when = new List<FrameConstraint>();
        if (f[0] == "pattern" && !CameoSpec(f[2], when)) return null;
        return new EventFrame(lemma, false, [.. when], category, f[5].Length > 0 ? f[5] : null,
            f[6].Split(',', StringSplitOptions.RemoveEmptyEntries), DefaultRole(category), $"{name}:{line}") { Particle = particle };
    }

    /// <summary>Reads a CAMEO pattern's spec into constraints this engine checks; false when it has others (subjects, placeholders, several objects).</summary>
    private static bool CameoSpec(string spec, List<FrameConstraint> when)
    {
        string? prep = null;
        foreach (var part in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = part.IndexOf('=');
            if (eq < 0) return false;
            var key = part[..eq];
            var values = part[(eq + 1)..].Split('|').Select(v => v.Replace('_', ' ')).ToHashSet(StringComparer.Ordinal);
            if (values.Any(v => v is "+" or "$" or "%" or "^")) return false;
            switch (key)
            {
                case "obj" when !when.Exists(c => c.Kind == ConstraintKind.ObjectHead):
                    when.Add(new FrameConstraint(ConstraintKind.ObjectHead) { Words = values });
                    break;
                case "mod":
                    when.Add(new FrameConstraint(ConstraintKind.ObjectModifier) { Words = values });
                    break;
                case "prep" when prep is null && values.Count == 1:
                    prep = values.First();
                    break;
                case "pobj" when prep is not null:
                    when.Add(new FrameConstraint(ConstraintKind.PrepositionHead, Preposition: prep) { Words = values });
                    break;
                default:
                    return false;
            }
        }
        return when.Count > 0;
    }

    /// <summary>How a CAMEO row's roles are read: by its PLOVER category.</summary>
    private static string DefaultRole(string category) => category switch
    {
        "AGREE" or "COOPERATE" => "plain",
        "MOBILIZE" => "mobilize",
        "CONSULT" => "meet",
        "SUPPORT" => "support",
        "CONCEDE" => "concede",
        "AID" => "give",
        "RETREAT" => "retreat",
        "REQUEST" => "request",
        "ACCUSE" or "THREATEN" => "hostile",
        "REJECT" => "reject",
        "PROTEST" => "protest",
        "SANCTION" => "sanction",
        "COERCE" => "coerce",
        _ => "assault",
    };

    public static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    };

    /// <summary>The verb frames of a lemma (phrasal ones included; the caller checks the particle).</summary>
    public FrameRows Verb(string lemma)
    {
        if (!_verbRows.TryGetValue(lemma, out var rows)) return new(s_cameo.Value.Rows(lemma));
        if (_beforeCameo.Count == 0 || !_beforeCameo.Contains(lemma)) return new(rows);
        return new(_joined.GetOrAdd(lemma, l => [.. _verbRows[l], .. s_cameo.Value.Rows(l)]));
    }

    /// <summary>The noun frames of a lemma ("meeting", "video call").</summary>
    public IReadOnlyList<EventFrame> Noun(string lemma) => _nouns.TryGetValue(lemma, out var rows) ? rows : [];

    public bool HasNoun(string lemma) => _nouns.ContainsKey(lemma);

    /// <summary>Every row, the CAMEO rows of lemmas ours lacks included (this reads the whole CAMEO table).</summary>
    public IEnumerable<EventFrame> All =>
        _verbs.Values.SelectMany(v => v)
            .Concat(s_cameo.Value.Lemmas.Where(l => !_verbs.ContainsKey(l) || _beforeCameo.Contains(l)).SelectMany(l => s_cameo.Value.Rows(l)))
            .Concat(_nouns.Values.SelectMany(v => v));
}
