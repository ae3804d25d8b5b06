using Pledgewatch.Reference;

namespace Pledgewatch.Entities;

public sealed partial class EntityExtractor
{
    private static readonly (string Word, PronounKind Kind)[] Pronouns =
    [
        ("he", PronounKind.Person), ("she", PronounKind.Person), ("him", PronounKind.Person), ("his", PronounKind.Person),
        ("her", PronounKind.Person), ("it", PronounKind.Thing), ("its", PronounKind.Thing),
        // Not "them": as an object it names the things given far more often than the givers.
        ("they", PronounKind.Plural), ("their", PronounKind.Plural),
        // Not "us" ("US" is a state); "me" as a recipient ("Zelenskyy asked me about …").
        ("I", PronounKind.FirstPerson), ("we", PronounKind.FirstPerson), ("my", PronounKind.FirstPerson), ("our", PronounKind.FirstPerson),
        ("me", PronounKind.FirstPerson),
    ];

    private static PhraseTrie BuildTrie(ReferenceData r, out Dictionary<string, PersonRecord> persons)
    {
        // Places (22,000 cities) come precompiled, matched after the phrases added here (PlaceNames).
        var trie = new PhraseTrie(r.PlaceNames);
        AddStates(trie, r);
        persons = AddPersons(trie, r);
        foreach (var b in r.Bodies)
            trie.Add(b.Phrase, new LexEntry(LexKind.Body) { Code = b.Code, Canonical = b.Canonical, Condition = b.Condition });
        // An armed or political movement is named like a body, coded with its country (EVENTS.md: ISO3 for a state's
        // people and bodies); "Kurdistan Workers’ Party": text writes the apostrophe typographic as often as straight.
        foreach (var g in r.ArmedGroups)
        {
            var entry = new LexEntry(LexKind.Body) { Code = g.Code, Canonical = g.Canonical, Condition = g.Condition };
            trie.Add(g.Phrase, entry);
            if (g.Phrase.Contains('\'')) trie.Add(g.Phrase.Replace('\'', '’'), entry);
        }
        foreach (var i in r.Institutions)
            AddFolded(trie, i.Phrase, new LexEntry(LexKind.Institution) { Code = i.Code, Sector = i.Sector, Canonical = i.Canonical, Namesakes = i.Namesakes });
        foreach (var t in r.Titles)
        {
            var kind = t.Role switch { "~honorific" => LexKind.Honorific, ['~', ..] => LexKind.TitleModifier, _ => LexKind.Title };
            trie.Add(t.Phrase, new LexEntry(kind) { Title = t, Sector = t.Sector.Length > 0 ? t.Sector : null });
        }
        foreach (var c in r.Commentators)
            trie.Add(c.Phrase, new LexEntry(LexKind.Commentator) { Commentator = c, Sector = c.Sector });
        foreach (var n in r.StateNouns)
            trie.Add(n.Phrase, new LexEntry(LexKind.StateNoun) { Sector = n.Sector, Canonical = n.Phrase, BareTitle = n.Title, OutletsOwn = n.Own, Adjective = n.Adjective, Alone = n.Alone, AfterField = n.AfterField });
        foreach (var (word, kind) in Pronouns)
            trie.Add(word, new LexEntry(LexKind.Pronoun) { Pronoun = kind });
        foreach (var s in r.GroupSubjects)
            trie.Add(s, new LexEntry(LexKind.GroupSubject));
        return trie;
    }

