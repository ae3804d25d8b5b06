using Pledgewatch.Amounts;
using Pledgewatch.Reference;

namespace Pledgewatch.Syntax;

/// <summary>
/// The tags of the words of syntax-lexicon.tsv (71,000 rows: word, its tags most frequent first), as a read-only
/// table looked up by span, case folded as <see cref="WordTable{T}"/> folds it. Precompiled into syntax-lexicon.bin by
/// <c>pledgewatch reference compile</c>: a start copies its arrays (the words as one text, the tag sets as an index
/// into the few hundred distinct sets) and hashes the words into slots, with no string per word. The rows are as the
/// text gives them (words trimmed, unknown tags dropped, rows without a known tag left out); what the lexicon makes of
/// them is <see cref="PosLexicon"/>'s (<see cref="Map"/>). Immutable: thread-safe.
/// </summary>
internal sealed class LexiconTags
{
    public const string FileName = "syntax-lexicon.bin";
    public const string Source = "syntax-lexicon.tsv";
    private const string Kind = "syntax-lexicon";

    // Row i is the word _pool[_starts[i] .. _starts[i + 1]] with the tags _sets[_setOf[i]].
    private readonly string _pool;
    private readonly int[] _starts;
    private readonly ushort[] _setOf;
    private readonly TagSet[] _sets;

    // Open addressing: 1 + a row, 0 for an empty slot; a word repeated (case folded) keeps its last row, as WordTable does.
    private readonly int[] _slots;
    private readonly int _maxLength;

    private LexiconTags(string pool, int[] starts, ushort[] setOf, TagSet[] sets, int[]? slots = null, int maxLength = 0)
    {
        _pool = pool;
        _starts = starts;
        _setOf = setOf;
        _sets = sets;
        if (slots is not null)
        {
            _slots = slots;
            _maxLength = maxLength;
            return;
        }
        int rows = setOf.Length, capacity = 16;
        while (capacity < rows * 3) capacity <<= 1;
        _slots = new int[capacity];
        for (int i = 0; i < rows; i++)
        {
            var word = Word(i);
            _maxLength = Math.Max(_maxLength, word.Length);
            int slot = Hash(word) & (capacity - 1);
            while (_slots[slot] != 0 && !Same(Word(_slots[slot] - 1), word)) slot = (slot + 1) & (capacity - 1);
            _slots[slot] = i + 1;
        }
    }

    /// <summary>Rows in the table, in file order.</summary>
    public int Count => _setOf.Length;

    /// <summary>The rows, in file order, as the text gives them.</summary>
    public IEnumerable<KeyValuePair<string, TagSet>> Rows
    {
        get
        {
            for (int i = 0; i < Count; i++) yield return new(Word(i).ToString(), _sets[_setOf[i]]);
        }
    }

    /// <summary>
    /// The table of the embedded syntax-lexicon.tsv: from syntax-lexicon.bin, or from the text when the text changed
    /// after the compile (slower; <c>CompiledTablesTests</c> fails until it is compiled again). A missing or damaged
    /// syntax-lexicon.bin is an <see cref="InvalidDataException"/>.
    /// </summary>
    public static LexiconTags Load()
    {
        using var reader = CompiledTable.Reader.OpenEmbedded(FileName, Kind);
        return Load(reader, CompiledTable.DigestOfEmbedded(Source), () => EmbeddedTable.ReadAllText(Source));
    }

    /// <summary>The table of <paramref name="reader"/> when it was compiled from text of <paramref name="textDigest"/>, else <paramref name="text"/>'s.</summary>
    internal static LexiconTags Load(CompiledTable.Reader reader, byte[] textDigest, Func<string> text) =>
        reader.Digest.AsSpan().SequenceEqual(textDigest) ? Read(reader) : Parse(text());

