using System.Text.Json;

namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Reads npm's en-lexicon (<c>dist/lexicon.js</c>: Brill's lexicon, corrected and extended; MIT) and writes
/// syntax-lexicon.tsv: <c>word TAB TAG TAG …</c>, the tags in the source's order (most frequent first). Only the
/// common vocabulary is kept: words without an upper-case letter or a digit, made of letters with an inner hyphen,
/// apostrophes or periods ("well-known", "n't", "e.g."), plus the pronoun "I"; names, numbers, symbols and emoji are
/// for the other stages. A tag outside the Penn Treebank set is reported (file:line) and dropped, the rest of the
/// row kept; when the source repeats a key, the last one wins, as in JavaScript. A hyphen must join two letters and a
/// period follow a letter, which drops the source's fragments of punctuation ("ability...", "p.m.-midnight").
/// </summary>
internal static class LexiconImporter
{
    public const string FileName = "syntax-lexicon.tsv";

    /// <summary>Penn Treebank's word tags, its punctuation tags, and en-lexicon's EM (emoji).</summary>
    internal static readonly HashSet<string> PennTags = new(StringComparer.Ordinal)
    {
        "CC", "CD", "DT", "EX", "FW", "IN", "JJ", "JJR", "JJS", "LS", "MD", "NN", "NNS", "NNP", "NNPS", "PDT", "POS",
        "PRP", "PRP$", "RB", "RBR", "RBS", "RP", "SYM", "TO", "UH", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "WDT",
        "WP", "WP$", "WRB", "$", "#", "\"", "``", "''", "(", ")", ",", ".", ":", ";", "EM",
    };

