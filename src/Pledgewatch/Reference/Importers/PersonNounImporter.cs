namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Reads WordNet 3.0's noun index and data (Debian's <c>wordnet-base</c>, <c>/usr/share/wordnet/index.noun</c> and
/// <c>data.noun</c>) and writes entities-person-nouns.txt: the one-word nouns whose most frequent sense (the first synset
/// the index lists) belongs to the lexicographer file <c>noun.person</c> ("wrestler", "lawyer", "trucker"). The coder
/// reads a subject such a noun heads as people, of the scene where they act when no party owns them.
/// </summary>
internal static class PersonNounImporter
{
    public const string FileName = "entities-person-nouns.txt";

    /// <summary>WordNet's noun synsets, beside its index.</summary>
    public const string DataFile = "data.noun";

    /// <summary>WordNet's number for the lexicographer file noun.person (lexnames).</summary>
    public const int NounPersonFile = 18;

    /// <summary>
    /// The lemmas of <paramref name="index"/> whose first synset, looked up in <paramref name="data"/> by its byte offset,
    /// is in noun.person. A synset the data does not hold at its offset is reported, not thrown.
    /// </summary>
    public static SortedSet<string> Read(TextReader index, Stream data, List<string> problems, ImportCounts counts)
    {
        var people = new SortedSet<string>(StringComparer.Ordinal);
        int lineNumber = 0;
        while (index.ReadLine() is { } line)
        {
            lineNumber++;
            // (The licence opens the file, each line of it indented by two spaces.)
            if (line.Length == 0 || line[0] == ' ') continue;
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
            if (f.Length < 4 || !int.TryParse(f[2], out int synsets) || !int.TryParse(f[3], out int pointers) || f.Length < 6 + pointers + synsets || synsets < 1)
            {
                problems.Add($"index.noun:{lineNumber}: not a row of the index");
                continue;
            }
            counts.Add("nouns read");
            var lemma = f[0];
            if (lemma.Contains('_') || !IsWord(lemma))
            {
                counts.Add("skipped: several words or not a word");
                continue;
            }
            if (!long.TryParse(f[6 + pointers], out long offset) || LexicographerFile(data, offset) is not { } file)
            {
                problems.Add($"index.noun:{lineNumber}: '{lemma}' points at no synset of data.noun");
                continue;
            }
            if (file != NounPersonFile) continue;
            people.Add(lemma);
        }
        counts.Set("person nouns written", people.Count);
        return people;
    }

    /// <summary>The lexicographer file number of the synset at <paramref name="offset"/> (its second field), or null.</summary>
    private static int? LexicographerFile(Stream data, long offset)
    {
        if (offset < 0 || offset >= data.Length) return null;
        data.Position = offset;
        Span<byte> head = stackalloc byte[24];
        int n = data.Read(head);
        var text = System.Text.Encoding.ASCII.GetString(head[..n]);
        var f = text.Split(' ');
        return f.Length > 2 && f[0] == offset.ToString("D8", System.Globalization.CultureInfo.InvariantCulture) && int.TryParse(f[1], out int file) ? file : null;
    }

    public static void Write(IEnumerable<string> lemmas, TextWriter writer)
    {
        GeneratedHeader.Write(writer,
        [
            "People nouns: one lemma per line, the one-word nouns whose first (most frequent) WordNet sense is in the",
            "lexicographer file noun.person ('wrestler', 'lawyer', 'trucker').",
            "Source: WordNet 3.0 index.noun and data.noun (Debian package wordnet-base, /usr/share/wordnet).",
            "Made by: pledgewatch reference import --wordnet /usr/share/wordnet --out src/Pledgewatch/Reference/Data",
            "Generated: do not edit by hand.",
            "",
            .. GeneratedHeader.WordNetLicence,
        ]);
        foreach (var lemma in lemmas.Distinct().Order(StringComparer.Ordinal))
        {
            writer.Write(lemma);
            writer.Write('\n');
        }
    }

    private static bool IsWord(string s)
    {
        foreach (char c in s)
            if (!char.IsAsciiLetterLower(c) && c is not '-') return false;
        return s.Length > 1;
    }
}