    /// <summary>The table of the text of syntax-lexicon.tsv; comment lines, lines without a tab and rows of no known tag are skipped.</summary>
    public static LexiconTags Parse(string text)
    {
        var pool = new System.Text.StringBuilder(text.Length / 2);
        var starts = new List<int>(72_000);
        var setOf = new List<ushort>(72_000);
        var sets = new List<TagSet>();
        var setIndex = new Dictionary<TagSet, ushort>();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty || line[0] == '#' || line.IsWhiteSpace()) continue;
            int tab = line.IndexOf('\t');
            if (tab < 0) continue;
            var rest = line[(tab + 1)..];
            int next = rest.IndexOf('\t');
            if (TagSet.Parse((next < 0 ? rest : rest[..next]).Trim()) is not { IsEmpty: false } set) continue;
            if (!setIndex.TryGetValue(set, out var index))
            {
                setIndex[set] = index = checked((ushort)sets.Count);
                sets.Add(set);
            }
            starts.Add(pool.Length);
            pool.Append(line[..tab].Trim());
            setOf.Add(index);
        }
        starts.Add(pool.Length);
        return new LexiconTags(pool.ToString(), [.. starts], [.. setOf], [.. sets]);
    }

    /// <summary>The same words with each tag set replaced by <paramref name="rule"/>'s (applied once per distinct set).</summary>
    public LexiconTags Map(Func<TagSet, TagSet> rule)
    {
        // Loops rather than LINQ here and in Read: a generic instantiation over TagSet is compiled at run time (it is
        // not in the ReadyToRun image), which a start pays for.
        var sets = new TagSet[_sets.Length];
        for (int i = 0; i < sets.Length; i++) sets[i] = rule(_sets[i]);
        return new(_pool, _starts, _setOf, sets, _slots, _maxLength);
    }

    /// <summary>
    /// The table with the tags of some of its words replaced (their rows point at the new sets; the words and slots are
    /// shared). Words the table lacks are left out.
    /// </summary>
    public LexiconTags WithWords(IReadOnlyDictionary<string, TagSet> words)
    {
        var setOf = (ushort[])_setOf.Clone();
        var sets = new List<TagSet>(_sets);
        foreach (var (word, set) in words)
        {
            if (RowOf(word) is not int row) continue;
            int k = sets.IndexOf(set);
            if (k < 0) { k = sets.Count; sets.Add(set); }
            setOf[row] = (ushort)k;
        }
        return new(_pool, _starts, setOf, [.. sets], _slots, _maxLength);
    }

    /// <summary>The tags of <paramref name="word"/>, case folded.</summary>
    public bool TryGetValue(ReadOnlySpan<char> word, out TagSet value)
    {
        if (RowOf(word) is int row)
        {
            value = _sets[_setOf[row]];
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>The row of <paramref name="word"/>, case folded; null when the table lacks it.</summary>
    private int? RowOf(ReadOnlySpan<char> word)
    {
        if (word.Length > _maxLength || word.Length == 0) return null;
        int mask = _slots.Length - 1;
        for (int slot = Hash(word) & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            int row = _slots[slot] - 1;
            if (Same(Word(row), word)) return row;
        }
        return null;
    }

    /// <summary>Writes the table as syntax-lexicon.bin, stamped with the digest of the text it came from.</summary>
    public void Write(Stream stream, byte[] sourceDigest)
    {
        using var w = new CompiledTable.Writer(stream, Kind, sourceDigest);
        w.Text(_pool);
        w.Array<int>(_starts);
        w.Array<ushort>(_setOf);
        w.Array<ulong>([.. _sets.Select(s => s.Bits)]);
        w.Array<byte>([.. _sets.Select(s => (byte)s.First)]);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static LexiconTags Read(CompiledTable.Reader r)
    {
        var pool = r.Text();
        var starts = r.Array<int>();
        var setOf = r.Array<ushort>();
        var bits = r.Array<ulong>();
        var first = r.Array<byte>();
        r.End();
        bool consistent = starts.Length == setOf.Length + 1 && first.Length == bits.Length && starts[^1] == pool.Length;
        for (int i = 0; i < setOf.Length && consistent; i++) consistent = setOf[i] < bits.Length;
        if (!consistent)
            throw new InvalidDataException($"The precompiled table {FileName} has arrays of inconsistent lengths; rebuild it with `pledgewatch reference compile`.");
        var sets = new TagSet[bits.Length];
        for (int i = 0; i < sets.Length; i++) sets[i] = new TagSet(bits[i], (Tag)first[i]);
        return new LexiconTags(pool, starts, setOf, sets);
    }

    private ReadOnlySpan<char> Word(int row) => _pool.AsSpan(_starts[row], _starts[row + 1] - _starts[row]);

    private static int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word) hash = (hash ^ WordTable<TagSet>.FoldCase(c)) * 16777619;
        return (int)(hash ^ (hash >> 15));
    }

    private static bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
            if (a[i] != b[i] && WordTable<TagSet>.FoldCase(a[i]) != WordTable<TagSet>.FoldCase(b[i])) return false;
        return true;
    }
}
