using Pledgewatch.Reference;

namespace Pledgewatch.Syntax;

/// <summary>
/// The rows of syntax-lexicon.tsv (word, its tags most frequent first), 71,000 of them: precompiled into
/// syntax-lexicon.bin by <c>pledgewatch reference compile</c>, so that a start reads them as four arrays instead of
/// parsing the text. The rows are as the text gives them (words trimmed, unknown tags dropped, rows without a known
/// tag left out), in file order; what the lexicon makes of them is <see cref="PosLexicon"/>'s.
/// </summary>
internal static class LexiconTags
{
    public const string FileName = "syntax-lexicon.bin";
    public const string Source = "syntax-lexicon.tsv";
    private const string Kind = "syntax-lexicon";

    /// <summary>
    /// The rows of the embedded syntax-lexicon.tsv: from syntax-lexicon.bin, or from the text when the text changed after
    /// the compile (slower; <c>LexiconTagsTests</c> fails until it is compiled again). A missing or damaged
    /// syntax-lexicon.bin is an <see cref="InvalidDataException"/>.
    /// </summary>
    public static List<KeyValuePair<string, TagSet>> Load()
    {
        var reader = CompiledTable.Reader.OpenEmbedded(FileName, Kind);
        return reader.Digest.AsSpan().SequenceEqual(CompiledTable.DigestOfEmbedded(Source))
            ? Read(reader)
            : Parse(EmbeddedTable.ReadAllText(Source));
    }

    /// <summary>The rows of the table's text; comment lines, lines without a tab and rows of no known tag are skipped.</summary>
    public static List<KeyValuePair<string, TagSet>> Parse(string text)
    {
        // Read as spans (a string per word, no array per row).
        var rows = new List<KeyValuePair<string, TagSet>>(72_000);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#' || line.IsWhiteSpace()) continue;
            int tab = line.IndexOf('\t');
            if (tab < 0) continue;
            var rest = line[(tab + 1)..];
            int next = rest.IndexOf('\t');
            if (TagSet.Parse((next < 0 ? rest : rest[..next]).Trim()) is { IsEmpty: false } set)
                rows.Add(new(line[..tab].Trim().ToString(), set));
        }
        return rows;
    }

    /// <summary>Writes <paramref name="rows"/> as syntax-lexicon.bin, stamped with the digest of the text they came from.</summary>
    public static void Write(IReadOnlyList<KeyValuePair<string, TagSet>> rows, Stream stream, byte[] sourceDigest)
    {
        var starts = new int[rows.Count + 1];
        var bits = new long[rows.Count];
        var first = new byte[rows.Count];
        var pool = new System.Text.StringBuilder();
        for (int i = 0; i < rows.Count; i++)
        {
            starts[i] = pool.Length;
            pool.Append(rows[i].Key);
            bits[i] = (long)rows[i].Value.Bits;
            first[i] = (byte)rows[i].Value.First;
        }
        starts[rows.Count] = pool.Length;
        var w = new CompiledTable.Writer(stream, Kind, sourceDigest);
        w.Chars(pool.ToString());
        w.Ints(starts);
        w.Longs(bits);
        w.Bytes(first);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static List<KeyValuePair<string, TagSet>> Read(CompiledTable.Reader r)
    {
        var pool = r.Chars();
        var starts = r.Ints();
        var bits = r.Longs();
        var first = r.Bytes();
        r.End();
        if (starts.Length != bits.Length + 1 || first.Length != bits.Length)
            throw new InvalidDataException($"The precompiled table {FileName} has arrays of inconsistent lengths; rebuild it with `pledgewatch reference compile`.");
        var rows = new List<KeyValuePair<string, TagSet>>(bits.Length);
        for (int i = 0; i < bits.Length; i++)
            rows.Add(new(new string(pool[starts[i]..starts[i + 1]]), new TagSet((ulong)bits[i], (Tag)first[i])));
        return rows;
    }
}