    /// <summary>Reads the JavaScript source; <paramref name="counts"/> receives what was kept and dropped, by reason.</summary>
    public static List<LexiconEntry> Read(string javascript, string fileName, List<string> problems, ImportCounts counts)
    {
        var byWord = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var (word, tags, line) in JsStringPairReader.Read(javascript, fileName, problems))
        {
            counts.Add("entries read");
            var reason = DropReason(word);
            if (reason is not null)
            {
                counts.Add("dropped: " + reason);
                continue;
            }
            var kept = new List<string>();
            foreach (var tag in tags.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!PennTags.Contains(tag)) problems.Add($"{fileName}:{line}: '{word}': tag '{tag}' is not a Penn Treebank tag, dropped");
                else if (!kept.Contains(tag)) kept.Add(tag);
            }
            if (kept.Count == 0)
            {
                problems.Add($"{fileName}:{line}: '{word}': no tag");
                counts.Add("dropped: no valid tag");
                continue;
            }
            if (byWord.ContainsKey(word)) counts.Add("repeated key (the last kept)");
            byWord[word] = new LexiconEntry(word, kept);
        }
        BritishSpellings.Unify(byWord, counts);
        counts.Set("rows written", byWord.Count);
        return [.. byWord.Values];
    }

    /// <summary>Why a word is not common vocabulary (a reason for the summary), or null when it is kept.</summary>
    internal static string? DropReason(string word)
    {
        if (word == "I") return null;
        bool letter = false;
        for (int i = 0; i < word.Length; i++)
        {
            char c = word[i];
            if (char.IsDigit(c)) return "has a digit";
            if (char.IsUpper(c)) return "has an upper-case letter";
            if (char.IsLetter(c)) letter = true;
            else if (c == '\'') continue;
            // A hyphen joins two letters ("well-known"); a period ends a letter ("e.g."), so "can.." and "p.m.-x" go.
            else if (c == '-' && i > 0 && i < word.Length - 1 && char.IsLetter(word[i - 1]) && char.IsLetter(word[i + 1])) continue;
            else if (c == '.' && i > 0 && char.IsLetter(word[i - 1])) continue;
            else return "other characters";
        }
        return letter ? null : "other characters";
    }

    /// <summary>WordNet's index of nouns, beside its exception lists.</summary>
    public const string WordNetNounIndex = "index.noun";

    /// <summary>
    /// Gives NN, after its own tag, to each word the source knows only as a base verb and WordNet's
    /// <c>index.noun</c> lists as a noun ("blacklist", "quarantine", "reprimand"): Brill's lexicon was counted on one
    /// corpus, in which such words happened to occur only as verbs, and the tag rules can only choose a tag the
    /// lexicon allows ("its export blacklist", "a reprimand"). The rest of the lexicon is left as it is: a word with
    /// other tags was seen in its other uses.
    /// </summary>
    /// <param name="nouns">The lemmas of WordNet's <c>index.noun</c> (<see cref="IndexLemmas"/>).</param>
    public static List<LexiconEntry> AddWordNetNouns(List<LexiconEntry> entries, HashSet<string> nouns, ImportCounts counts)
    {
        var result = new List<LexiconEntry>(entries.Count);
        foreach (var e in entries)
        {
            if (e.Tags is ["VB"] && nouns.Contains(e.Word))
            {
                result.Add(e with { Tags = ["VB", "NN"] });
                counts.Add("verb-only words given NN (WordNet nouns)");
            }
            else result.Add(e);
        }
        return result;
    }

    /// <summary>WordNet's index of verbs.</summary>
    public const string WordNetVerbIndex = "index.verb";

    /// <summary>
    /// Adds the base form (VB VBP) of a verb WordNet's <c>index.verb</c> lists when the source lacks the base but has
    /// its -s form as VBZ or its -ed form as VBD or VBN ("disburses", "disbursed" but no "disburse"): Brill's corpus
    /// happened to show only inflected forms, and without its base "will disburse" reads as a noun. A base WordNet's
    /// <c>index.noun</c> lists too takes NN first ("poach" as "the poach" is rare, but "bead", "silt" are nouns first:
    /// a base the source never saw is more often the noun; the tag rules make it a verb after "will" or "to").
    /// Multiword lemmas are left out.
    /// </summary>
    /// <param name="verbs">The lemmas of <c>index.verb</c>; <paramref name="nouns"/> those of <c>index.noun</c> (<see cref="IndexLemmas"/>).</param>
    public static List<LexiconEntry> AddWordNetVerbs(List<LexiconEntry> entries, HashSet<string> verbs, HashSet<string> nouns, ImportCounts counts)
    {
        var byWord = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var e in entries) byWord[e.Word] = e;
        var result = new List<LexiconEntry>(entries);
        foreach (var verb in verbs)
        {
            if (verb.Contains('_') || byWord.ContainsKey(verb)) continue;
            bool sibilant = verb.EndsWith("sh", StringComparison.Ordinal) || verb.EndsWith("ch", StringComparison.Ordinal)
                || verb.EndsWith("ss", StringComparison.Ordinal) || verb.EndsWith('x') || verb.EndsWith('z');
            var thirdPerson = verb + (sibilant ? "es" : "s");
            var past = verb + (verb.EndsWith('e') ? "d" : "ed");
            bool seen = byWord.TryGetValue(thirdPerson, out var s) && s.Tags.Contains("VBZ")
                || byWord.TryGetValue(past, out var d) && (d.Tags.Contains("VBD") || d.Tags.Contains("VBN"));
            if (!seen) continue;
            result.Add(new LexiconEntry(verb, nouns.Contains(verb) ? ["NN", "VB", "VBP"] : ["VB", "VBP"]));
            counts.Add("verb bases added (WordNet verbs whose -s or -ed form the source has)");
        }
        return result;
    }

    /// <summary>
    /// Gives VBD, right after VBN, to each -ed form the source tags as a participle but never as a past tense whose verb
    /// WordNet's <c>index.verb</c> lists and whose form is none of <c>verb.exc</c>'s irregular forms ("wounded",
    /// "amputated"): a regular verb's past tense and participle are one form, and Brill's corpus happened to show only
    /// the participle, so that "an agent shot and wounded a driver" had no finite verb. The stem is the form without
    /// "d" or "ed", with a doubled last consonant undone ("planned") or "ied" made "y" ("carried").
    /// </summary>
    /// <param name="irregular">The inflected forms of WordNet's <c>verb.exc</c> (its first column).</param>
    public static List<LexiconEntry> AddRegularPasts(List<LexiconEntry> entries, HashSet<string> verbs, HashSet<string> irregular, ImportCounts counts)
    {
        var result = new List<LexiconEntry>(entries.Count);
        foreach (var e in entries)
        {
            if (e.Word.EndsWith("ed", StringComparison.Ordinal) && e.Tags.Contains("VBN") && !e.Tags.Contains("VBD")
                && !irregular.Contains(e.Word) && RegularStems(e.Word).Any(verbs.Contains))
            {
                var tags = new List<string>(e.Tags);
                tags.Insert(tags.IndexOf("VBN") + 1, "VBD");
                result.Add(e with { Tags = tags });
                counts.Add("participles given VBD (regular WordNet verbs)");
            }
            else result.Add(e);
        }
        return result;
    }

    /// <summary>The stems an -ed form may have: "amputated" → "amputate", "wounded" → "wound", "planned" → "plan", "carried" → "carry".</summary>
    private static IEnumerable<string> RegularStems(string form)
    {
        yield return form[..^1];
        var stem = form[..^2];
        yield return stem;
        if (stem.Length > 2 && stem[^1] == stem[^2]) yield return stem[..^1];
        if (form.EndsWith("ied", StringComparison.Ordinal)) yield return form[..^3] + "y";
    }

    /// <summary>The lemmas of a WordNet index: the first word of each row (multiword lemmas joined by '_'); its licence
    /// lines start with spaces.</summary>
    public static HashSet<string> IndexLemmas(TextReader index)
    {
        var lemmas = new HashSet<string>(StringComparer.Ordinal);
        for (string? line; (line = index.ReadLine()) is not null;)
        {
            if (line.Length == 0 || line[0] == ' ') continue;
            int space = line.IndexOf(' ');
            lemmas.Add(space < 0 ? line : line[..space]);
        }
        return lemmas;
    }

    /// <param name="version">The package's version from its package.json, when it was found beside dist/.</param>
    public static void Write(IEnumerable<LexiconEntry> entries, string? version, TextWriter writer)
    {
        GeneratedHeader.Write(writer,
        [
            "Part-of-speech lexicon of common English words: word <TAB> Penn Treebank tags, space-separated, most frequent first.",
            "Kept: words without upper-case letters or digits (letters and apostrophes, a hyphen between letters, a period after",
            "a letter: 'n't', 'well-known', 'e.g.') and the pronoun 'I';",
            "tags outside the Penn Treebank set are dropped (see the importer's report); British spellings take the tags of their",
            "American forms, and regular British forms missing from the source are added ('programme', 'organisation');",
            "with WordNet given, a word the source tags only VB that WordNet's index.noun lists takes NN after it ('blacklist'),",
            "a verb of WordNet's index.verb whose -s or -ed form the source has, but not its base, is added ('disburse'),",
            "and a regular -ed participle of such a verb that the source never tags VBD takes VBD after VBN ('wounded').",
            $"Source: npm package en-lexicon{(version is null ? "" : " " + version)}, dist/lexicon.js (Alex Corvi; from Eric Brill's lexicon);",
            "WordNet 3.0 index.noun and index.verb (Princeton University), when given.",
            "Made by: pledgewatch reference import --lexicon EN_LEXICON/dist/lexicon.js --wordnet /usr/share/wordnet --out src/Pledgewatch/Reference/Data",
            "Generated: do not edit by hand.",
            .. GeneratedHeader.MitLicence("Copyright (c) 2017 Alex Corvi"),
        ]);
        foreach (var e in entries.OrderBy(e => e.Word, StringComparer.Ordinal))
        {
            writer.Write(e.Word);
            writer.Write('\t');
            writer.Write(string.Join(' ', e.Tags));
            writer.Write('\n');
        }
    }

    /// <summary>Parses syntax-lexicon.tsv as written by <see cref="Write"/>.</summary>
    public static List<LexiconEntry> Parse(TextReader reader) =>
        TableFile.Read(reader).Select(r => new LexiconEntry(r[0], TableFile.Field(r, 1).Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();

    /// <summary>The "version" of the package.json one folder above <paramref name="lexiconPath"/>'s folder, if there is one.</summary>
    public static string? PackageVersion(string lexiconPath)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(lexiconPath));
        var package = dir is null ? null : Path.Combine(Path.GetDirectoryName(dir) ?? dir, "package.json");
        if (package is null || !File.Exists(package)) return null;
        try
        {
            using var stream = File.OpenRead(package);
            using var json = JsonDocument.Parse(stream);
            return json.RootElement.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
