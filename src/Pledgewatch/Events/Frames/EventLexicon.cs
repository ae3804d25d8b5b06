using Pledgewatch.Reference.Importers;
using Pledgewatch.Reference;

namespace Pledgewatch.Events.Frames;

/// <summary>
/// The word tables of the events stage: noun classes (event-noun-classes.tsv), predicate classes
/// (event-predicates.tsv) and role slots (event-roles.tsv). Built once; immutable; thread-safe.
/// </summary>
public sealed class EventLexicon
{
    private readonly Dictionary<string, NounClass> _nouns;
    private readonly Dictionary<string, PredicateClass> _predicates;

    private readonly Dictionary<string, PredicateClass> _nounPredicates;
    private readonly HashSet<string> _occurrences;

    /// <summary>The first words of the compound nouns the classes list ("air" of "air defence"), any case.</summary>
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _compoundFirsts;

    private EventLexicon(Dictionary<string, NounClass> nouns, Dictionary<string, PredicateClass> predicates, Dictionary<string, PredicateClass> nounPredicates, Dictionary<string, RoleSlots> roles, HashSet<string> occurrences)
    {
        _nouns = nouns;
        var firsts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var noun in nouns.Keys)
            if (noun.IndexOf(' ') is > 0 and var space) firsts.Add(noun[..space]);
        _compoundFirsts = firsts.GetAlternateLookup<ReadOnlySpan<char>>();
        _predicates = predicates;
        _nounPredicates = nounPredicates;
        _occurrences = occurrences;
        Roles = roles;
    }

    private static readonly Lazy<EventLexicon> s_default = new(Load);

    public static EventLexicon Default => s_default.Value;

    /// <summary>Slots by role name (commit, give, meet, …).</summary>
    public IReadOnlyDictionary<string, RoleSlots> Roles { get; }

    /// <summary>The classes of a noun's lemma; a word the table lists only in the plural ("talks", "arms") is found too.</summary>
    public NounClass ClassOfNoun(string lemma)
    {
        if (_nouns.TryGetValue(lemma, out var cls)) return cls;
        if (lemma.Length < 3) return NounClass.None;
        if (_nouns.TryGetValue(lemma + "s", out cls)) return cls;
        return lemma[^1] == 'y' && _nouns.TryGetValue(string.Concat(lemma.AsSpan(0, lemma.Length - 1), "ies"), out cls) ? cls : NounClass.None;
    }

    /// <summary>Whether some compound noun of the classes starts with <paramref name="word"/> (a lookup without allocation).</summary>
    public bool StartsCompound(ReadOnlySpan<char> word) => _compoundFirsts.Contains(word);

    /// <summary>The class of a noun for the infinitive that completes it ("decision" → decide); None for other nouns.</summary>
    public PredicateClass ClassOfNounPredicate(string lemma) => _nounPredicates.GetValueOrDefault(lemma);

    /// <summary>A verb of the "occur" row, whatever class it has first: "the meeting ended" (end is also a verb of stopping).</summary>
    public bool SaysItOccurred(string lemma) => _occurrences.Contains(lemma);

    /// <summary>The class of a verb for its complement: "pledge" → commit; a phrasal verb is looked up as "call_on" first.</summary>
    public PredicateClass ClassOfPredicate(string lemma, string? particle = null)
    {
        if (particle is not null && _predicates.TryGetValue(lemma + "_" + particle, out var withParticle)) return withParticle;
        return _predicates.GetValueOrDefault(lemma);
    }

    private static EventLexicon Load()
    {
        var nouns = new Dictionary<string, NounClass>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Rows("event-noun-classes.tsv"))
        {
            var cls = NounClasses.Parse(row[0]);
            if (cls == NounClass.None) throw new InvalidDataException($"event-noun-classes.tsv: unknown class '{row[0]}'");
            foreach (var w in row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                nouns[w.Replace('_', ' ')] = nouns.GetValueOrDefault(w.Replace('_', ' ')) | cls;
        }
        // Kinds of actor from PETRARCH2's agents dictionary ("rebels", "police", "fighters", "students"): like our role
        // nouns, they stand for whoever owns them ("Afghan rebels", "Houthi fighters", "Turkish police").
        foreach (var row in EmbeddedTable.Rows("entities-agents.tsv"))
        {
            if (row[0].Contains(' ') || row[0].Contains('…')) continue;
            nouns[row[0]] = nouns.GetValueOrDefault(row[0]) | NounClass.Role;
        }
        // People named by what they are or do (WordNet's noun.person: "wrestlers", "truckers"): who they act for is found
        // from the scene when no party owns them.
        foreach (var row in EmbeddedTable.Rows(PersonNounImporter.FileName))
            nouns[row[0]] = nouns.GetValueOrDefault(row[0]) | NounClass.People;
        var predicates = new Dictionary<string, PredicateClass>(StringComparer.Ordinal);
        var nounPredicates = new Dictionary<string, PredicateClass>(StringComparer.Ordinal);
        var occurrences = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Rows("event-predicates.tsv"))
        {
            bool noun = row[0].StartsWith("noun-", StringComparison.Ordinal);
            var name = noun ? row[0][5..] : row[0];
            if (!Enum.TryParse<PredicateClass>(name, ignoreCase: true, out var cls) || cls == PredicateClass.None)
                throw new InvalidDataException($"event-predicates.tsv: unknown class '{row[0]}'");
            foreach (var w in row[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                (noun ? nounPredicates : predicates).TryAdd(w, cls);
                if (!noun && cls == PredicateClass.Occur) occurrences.Add(w);
            }
        }
        // ("Its air strikes continue", "our support continues": what goes on is told, not a new event.)
        occurrences.RemoveWhere(w => predicates[w] == PredicateClass.Aspect);
        var roles = new Dictionary<string, RoleSlots>(StringComparer.Ordinal);
        foreach (var row in EmbeddedTable.Rows("event-roles.tsv"))
            roles[row[0]] = new RoleSlots(Slots(row, 1), Slots(row, 2));
        return new EventLexicon(nouns, predicates, nounPredicates, roles, occurrences);
    }

    private static string[] Slots(string[] row, int i) =>
        i < row.Length && row[i] != "-" ? row[i].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
}

/// <summary>Where a role finds its actor and its recipient, in order of preference (event-roles.tsv).</summary>
public sealed record RoleSlots(string[] Actor, string[] Recipient);