    private static void AddStates(PhraseTrie trie, ReferenceData r)
    {
        // "Indian" is India's and the British Indian Ocean Territory's: a demonym a sovereign state has stays its own.
        var sovereignDemonyms = new HashSet<string>(r.Countries.Where(c => c.Independent).SelectMany(c => c.Demonyms), StringComparer.OrdinalIgnoreCase);
        // ("Congo" in news is the Democratic Republic: a name state-aliases.tsv gives another state is that state's only.)
        var claimed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in r.StateAliases)
            if (a.Kind is StateAliasKind.Name or StateAliasKind.Demonym) claimed.TryAdd(a.Phrase, a.Iso3);
        foreach (var c in r.Countries)
        {
            var name = new LexEntry(LexKind.CountryName) { Code = c.Iso3, Canonical = c.CommonName };
            if (!(claimed.TryGetValue(c.CommonName, out var owner) && owner != c.Iso3)) AddFolded(trie, c.CommonName, name);
            AddFolded(trie, c.OfficialName, name);
            // ("Island", Iceland's name in its own language, is an English noun: "the Alliance of Small Island States".)
            foreach (var alt in c.Alternates)
                if (alt.Contains(' ') || !Syntax.PosLexicon.Default.TagsOf(alt.ToLowerInvariant()).Has(Syntax.Tag.NN)) AddFolded(trie, alt, name);
            var demonym = new LexEntry(LexKind.Demonym) { Code = c.Iso3, Canonical = c.CommonName };
            foreach (var d in c.Demonyms)
            {
                if (!c.Independent && sovereignDemonyms.Contains(d)) continue;
                // (A demonym state-aliases.tsv gives another state is that state's only: "Congolese".)
                if (claimed.TryGetValue(d, out var demonymOwner) && demonymOwner != c.Iso3) continue;
                AddFolded(trie, d, demonym);
                // Plural nouns of nationality: "Ukrainians", "Israelis"; the irregular ones are in state-aliases.tsv.
                if (d.EndsWith('n') || d.EndsWith('i')) trie.Add(d + "s", demonym);
            }
            if (!c.Independent) continue;
            var capital = new LexEntry(LexKind.Capital) { Code = c.Iso3, Canonical = c.CommonName };
            foreach (var cap in c.Capitals)
                if (!r.PlaceStopwords.Contains(cap)) AddFolded(trie, cap, capital);
        }
        foreach (var a in r.StateAliases)
        {
            var kind = a.Kind switch { StateAliasKind.Demonym => LexKind.Demonym, StateAliasKind.Capital => LexKind.Capital, _ => LexKind.CountryName };
            var common = r.CountryByIso3.TryGetValue(a.Iso3, out var c) ? c.CommonName : a.Iso3;
            var condition = a.Kind == StateAliasKind.Short ? BodyCondition.AfterMention : BodyCondition.Always;
            var entry = new LexEntry(kind) { Code = a.Iso3, Canonical = common, Condition = condition };
            trie.Add(a.Phrase, entry);
            // "Uzbeks", "Kazakhs", "Koreans": the regular plural of a listed demonym names its people too ("Swiss",
            // "Chinese", "Dutch" and "Kyrgyz" have none; an irregular one is listed in its own right).
            if (a.Kind == StateAliasKind.Demonym && a.Phrase[^1] is not ('s' or 'z' or 'x' or 'e') && char.IsLetter(a.Phrase[^1])
                && !a.Phrase.EndsWith("sh", StringComparison.Ordinal) && !a.Phrase.EndsWith("ch", StringComparison.Ordinal)
                && !r.StateAliases.Any(b => b.Phrase == a.Phrase + "s"))
                trie.Add(a.Phrase + "s", entry);
        }
    }

    private static Dictionary<string, PersonRecord> AddPersons(PhraseTrie trie, ReferenceData r)
    {
        var byName = new Dictionary<string, PersonRecord>(StringComparer.Ordinal);
        var byPhrase = new Dictionary<string, (List<PersonRecord> Persons, bool Full)>(StringComparer.Ordinal);
        foreach (var group in r.Officeholders.GroupBy(o => o.Name, StringComparer.Ordinal))
        {
            var person = new PersonRecord(group.Key, [.. group.OrderBy(o => o.Start)]);
            byName[group.Key] = person;
            var phrases = new HashSet<string>(StringComparer.Ordinal) { group.Key, Diacritics.Fold(group.Key) };
            foreach (var o in group)
                foreach (var alias in o.Aliases) { phrases.Add(alias); phrases.Add(Diacritics.Fold(alias)); }
            foreach (var phrase in phrases)
            {
                bool full = phrase.Contains(' ') || phrase.Contains('-') && phrase.Length > 12 || phrase == group.Key;
                if (!byPhrase.TryGetValue(phrase, out var slot)) byPhrase[phrase] = slot = ([], full);
                if (!slot.Persons.Contains(person)) slot.Persons.Add(person);
            }
        }
        // A surname that is also a state's name, demonym or capital ("Montenegro") names the state until the person is named.
        var stateWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in r.Countries)
        {
            stateWords.Add(c.CommonName);
            stateWords.UnionWith(c.Alternates);
            stateWords.UnionWith(c.Demonyms);
            stateWords.UnionWith(c.Capitals);
        }
        foreach (var a in r.StateAliases) stateWords.Add(a.Phrase);
        foreach (var (phrase, slot) in byPhrase)
            trie.Add(phrase, new LexEntry(LexKind.Person)
            {
                FullName = slot.Full,
                Common = !slot.Full && (r.SurnameStopwords.Contains(phrase) || stateWords.Contains(phrase)),
                Persons = [.. slot.Persons],
            });
        return byName;
    }

    private static void AddFolded(PhraseTrie trie, string phrase, LexEntry entry)
    {
        trie.Add(phrase, entry);
        var folded = Diacritics.Fold(phrase);
        if (!ReferenceEquals(folded, phrase)) trie.Add(folded, entry);
    }
}
