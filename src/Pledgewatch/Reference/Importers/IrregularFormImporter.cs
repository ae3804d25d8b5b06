namespace Pledgewatch.Reference.Importers;

/// <summary>
/// Reads WordNet 3.0's exception lists (Debian's <c>wordnet-base</c>, <c>/usr/share/wordnet/{verb,noun,adj}.exc</c>:
/// lines <c>form lemma [lemma …]</c>, words joined by underscores) and writes syntax-irregular.tsv: one row
/// <c>form TAB lemma TAB v|n|a</c> per form, lemma and part of speech. Underscores in a lemma become spaces
/// ("comics" → "comic strip"); forms of several words are skipped, as the tagger looks up single tokens.
/// </summary>
internal static class IrregularFormImporter
{
    public const string FileName = "syntax-irregular.tsv";

    /// <summary>The three lists read, with the part of speech each stands for.</summary>
    public static readonly (string File, char Pos)[] Lists = [("verb.exc", 'v'), ("noun.exc", 'n'), ("adj.exc", 'a')];

    public static List<IrregularForm> Read(TextReader reader, string fileName, char pos, List<string> problems, ImportCounts counts)
    {
        var rows = new List<IrregularForm>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var f = line.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 2)
            {
                problems.Add($"{fileName}:{lineNumber}: expected a form and at least one lemma");
                continue;
            }
            counts.Add("lines read");
            if (f[0].Contains('_'))
            {
                counts.Add("dropped: multiword form");
                continue;
            }
            for (int i = 1; i < f.Length; i++)
            {
                var lemma = f[i].Replace('_', ' ');
                if (!IsWord(f[0]) || !IsWord(lemma.Replace(" ", "")))
                {
                    problems.Add($"{fileName}:{lineNumber}: '{f[0]} {f[i]}' holds characters no word has");
                    continue;
                }
                rows.Add(new IrregularForm(f[0], lemma, pos));
            }
        }
        return rows;
    }

    public static void Write(IEnumerable<IrregularForm> rows, TextWriter writer)
    {
        GeneratedHeader.Write(writer,
        [
            "Irregular inflections: form <TAB> lemma <TAB> part of speech (v verb, n noun, a adjective); one row per form, lemma and",
            "part of speech. Underscores of the source's lemmas are spaces; forms of several words are left out.",
            "Source: WordNet 3.0 exception lists verb.exc, noun.exc, adj.exc (Debian package wordnet-base, /usr/share/wordnet).",
            "Made by: pledgewatch reference import --wordnet /usr/share/wordnet --out src/Pledgewatch/Reference/Data",
            "Generated: do not edit by hand.",
            "",
            .. GeneratedHeader.WordNetLicence,
        ]);
        foreach (var r in Sorted(rows))
        {
            writer.Write(r.Form);
            writer.Write('\t');
            writer.Write(r.Lemma);
            writer.Write('\t');
            writer.Write(r.Pos);
            writer.Write('\n');
        }
    }

    /// <summary>The rows without repeats, by form, lemma and part of speech (ordinal).</summary>
    public static List<IrregularForm> Sorted(IEnumerable<IrregularForm> rows) =>
        rows.Distinct()
            .OrderBy(r => r.Form, StringComparer.Ordinal).ThenBy(r => r.Lemma, StringComparer.Ordinal).ThenBy(r => r.Pos)
            .ToList();

    /// <summary>Parses syntax-irregular.tsv as written by <see cref="Write"/>.</summary>
    public static List<IrregularForm> Parse(TextReader reader) =>
        TableFile.Read(reader).Select(r => new IrregularForm(r[0], TableFile.Field(r, 1), TableFile.Field(r, 2) is [var p] ? p : '?')).ToList();

    private static bool IsWord(string s)
    {
        foreach (char c in s)
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '\'' or '.')) return false;
        return s.Length > 0;
    }
}
