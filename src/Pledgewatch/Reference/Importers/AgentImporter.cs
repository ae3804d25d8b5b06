using System.Text.RegularExpressions;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Reads PETRARCH2's agent dictionary (Phoenix.agents.txt; dictionaries.rst, "Agent dictionary": lines
/// <c>PHRASE {plural} [~CODE]</c> and substitution sets <c>!PERSON! = MAN, MEN, …</c>) and writes entities-agents.tsv:
/// <c>phrase TAB plurals TAB agent code TAB sector</c>. Words joined by '_' are consecutive; a blank lets other words
/// come between, written " … ". The plural is the braces' form(s), none for <c>{}</c>, else the regular plural
/// (<see cref="PetrarchPlural"/>) unless the phrase ends with '_'; a phrase made by a substitution set takes none (the
/// set lists both numbers). A phrase coded twice keeps its first code; the second is reported with its line.
/// </summary>
internal static partial class AgentImporter
{
    public const string FileName = "entities-agents.tsv";

    public static List<AgentEntry> Read(TextReader reader, string fileName, List<string> problems, ImportCounts counts)
    {
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var entries = new Dictionary<string, (AgentEntry Entry, int Line)>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            int hash = raw.IndexOf('#');
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0) continue;
            string where = $"{fileName}:{lineNumber}";
            var set = SubstitutionSet().Match(line);
            if (set.Success)
            {
                sets[set.Groups["name"].Value] = set.Groups["items"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                continue;
            }
            counts.Add("entries read");
            var m = AgentLine().Match(line);
            if (!m.Success)
            {
                problems.Add($"{where}: an agent line is 'PHRASE {{plural}} [~CODE]', not '{line}'");
                counts.Add("dropped: unreadable");
                continue;
            }
            var code = m.Groups["code"].Value.Trim().Trim('~');
            if (code.Length < 3 || !code.All(char.IsAsciiLetterUpper))
            {
                problems.Add($"{where}: bad agent code [{m.Groups["code"].Value}]");
                counts.Add("dropped: unreadable");
                continue;
            }
            if (!AgentSectors.TryGet(code, out var sector))
            {
                problems.Add($"{where}: agent {code[..3]} has no sector in the mapping table");
                counts.Add("dropped: unknown agent");
                continue;
            }
            var phrases = Substitute(m.Groups["phrase"].Value.Trim(), sets, out var undefined);
            if (undefined is not null)
            {
                problems.Add($"{where}: undefined substitution set {undefined}");
                counts.Add("dropped: unreadable");
                continue;
            }
            bool substituted = phrases.Count > 1 || phrases[0] != m.Groups["phrase"].Value.Trim();
            foreach (var rawPhrase in phrases)
            {
                var phrase = Format(rawPhrase);
                if (phrase.Length == 0) continue;
                List<string> plurals;
                if (m.Groups["plural"].Success)
                    plurals = [.. m.Groups["plural"].Value.Split((char[])[' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries).Select(Format).Where(p => p.Length > 0)];
                else if (substituted || rawPhrase.EndsWith('_') || PetrarchPlural.Of(phrase) is not { } regular) plurals = [];
                else plurals = [regular];
                var entry = new AgentEntry(phrase, plurals, code, sector);
                if (entries.TryGetValue(phrase, out var earlier))
                {
                    if (earlier.Entry.Code != code)
                        problems.Add($"{where}: '{phrase}' is already coded {earlier.Entry.Code} at line {earlier.Line}; the first is kept");
                    counts.Add("dropped: phrase repeated");
                    continue;
                }
                entries[phrase] = (entry, lineNumber);
                if (substituted) counts.Add("rows from substitution sets");
            }
        }
        counts.Set("rows written", entries.Count);
        return [.. entries.Values.Select(e => e.Entry).OrderBy(e => e.Phrase, StringComparer.Ordinal)];
    }

    /// <summary>Every phrase a line stands for: each marker <c>!NAME!</c> replaced by each item of its set, in order.</summary>
    private static List<string> Substitute(string phrase, Dictionary<string, string[]> sets, out string? undefined)
    {
        undefined = null;
        var marker = Marker().Match(phrase);
        if (!marker.Success) return [phrase];
        if (!sets.TryGetValue(marker.Groups["name"].Value, out var items))
        {
            undefined = marker.Value;
            return [];
        }
        var result = new List<string>();
        foreach (var item in items)
        {
            var rest = Substitute(phrase[..marker.Index] + item + phrase[(marker.Index + marker.Length)..], sets, out undefined);
            if (undefined is not null) return [];
            result.AddRange(rest);
        }
        return result;
    }

    /// <summary>Lower case; '_' → space; a blank (other words may come between) → " … ".</summary>
    internal static string Format(string phrase) =>
        string.Join(" … ", phrase.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(g => string.Join(' ', g.Split('_', StringSplitOptions.RemoveEmptyEntries)))
            .Where(g => g.Length > 0)).ToLowerInvariant();

    public static void Write(IEnumerable<AgentEntry> entries, TextWriter writer)
    {
        GeneratedHeader.Write(writer,
        [
            "Agents: common nouns for kinds of actor. phrase <TAB> plural forms (comma list) <TAB> CAMEO agent code <TAB> sector",
            "phrase: lower case; ' … ' where other words may come between ('chief … executive'), otherwise consecutive words.",
            "plural forms: the dictionary's own, else the regular plural of the last word (-s, -es after ss/x/z/ch/sh, -ies after",
            "  a consonant and y); none for a phrase the dictionary stops with '_', one ending in a single s, in 'men' or in a",
            "  non-letter, or one made from a substitution set (!PERSON! = man, men, woman, women, person: each its own row).",
            "agent code: as written without '~' (COP, REB, GOVMED); its first three letters are the primary agent.",
            "sector: the EVENTS.md sector of the primary agent (empty = none fits), decided from the PLOVER manual's sector",
            "  table (PLOVER_MANUAL.tex, Sector Codes):",
            .. AgentSectors.Table.Select(t => $"    {t.Agent} -> {(t.Sector.Length == 0 ? "(none)" : t.Sector)}: {t.Why}"),
            "A phrase coded twice keeps its first code (the importer reports the other).",
            "Source: PETRARCH2 Phoenix.agents.txt (openeventdata/petrarch2, data/dictionaries; Open Event Data Alliance).",
            "Made by: pledgewatch reference import --agents ../shared/reference/petrarch2/Phoenix.agents.txt --out src/Pledgewatch/Reference/Data",
            "Generated: do not edit by hand.",
            .. GeneratedHeader.MitLicence("Copyright (c) 2014 Open Event Data Alliance"),
        ]);
        foreach (var e in entries.OrderBy(e => e.Phrase, StringComparer.Ordinal))
        {
            writer.Write(string.Join('\t', e.Phrase, string.Join(',', e.Plurals), e.Code, e.Sector));
            writer.Write('\n');
        }
    }

    /// <summary>Parses entities-agents.tsv as written by <see cref="Write"/>.</summary>
    public static List<AgentEntry> Parse(TextReader reader) =>
        TableFile.Read(reader).Select(r => new AgentEntry(r[0],
            TableFile.Field(r, 1).Split(',', StringSplitOptions.RemoveEmptyEntries), TableFile.Field(r, 2), TableFile.Field(r, 3))).ToList();

    // "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON"
    [GeneratedRegex(@"^!(?<name>[A-Z_]+)!\s*=\s*(?<items>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex SubstitutionSet();

    // "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]"; the dictionary sometimes closes the code with '}'.
    [GeneratedRegex(@"^(?<phrase>[^{}\[\]]+?)\s*(?:\{(?<plural>[^}]*)\})?\s*\[(?<code>[^\]}]*)[\]}]$", RegexOptions.CultureInvariant)]
    private static partial Regex AgentLine();

    [GeneratedRegex(@"!(?<name>[A-Z_]+)!", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();
}
