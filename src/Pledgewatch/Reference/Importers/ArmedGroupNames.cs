using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// The forms news text writes for a phrase of PETRARCH2's actor dictionaries (upper case, words joined by '_',
/// apostrophes often dropped), and whether a phrase names a person. The rules, written into the table's header:
/// <list type="bullet">
/// <item>A parenthesised acronym ("(AAIA)": one word of capitals, digits and hyphens, at most six letters) is a form of
/// its own; any other parenthesis ("(COLOMBIA)", "(MUHAMMED)", "(KARATAS_FACTION)") is a gloss and is left out. A leading
/// "THE" is left out ("the Extraditables" is written in lower case), and "ORDER,_THE_" is "Order".</item>
/// <item>Each word is written in proper case ("Boko Haram"), ordinals in lower case ("1st"); particles in lower case
/// inside a name and a hyphenated word ("Army of the Pure", "Jaish-e-Mohammad", "al-Qassam Brigades"), a word of its
/// own first only as an Arabic article ("al Qaeda"), never last ("Triple A"); a part of at most three letters without a
/// vowel, a roman numeral after the first word, or a part with a digit as written ("HM", "PKK", "Order II", "MS-13").
/// A phrase of one word is an acronym, kept in capitals, when it has at most five letters, or hyphenated parts of at
/// most four and no particle, and English does not know it as a word ("FARC", "FARC-EP", "PFLP-GC"; not
/// "Kongra-Gel", "al-Badr").</item>
/// <item>"PEOPLES", "PEOPLE'S" and "PEOPLES'" give both "People's" and "Peoples"; "WORKERS" and "WORKERS'" give both
/// "Workers'" and "Workers": the dictionary often drops the apostrophe that news text writes.</item>
/// </list>
/// </summary>
internal static partial class ArmedGroupNames
{
    // Small words written in lower case inside a name: English, Arabic (al, ul, e, i, wa, fi, bin), Romance, Kurdish (u).
    private static readonly FrozenSet<string> Particles = FrozenSet.Create(StringComparer.Ordinal,
        "OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AT", "BY", "FROM", "WITH", "AGAINST", "A", "AN",
        "AL", "EL", "UL", "UR", "AS", "ASH", "AD", "E", "I", "WA", "FI", "BIN", "IBN",
        "YE", "Y", "DE", "DEL", "LA", "LE", "LES", "DES", "DU", "DI", "DA", "DO", "DOS", "DAS", "IL", "U");

    // A phrase with one of these words names a group, whatever else it holds ("Sheikh Ahmed Yassin Brigades").
    private static readonly FrozenSet<string> GroupWords = FrozenSet.Create(StringComparer.Ordinal,
        "ARMY", "ARMIES", "FRONT", "GROUP", "GROUPS", "BRIGADE", "BRIGADES", "BATTALION", "BATTALIONS", "MOVEMENT", "PARTY",
        "ORGANIZATION", "ORGANISATION", "FORCE", "FORCES", "LEAGUE", "COUNCIL", "COMMITTEE", "UNION", "FACTION", "CELL",
        "CELLS", "NUCLEI", "NUCLEUS", "COMMANDO", "COMMANDOS", "COMMAND", "SQUAD", "NETWORK", "ALLIANCE", "CONGRESS",
        "SOCIETY", "FEDERATION", "MILITIA", "GANG", "UNIT", "REGIMENT", "FOUNDATION", "CONFERENCE", "TIGERS", "FIGHTERS",
        "WARRIORS", "RESISTANCE", "JIHAD", "MUJAHIDEEN", "COMMISSION", "SOLDIERS", "PARTISANS", "SUPPORTERS", "CLUB", "BOARD");

    /// <summary>
    /// Words a person's name starts with in this dictionary: honorifics and given names its person aliases use that
    /// the project's first names (first-names.txt and the officeholders') lack. A limit: a person whose first word is
    /// not here ("Nasrallah" alone is caught as the end of a person's name of the same entry) stays a group's name.
    /// </summary>
    private static readonly FrozenSet<string> PersonStarts = FrozenSet.Create(StringComparer.Ordinal,
        "SHEIKH", "SHEIK", "SAYYID", "SAYYED", "SEYYED", "SAYED", "EMIR", "COMMANDER", "COLONEL", "ABU", "MULLAH",
        "MOHAMMED", "MOHAMMAD", "MUHAMMAD", "MUHAMMED", "AHMED", "AHMAD", "HASSAN", "HASAN", "HUSSEIN", "HUSSAIN",
        "KHALED", "KHALID", "MARWAN", "IMAD", "SAMI", "OMAR", "UMAR", "OSAMA", "USAMA", "AYMAN", "ANWAR", "NASIR", "NASSER",
        "NASER", "ABDULLAH", "ABDUL", "ALI", "ISMAIL", "MOKTAR", "MOKHTAR", "IBRAHIM", "YUSUF", "MUSTAFA", "JOSEPH",
        "DOMINIC", "VINCENT");

