namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Brill's lexicon was counted on American text: "program" is a noun and a verb, but "programme" only a verb, and
/// "organisation" is missing. Much of what Pledgewatch reads is written in British spelling, so the importer gives a
/// British form the tags its American form has and it lacks: when the British entry has none of its own, in the American
/// order (counted on far more text, so "programme" is first a noun), else after its own ("centre"). A British form the lexicon lacks is added when its own base is there ("organise" gives
/// "organised", "organisation") or, for the regular -ise verbs, always ("mobilize" gives "mobilise").
/// </summary>
internal static class BritishSpellings
{
    /// <summary>British ending, American ending, and the British base ending that must exist before a missing form is added.</summary>
    private static readonly (string British, string American, string Base)[] Endings =
    [
        ("mme", "m", "mme"), ("mmes", "ms", "mme"),
        ("our", "or", "our"), ("ours", "ors", "our"), ("oured", "ored", "our"), ("ouring", "oring", "our"),
        ("ourable", "orable", "our"), ("ourite", "orite", "our"), ("ourites", "orites", "our"),
        ("ise", "ize", "ise"), ("ises", "izes", "ise"), ("ised", "ized", "ise"), ("ising", "izing", "ise"),
        ("isation", "ization", "ise"), ("isations", "izations", "ise"),
        ("yse", "yze", "yse"), ("ysed", "yzed", "yse"), ("ysing", "yzing", "yse"),
        ("ence", "ense", "ence"), ("ences", "enses", "ence"),
        ("tre", "ter", "tre"), ("tres", "ters", "tre"),
        ("lled", "led", "l"), ("lling", "ling", "l"), ("ller", "ler", "l"), ("llers", "lers", "l"),
    ];

    /// <summary>Unifies British forms with their American ones in <paramref name="byWord"/>; counts what it did.</summary>
    public static void Unify(Dictionary<string, LexiconEntry> byWord, ImportCounts counts)
    {
        var american = byWord.Keys.ToList();
        american.Sort(StringComparer.Ordinal);
        foreach (var word in american)
        {
            foreach (var (britishEnd, americanEnd, baseEnd) in Endings)
            {
                if (!word.EndsWith(americanEnd, StringComparison.Ordinal)) continue;
                var stem = word[..^americanEnd.Length];
                // Short words are other words: "for"/"four", "our"/"or", "prize"/"prise".
                if (stem.Length < 3) continue;
                if (baseEnd == "l" && !DoubledL(byWord, stem)) continue;
                var british = stem + britishEnd;
                var source = byWord[word];
                if (byWord.TryGetValue(british, out var own))
                {
                    // Tags the American form has, in its order, when the British entry knows no others ("programme" VB
                    // → NN VBP VB); else its own first and the American form's after ("centre").
                    List<string> tags = own.Tags.All(source.Tags.Contains) ? [.. source.Tags]
                        : own.Tags.Concat(source.Tags).Distinct(StringComparer.Ordinal).ToList();
                    if (tags.SequenceEqual(own.Tags)) continue;
                    byWord[british] = new LexiconEntry(british, tags);
                    counts.Add("British forms given their American tags");
                }
                else if (baseEnd is "ise" or "l" || byWord.ContainsKey(stem + baseEnd))
                {
                    byWord[british] = new LexiconEntry(british, source.Tags);
                    counts.Add("British forms added");
                }
            }
        }
    }

    /// <summary>
    /// British doubles the l of a verb in -l before -ed/-ing ("travel" → "travelled"): the American base ("travel")
    /// must be a word and the doubled one ("travell") not, so "filled" is never read as British for "filed";
    /// and a single vowel stands before the l ("travel", "cancel", or "fuel"), not a long one ("feel", "deal").
    /// </summary>
    private static bool DoubledL(Dictionary<string, LexiconEntry> byWord, string stem)
    {
        if (!byWord.ContainsKey(stem + "l") || byWord.ContainsKey(stem + "ll")) return false;
        char last = stem[^1], before = stem[^2];
        return IsVowel(last) && (!IsVowel(before) || before == 'u' && last == 'e');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
