namespace Pledgewatch.Events;

/// <summary>Regular English inflections for lexicon entries; irregular verbs are listed in event-verb-forms.tsv.</summary>
internal static class Inflection
{
    public static IEnumerable<string> VerbForms(string verb)
    {
        yield return ThirdPerson(verb);
        yield return Past(verb);
        yield return Gerund(verb);
    }

    public static string Plural(string noun) => ThirdPerson(noun);

    private static string ThirdPerson(string w) =>
        w.EndsWith('s') || w.EndsWith('x') || w.EndsWith('z') || w.EndsWith("ch") || w.EndsWith("sh") ? w + "es"
        : EndsConsonantY(w) ? w[..^1] + "ies"
        : w + "s";

    private static string Past(string w) =>
        w.EndsWith('e') ? w + "d" : EndsConsonantY(w) ? w[..^1] + "ied" : w + "ed";

    private static string Gerund(string w) =>
        w.EndsWith('e') && !w.EndsWith("ee") ? w[..^1] + "ing" : w + "ing";

    private static bool EndsConsonantY(string w) => w.Length > 1 && w[^1] == 'y' && !"aeiou".Contains(w[^2]);
}