    /// <summary>The names and the acronyms a dictionary phrase stands for; <paramref name="glosses"/> counts the parentheses left out.</summary>
    /// <param name="isWord">True for a lower-case word English knows (the syntax lexicon).</param>
    public static (List<string> Names, List<string> Acronyms) Forms(string phrase, Func<string, bool> isWord, out int glosses)
    {
        var acronyms = new List<string>();
        int left = 0;
        var text = Parenthesis().Replace(phrase, m =>
        {
            var inner = m.Groups["inner"].Value.Trim('_', ' ');
            if (AcronymLike().IsMatch(inner) && inner.Count(char.IsLetter) <= 6) acronyms.Add(inner);
            else left++;
            return "_";
        });
        glosses = left;
        if (Inverted().Match(text) is { Success: true } inverted) text = "THE_" + inverted.Groups["name"].Value;
        var words = Words(text);
        if (words.Count > 0 && words[0] == "THE") words.RemoveAt(0);
        if (words.Count == 0) return ([], acronyms);
        var cased = words.Select((w, i) => Case(w, i, words.Count, isWord)).ToList();
        return (Variants(cased), acronyms);
    }

    /// <summary>The upper-case words of a dictionary phrase, parentheses included as written.</summary>
    public static List<string> Words(string phrase) => [.. phrase.Split((char[])['_', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>
    /// A person's name: two to five words, none of them a group's word, the first an honorific or a given name
    /// (<see cref="PersonStarts"/> or <paramref name="firstNames"/>): "KHALED_MESHAAL", "SHEIKH_AHMED_YASSIN", not
    /// "OMAR_BIN_AL-KHATTAB_BRIGADES_".
    /// </summary>
    public static bool IsPerson(IReadOnlyList<string> words, IReadOnlySet<string> firstNames) =>
        words.Count is >= 2 and <= 5 && !words.Any(w => GroupWords.Contains(w.Trim('(', ')')))
        && (PersonStarts.Contains(words[0]) || firstNames.Contains(words[0]));

    private static string Case(string word, int index, int count, Func<string, bool> isWord)
    {
        var parts = PartSeparator().Split(word);
        var pieces = parts.Where(p => p.Length > 0 && !PartSeparator().IsMatch(p)).ToList();
        bool compound = pieces.Count > 1;
        // A one-word phrase is an acronym if short: "FARC", "PFLP-GC", "SSIM/A"; not "Kongra-Gel", "al-Badr".
        bool acronym = count == 1 && !pieces.Any(p => p.Length > 1 && Particles.Contains(p))
            && pieces.All(p => p.Count(char.IsLetter) <= (compound ? 4 : 5));
        // Particles are lower case inside a name and a hyphenated word ("Army of the Pure", "Jaish-e-Mohammad"); a word of
        // its own first only as an Arabic article ("al Qaeda"), never last ("Triple A").
        bool particles = compound || index > 0 && index < count - 1 || index == 0 && count > 1 && word is "AL" or "EL";
        var result = new StringBuilder(word.Length);
        foreach (var part in parts)
        {
            if (part.Length == 0 || PartSeparator().IsMatch(part)) { result.Append(part); continue; }
            int letters = part.Count(char.IsLetter);
            if (Ordinal().IsMatch(part)) result.Append(part.ToLowerInvariant());
            else if (part.Any(char.IsDigit) || letters == 0) result.Append(part);
            else if (acronym && (letters == 1 || !isWord(part.ToLowerInvariant()))) result.Append(part);
            else if (particles && Particles.Contains(part)) result.Append(part.ToLowerInvariant());
            else if (letters <= 3 && !part.Contains('\'') && (!part.Any(c => "AEIOUY".Contains(c)) || index > 0 && RomanNumeral().IsMatch(part)))
                result.Append(part);
            else result.Append(part[0]).Append(part[1..].ToLowerInvariant());
        }
        return result.ToString();
    }

    /// <summary>Every combination of the apostrophe forms of "People's" and "Workers'"; the form with the apostrophe first.</summary>
    private static List<string> Variants(List<string> words)
    {
        var results = new List<string> { "" };
        foreach (var word in words)
        {
            string[] forms = word switch
            {
                "Peoples" or "People's" or "Peoples'" => ["People's", "Peoples", word],
                "Workers" or "Workers'" => ["Workers'", "Workers"],
                _ => [word],
            };
            results = [.. results.SelectMany(r => forms.Distinct(StringComparer.Ordinal).Select(f => r.Length == 0 ? f : r + " " + f))];
        }
        return results;
    }

    // "(AAIA)", "(COLOMBIA)", and one left open at the end: "JAISH-I-MOHAMMED_(MOHAMMAD_".
    [GeneratedRegex(@"\((?<inner>[^()]*)(?:\)|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Parenthesis();

    // "CPN-M", "EMETIC", "FMLN": capitals and digits, hyphens between.
    [GeneratedRegex(@"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AcronymLike();

    // "ORDER,_THE_", "ANARCHISTS,_THE_": a name inverted before its article.
    [GeneratedRegex(@"^(?<name>.+?),_THE_?$", RegexOptions.CultureInvariant)]
    private static partial Regex Inverted();

    // "1ST", "20TH", "23RD": written "1st", "20th", "23rd".
    [GeneratedRegex(@"^[0-9]+(?:ST|ND|RD|TH)$", RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    // "II" in "ORDER_II_"
    [GeneratedRegex(@"^[IVX]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"([-/])", RegexOptions.CultureInvariant)]
    private static partial Regex PartSeparator();
}
