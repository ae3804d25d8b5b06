using System.Text.RegularExpressions;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Reads PETRARCH2's dictionary of non-state militant actors (Phoenix.MilNonState.actors.txt; dictionaries.rst, "Actor
/// Dictionary": an entry is a head phrase with an optional <c>[CODE]</c>, synonyms on lines starting with '+', and codes
/// for periods on lines indented with a tab) and writes entities-armed-groups.tsv: <c>phrase TAB ISO3 TAB canonical
/// name</c>. EVENTS.md codes a state's people and bodies with its ISO3, so a movement is coded as the country where it
/// holds ground: the first three letters of its CAMEO code when countries.tsv has them ([ETHREB] → ETH); regions and
/// kinds ([IMG…], [INT…], [MEA…], [SAS…]) give none. As PETRARCH reads the file, a synonym belongs to the last head above
/// it, blank lines between; a line holding only the editor's comment (" #  kkl 21 Mar 13") is a head the file lost.
/// The forms of a phrase are <see cref="ArmedGroupNames"/>'; what is left out, and why, is counted and written into the
/// file's header.
/// </summary>
internal static partial class ArmedGroupImporter
{
    public const string FileName = "entities-armed-groups.tsv";

    private sealed class Entry
    {
        public string? Head;
        public readonly List<string> Aliases = [];
        public string? Code;
        /// <summary>The line of an entry whose head the dictionary lost (a comment alone), else 0.</summary>
        public int Lost;
        public IEnumerable<string> Phrases => Head is null ? Aliases : [Head, .. Aliases];
    }

    private sealed record Form(string Phrase, bool Acronym, string Iso3, string Canonical);

    public static List<ArmedGroupEntry> Read(TextReader reader, string fileName, ArmedGroupChecks checks, List<string> problems, ImportCounts counts)
    {
        var entries = ReadEntries(reader, fileName, problems, counts);
        var forms = new List<Form>();
        foreach (var entry in entries) forms.AddRange(FormsOf(entry, checks, counts));

        // A form that entries of two countries share names neither for sure ("National Liberation Army" of Colombia and
        // of Bolivia). One a region's entry shares is the country's: the dictionary lists some groups twice, once under
        // a region ("Moro Islamic Liberation Front" [PHLREB] and [IMGSEAMUSASF]).
        var countries = forms.GroupBy(f => ArmedGroupChecks.Fold(f.Phrase), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.Iso3).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var rows = new Dictionary<(string, string), ArmedGroupEntry>();
        foreach (var f in forms)
        {
            counts.Add("forms made");
            var key = ArmedGroupChecks.Fold(f.Phrase);
            string? dropped =
                !char.IsLetter(f.Phrase[0]) ? "begins with a number"
                : DateLike().IsMatch(f.Phrase) ? "reads as a date"
                : (f.Acronym || !f.Phrase.Contains(' ') && !f.Phrase.Any(char.IsLower)) && f.Phrase.Count(char.IsLetter) < 3 ? "acronym of fewer than three letters"
                : !f.Phrase.Contains(' ') && checks.IsCommonWord(f.Phrase.ToLowerInvariant()) ? "one common English word"
                : checks.LexiconNames.ContainsKey(key) ? "named in the lexicon already"
                : ArmedGroupStopList.Contains(f.Phrase) ? "on the stop list"
                : countries[key] > 1 ? "names groups of several countries"
                : rows.ContainsKey((f.Phrase, f.Iso3)) ? "repeated"
                : null;
            if (dropped is not null)
            {
                counts.Add("forms dropped: " + dropped);
                continue;
            }
            rows[(f.Phrase, f.Iso3)] = new ArmedGroupEntry(f.Phrase, f.Iso3, f.Canonical);
        }
        counts.Set("rows written", rows.Count);
        return [.. rows.Values.OrderBy(e => e.Phrase, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal)];
    }

