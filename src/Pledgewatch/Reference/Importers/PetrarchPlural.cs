namespace Pledgewatch.Reference.Importers;

/// <summary>
/// The regular plural of a phrase of the PETRARCH dictionaries (dictionaries.rst, "Synsets" and "Agent dictionary"):
/// the last word takes -s, -es after "ss", and -ies for a final "y". Two refinements of English, so that no plural is
/// made that no text contains: a vowel before the "y" keeps it ("envoy" → "envoys", not "envoies"), and "x", "z",
/// "ch", "sh" take -es like "ss"; a phrase already plural, ending in a single "s" ("talks", "armed forces") or in
/// "men" ("servicemen"), or ending in anything but a letter (an abbreviation "capt.", a model "f-16") gets none.
/// Case is kept: the dictionaries are upper case.
/// </summary>
internal static class PetrarchPlural
{
    /// <summary>The plural of <paramref name="phrase"/>, or null when none is formed.</summary>
    public static string? Of(string phrase)
    {
        if (phrase.Length < 2 || !char.IsLetter(phrase[^1])) return null;
        bool upper = char.IsUpper(phrase[^1]);
        string Suffix(string s) => upper ? s.ToUpperInvariant() : s;
        char last = char.ToLowerInvariant(phrase[^1]);
        char before = char.ToLowerInvariant(phrase[^2]);
        if (last == 'y') return "aeiou".Contains(before) ? phrase + Suffix("s") : phrase[..^1] + Suffix("ies");
        if (last == 's') return before == 's' ? phrase + Suffix("es") : null;
        if (phrase.EndsWith("men", StringComparison.OrdinalIgnoreCase)) return null;
        if (last is 'x' or 'z' || (last == 'h' && before is 'c' or 's')) return phrase + Suffix("es");
        return phrase + Suffix("s");
    }
}