    /// <summary>The entries of the dictionary; an unreadable line is reported with its line and skipped.</summary>
    private static List<Entry> ReadEntries(TextReader reader, string fileName, List<string> problems, ImportCounts counts)
    {
        var entries = new List<Entry>();
        Entry? open = null;
        int lineNumber = 0;
        void Unreadable(string where, string why)
        {
            problems.Add($"{where}: {why}");
            counts.Add("phrases read");
            counts.Add("phrases dropped: unreadable");
        }
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            string where = $"{fileName}:{lineNumber}";
            // Blank lines and commented-out synonyms ("#+AL_QAEDA_IN_IRAQ") do not end an entry: the next head does.
            if (raw.StartsWith('#') || string.IsNullOrWhiteSpace(raw)) continue;
            int hash = raw.IndexOf('#');
            // ("COACUTE#RDOBA": an HTML entity whose '#' starts a comment inside a word, so the phrase is cut short.)
            bool cut = hash > 0 && char.IsLetterOrDigit(raw[hash - 1]);
            var line = hash >= 0 ? raw[..hash] : raw;
            if (string.IsNullOrWhiteSpace(line))
            {
                // " #  kkl 21 Mar 13": the editor's mark that follows every head, with the head lost; its synonyms have none.
                open = new Entry { Lost = lineNumber };
                entries.Add(open);
                continue;
            }
            if (char.IsWhiteSpace(line[0]))
            {
                // "\t[PSEREBHMS 19870101-20040322]": the entry's code for a period; the country is the same in all.
                var code = CodeLine().Match(line.Trim());
                if (!code.Success || open is null)
                    problems.Add($"{where}: a line indented with a tab gives its entry's '[CODE]', not '{line.Trim()}'");
                else open.Code ??= code.Groups["code"].Value;
                continue;
            }
            if (line[0] == '+')
            {
                // ("+ARMY_OF_MOHAMMED_AND_THE_JAISH_ADAN_AL_ISLAMI+_ISLAMIC_ADEN_ARMY_": two synonyms on one line.)
                var synonyms = line[1..].Split('+');
                for (int i = 0; i < synonyms.Length; i++)
                {
                    var phrase = synonyms[i].Trim();
                    if (phrase.Length == 0) continue;
                    if (open is null) Unreadable(where, $"synonym '{phrase}' has no entry above it");
                    else if (open.Lost > 0) Unreadable(where, $"synonym '{phrase}' belongs to an entry whose phrase is lost (line {open.Lost} holds only a comment)");
                    else if (cut && i == synonyms.Length - 1) Unreadable(where, $"a '#' inside a word cuts '{phrase}' short");
                    else open.Aliases.Add(phrase);
                }
                continue;
            }
            var head = HeadLine().Match(line.Trim());
            open = new Entry();
            entries.Add(open);
            if (!head.Success) Unreadable(where, $"an entry is 'PHRASE [CODE]', not '{line.Trim()}'");
            else if (cut) Unreadable(where, $"a '#' inside a word cuts '{head.Groups["phrase"].Value}' short");
            else
            {
                open.Head = head.Groups["phrase"].Value;
                if (head.Groups["code"].Success) open.Code = head.Groups["code"].Value.Trim().Split(' ')[0];
            }
        }
        return entries;
    }

    /// <summary>The forms of an entry's phrases, with its country; none when its code names no country, none for a person.</summary>
    private static List<Form> FormsOf(Entry entry, ArmedGroupChecks checks, ImportCounts counts)
    {
        var phrases = entry.Phrases.ToList();
        if (phrases.Count == 0) return [];
        counts.Add("phrases read", phrases.Count);
        var code = entry.Code is { Length: >= 3 } c ? c[..3] : null;
        if (code is null || !checks.CountryCodes.Contains(code))
        {
            counts.Add(code is null ? "phrases dropped: no code" : "phrases dropped: code of a region or kind, not a country", phrases.Count);
            return [];
        }
        var words = phrases.Select(ArmedGroupNames.Words).ToList();
        var persons = words.Where(w => ArmedGroupNames.IsPerson(w, checks.FirstNames)).ToList();
        string? canonical = null;
        var forms = new List<Form>();
        for (int i = 0; i < phrases.Count; i++)
        {
            var (names, acronyms) = ArmedGroupNames.Forms(phrases[i], checks.IsCommonWord, out int glosses);
            canonical ??= names.FirstOrDefault();
            // ("NASRALLAH" after "HASSAN_NASRALLAH": the end of a person's name in the same entry is that person.)
            if (persons.Any(p => p.Count >= words[i].Count && p.Skip(p.Count - words[i].Count).SequenceEqual(words[i], StringComparer.Ordinal)))
            {
                counts.Add("phrases dropped: a person's name");
                continue;
            }
            if (glosses > 0) counts.Add("parenthesised glosses left out", glosses);
            forms.AddRange(names.Select(n => new Form(n, false, code, "")));
            forms.AddRange(acronyms.Select(a => new Form(a, true, code, "")));
        }
        canonical ??= "";
        if (checks.BodyNames.TryGetValue(ArmedGroupChecks.Fold(canonical), out var body)) canonical = body;
        return [.. forms.Select(f => f with { Canonical = canonical })];
    }

    public static void Write(IEnumerable<ArmedGroupEntry> entries, TextWriter writer)
    {
        GeneratedHeader.Write(writer,
        [
            "Armed and political movements: phrase <TAB> ISO3 <TAB> canonical name.",
            "EVENTS.md codes a state's people and bodies with its ISO3: a movement is coded as the country where it holds",
            "ground, the first three letters of its CAMEO code ([ETHREB] -> ETH) when countries.tsv has them; an entry coded",
            "with a region or a kind (IMG, INT, MEA, SAS, WEU, KKL, SEA, EAF, ...) or with no code is left out.",
            "phrase: as news text writes it. Words in proper case ('Boko Haram'), ordinals in lower case ('1st'); particles in",
            "  lower case inside a name and a hyphenated word ('Army of the Pure', 'al-Qassam Brigades', 'Jaish-e-Mohammad'),",
            "  never as the last word ('Triple A'); a part of at most three letters without a vowel, a roman numeral after the",
            "  first word, or a part with a digit as written ('PKK', 'Order II', 'MS-13'). A one-word phrase of at most five",
            "  letters, or of hyphenated parts of at most four and no particle, that English does not know is an acronym, in",
            "  capitals ('FARC', 'FARC-EP'; not 'Kongra-Gel'). PEOPLES, PEOPLE'S and WORKERS give both 'People's'/'Peoples'",
            "  and 'Workers''/'Workers'. A parenthesised acronym ('(AAIA)', at most six letters) is a phrase of its own, any",
            "  other parenthesis a gloss left out ('(COLOMBIA)'); a leading 'THE' is left out. The coder matches an upper-case",
            "  word in upper case only, a capitalised one capitalised, a lower-case one in any case; a straight apostrophe also",
            "  as a typographic one.",
            "Left out: phrases that begin with a number (the lexicon matches phrases that begin with a word) or read as a",
            "  date ('May 15'); synonyms that are a person's name (two to five words, none a group's word such as ARMY or BRIGADES,",
            "  the first an honorific or a given name: 'Khaled Meshaal', 'Sheikh Ahmed Yassin'; and the end of such a name in",
            "  the same entry: 'Nasrallah'); acronyms of fewer than three letters; one-word phrases the syntax lexicon knows as",
            "  English words ('Youth', 'Zero', 'Tigers'); phrases the entity lexicon has already as a state's name, alias,",
            "  demonym or capital, a body or an institution (bodies.tsv's hand-written rows win: 'Hamas', 'Ansar Allah');",
            "  phrases that entries of two countries share; and this stop list:",
            .. ArmedGroupStopList.Table.Select(t => $"    {t.Phrase}: {t.Why}"),
            "canonical name: the entry's head as a phrase (as bodies.tsv names it when it names it).",
            "Source: PETRARCH2 Phoenix.MilNonState.actors.txt (openeventdata/petrarch2, data/dictionaries; Open Event Data",
            "  Alliance; names from the START TOPS database, PSU 2013, and the KEDS project).",
            "Made by: pledgewatch reference import --armed-groups ../shared/reference/petrarch2/Phoenix.MilNonState.actors.txt --out src/Pledgewatch/Reference/Data",
            "Generated: do not edit by hand.",
            .. GeneratedHeader.MitLicence("Copyright (c) 2014 Open Event Data Alliance"),
        ]);
        foreach (var e in entries.OrderBy(e => e.Phrase, StringComparer.Ordinal).ThenBy(e => e.Code, StringComparer.Ordinal))
        {
            writer.Write(string.Join('\t', e.Phrase, e.Code, e.Canonical));
            writer.Write('\n');
        }
    }

    /// <summary>Parses entities-armed-groups.tsv as written by <see cref="Write"/>.</summary>
    public static List<ArmedGroupEntry> Parse(TextReader reader) =>
        TableFile.Read(reader).Select(r => new ArmedGroupEntry(r[0], TableFile.Field(r, 1), TableFile.Field(r, 2))).ToList();

    // "BOKO_HARAM [NGAREB]", "AL-SHABAAB\t[SOMREB]", "HAMAS_" (its code on a tab line below).
    [GeneratedRegex(@"^(?<phrase>[^\[\]\t]+?)\s*(?:\[(?<code>[^\]]*)\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadLine();

    // "May 15", "21 June": the names of two Greek groups that every date would match.
    [GeneratedRegex(@"^(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]+|[0-9]+ (?:January|February|March|April|May|June|July|August|September|October|November|December))$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();

    // "[PSEREBHMS]", "[PSEREBHMS 19870101-20040322]"
    [GeneratedRegex(@"^\[(?<code>[A-Z]+)(?:\s[^\]]*)?\]$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeLine();
}
