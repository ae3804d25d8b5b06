using System.Collections.Frozen;
using Pledgewatch.Reference;
using Pledgewatch.Reference.Importers;
using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

/// <summary>
/// The place names of the lexicon (22,000 GeoNames cities and the hand-written regions, with their folded, ASCII and
/// alternate names): the part of <see cref="PhraseTrie"/> that is too large to build at every start. Each name is
/// kept once (case-insensitively) with its tokens, their case rules and its countries (one per country, most populous
/// first), as flat arrays precompiled into places.bin by <c>pledgewatch reference compile</c> from places.tsv and
/// regions.tsv; loading copies the arrays and indexes the first tokens, with no string or object per name. A name's
/// <see cref="LexEntry"/> is made when a text first matches it. The place stop words are applied when loading, so
/// places.bin depends on the two place tables only. Immutable after construction apart from that entry cache, which
/// is filled atomically: thread-safe.
/// </summary>
internal sealed class PlaceNames
{
    public const string FileName = "places.bin";
    private const string Kind = "places";

    /// <summary>The text tables places.bin is compiled from, in digest order.</summary>
    public static readonly string[] Sources = [PlaceImporter.FileName, "regions.tsv"];

    // Names in lexicon order (the order the whole-table build added them to the trie). Name e is
    // _pool[_nameStart[e] .. _nameStart[e + 1]]; its tokens are _tokenFirst[e] .. _tokenFirst[e + 1] - 1, each a
    // range of _pool with PhraseTrie's case rule; its countries are _codeFirst[e] .. _codeFirst[e + 1] - 1.
    private readonly string _pool;
    private readonly int[] _nameStart;
    private readonly int[] _tokenFirst;
    private readonly int[] _tokenStart;
    private readonly int[] _tokenLength;
    private readonly byte[] _tokenCase;
    private readonly int[] _codeFirst;
    private readonly int[] _codeCountry;
    private readonly long[] _codePopulation;
    private readonly string[] _countries;

    // The index of first tokens, built when loading: open addressing over the ordinal-ignore-case hash (the trie's
    // comparer), a slot holding 1 + the first name of a chain; _next links the names sharing a first token, in lexicon order.
    private readonly int[] _slots;
    private readonly int[] _next;
    private readonly LexEntry?[] _entries;

    // A bit per value of Sieve() of the first tokens: most words of a text are no place's first word, and this says so
    // for about 97 % of them without the ordinal-ignore-case hash (the trie has already hashed them once).
    private const int SieveBits = 1 << 20;
    private readonly ulong[] _sieve = new ulong[SieveBits / 64];

    // The same for the few names whose first token is not capitalised (case rule AnyCase), in a sieve small enough to
    // stay in the cache: a word that does not start with an upper-case letter can only start one of those (MayStart).
    private const int AnyCaseSieveBits = 1 << 12;
    private readonly ulong[] _anyCaseSieve = new ulong[AnyCaseSieveBits / 64];

    private PlaceNames(string pool, int[] nameStart, int[] tokenFirst, int[] tokenStart, int[] tokenLength, byte[] tokenCase,
        int[] codeFirst, int[] codeCountry, long[] codePopulation, string[] countries, FrozenSet<string>? stopwords)
    {
        _pool = pool;
        _nameStart = nameStart;
        _tokenFirst = tokenFirst;
        _tokenStart = tokenStart;
        _tokenLength = tokenLength;
        _tokenCase = tokenCase;
        _codeFirst = codeFirst;
        _codeCountry = codeCountry;
        _codePopulation = codePopulation;
        _countries = countries;
        int count = nameStart.Length - 1;
        _entries = new LexEntry?[count];
        _next = new int[count];
        int capacity = 16;
        while (capacity < count * 2) capacity <<= 1;
        _slots = new int[capacity];
        var tails = new int[capacity];
        var excluded = stopwords?.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int e = 0; e < count; e++)
        {
            _next[e] = -1;
            // A stop word is never a place on its own (place-stopwords.txt); the whole-table build skipped it the same way.
            if (excluded is { } stop && stop.Contains(Name(e))) continue;
            var first = Token(_tokenFirst[e]);
            if (_tokenCase[_tokenFirst[e]] == PhraseTrie.AnyCase)
            {
                int low = Sieve(first) & (AnyCaseSieveBits - 1);
                _anyCaseSieve[low >> 6] |= 1UL << low;
            }
            int slot = Hash(first) & (capacity - 1);
            while (_slots[slot] != 0 && !first.Equals(Token(_tokenFirst[_slots[slot] - 1]), StringComparison.OrdinalIgnoreCase))
                slot = (slot + 1) & (capacity - 1);
            if (_slots[slot] == 0)
            {
                _slots[slot] = e + 1;
                int bit = Sieve(first);
                _sieve[bit >> 6] |= 1UL << bit;
            }
            else _next[tails[slot]] = e;
            tails[slot] = e;
        }
    }

    /// <summary>Names in the lexicon, stop words included.</summary>
    public int Count => _nameStart.Length - 1;

    /// <summary>
    /// The places of the embedded tables without <paramref name="stopwords"/>: from places.bin, or, when places.tsv or
    /// regions.tsv changed after it was compiled, from <paramref name="places"/> (slower; <c>CompiledTablesTests</c> fails
    /// until places.bin is compiled again). A missing or damaged places.bin is an <see cref="InvalidDataException"/>.
    /// </summary>
    public static PlaceNames Load(Func<IReadOnlyList<Place>> places, FrozenSet<string> stopwords)
    {
        using var reader = CompiledTable.Reader.OpenEmbedded(FileName, Kind);
        return Load(reader, CompiledTable.DigestOfEmbedded(Sources), places, stopwords);
    }

    /// <summary>The table of <paramref name="reader"/> when it was compiled from text of <paramref name="textDigest"/>, else <paramref name="places"/>'s.</summary>
    internal static PlaceNames Load(CompiledTable.Reader reader, byte[] textDigest, Func<IReadOnlyList<Place>> places, FrozenSet<string> stopwords) =>
        reader.Digest.AsSpan().SequenceEqual(textDigest) ? Read(reader, stopwords) : Build(places(), stopwords);

    /// <summary>The lexicon of <paramref name="places"/> as the whole-table build makes it: names of three letters or more,
    /// folded and alternate names too, each with one (country, largest population) per country, most populous first.</summary>
    public static PlaceNames Build(IReadOnlyList<Place> places, FrozenSet<string>? stopwords)
    {
        var byName = new Dictionary<string, List<(string Iso3, long Population)>>(places.Count * 2, StringComparer.OrdinalIgnoreCase);
        void Add(string name, Place p)
        {
            if (name.Length < 3) return;
            if (!byName.TryGetValue(name, out var codes)) byName[name] = codes = new(1);
            for (int k = 0; k < codes.Count; k++)
            {
                if (codes[k].Iso3 != p.Iso3) continue;
                if (codes[k].Population < p.Population) codes[k] = (p.Iso3, p.Population);
                return;
            }
            codes.Add((p.Iso3, p.Population));
        }
        foreach (var p in places)
        {
            Add(p.Name, p);
            var folded = Diacritics.Fold(p.Name);
            if (!ReferenceEquals(folded, p.Name)) Add(folded, p);
            if (p.AsciiName.Length > 0) Add(p.AsciiName, p);
            foreach (var alt in p.Alternates) Add(alt, p);
        }

        var pool = new System.Text.StringBuilder();
        List<int> nameStart = [], tokenFirst = [], tokenStart = [], tokenLength = [], codeFirst = [], codeCountry = [];
        List<byte> tokenCase = [];
        List<long> codePopulation = [];
        var countries = new List<string>();
        var countryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, codes) in byName)
        {
            // As PhraseTrie.Add: one word is its own key; a phrase is split as text is, and must start with a word.
            List<Token> tokens = PhraseTrie.IsOneWord(name) ? [new Token(0, name.Length, TokenKind.Word)] : Tokenizer.Tokenize(name);
            if (tokens.Count == 0 || tokens[0].Kind != TokenKind.Word) continue;
            if (codes.Count > 1) codes.Sort((a, b) => b.Population.CompareTo(a.Population));
            nameStart.Add(pool.Length);
            tokenFirst.Add(tokenStart.Count);
            codeFirst.Add(codeCountry.Count);
            foreach (var t in tokens)
            {
                tokenStart.Add(pool.Length + t.Start);
                tokenLength.Add(t.End - t.Start);
                tokenCase.Add(PhraseTrie.CaseOf(t.In(name)));
            }
            foreach (var (iso3, population) in codes)
            {
                if (!countryIndex.TryGetValue(iso3, out int c)) countryIndex[iso3] = c = countries.Count;
                if (c == countries.Count) countries.Add(iso3);
                codeCountry.Add(c);
                codePopulation.Add(population);
            }
            pool.Append(name);
        }
        nameStart.Add(pool.Length);
        tokenFirst.Add(tokenStart.Count);
        codeFirst.Add(codeCountry.Count);
        return new PlaceNames(pool.ToString(), [.. nameStart], [.. tokenFirst], [.. tokenStart], [.. tokenLength], [.. tokenCase],
            [.. codeFirst], [.. codeCountry], [.. codePopulation], [.. countries], stopwords);
    }

    /// <summary>Writes the lexicon as places.bin, stamped with the digest of the tables it was built from.</summary>
    public void Write(Stream stream, byte[] sourceDigest)
    {
        using var w = new CompiledTable.Writer(stream, Kind, sourceDigest);
        w.Text(_pool);
        w.Array<int>(_nameStart);
        w.Array<int>(_tokenFirst);
        w.Array<int>(_tokenStart);
        w.Array<int>(_tokenLength);
        w.Array<byte>(_tokenCase);
        w.Array<int>(_codeFirst);
        w.Array<int>(_codeCountry);
        w.Array<long>(_codePopulation);
        w.Text(string.Join('\t', _countries));
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    public static PlaceNames Read(CompiledTable.Reader r, FrozenSet<string>? stopwords)
    {
        var pool = r.Text();
        int[] nameStart = r.Array<int>(), tokenFirst = r.Array<int>(), tokenStart = r.Array<int>(), tokenLength = r.Array<int>();
        var tokenCase = r.Array<byte>();
        int[] codeFirst = r.Array<int>(), codeCountry = r.Array<int>();
        var codePopulation = r.Array<long>();
        var countries = r.Text().Split('\t');
        r.End();
        int names = nameStart.Length - 1;
        if (names < 0 || tokenFirst.Length != names + 1 || codeFirst.Length != names + 1 || tokenLength.Length != tokenStart.Length
            || tokenCase.Length != tokenStart.Length || codePopulation.Length != codeCountry.Length || nameStart[^1] != pool.Length)
            throw new InvalidDataException($"The precompiled table {FileName} has arrays of inconsistent lengths; rebuild it with `pledgewatch reference compile`.");
        return new PlaceNames(pool, nameStart, tokenFirst, tokenStart, tokenLength, tokenCase, codeFirst, codeCountry, codePopulation, countries, stopwords);
    }

    /// <summary>The first name (in lexicon order) whose first token is <paramref name="word"/> (case-insensitive), or -1.</summary>
    public int First(ReadOnlySpan<char> word)
    {
        int bit = Sieve(word);
        if ((_sieve[bit >> 6] & (1UL << bit)) == 0) return -1;
        int mask = _slots.Length - 1;
        for (int slot = Hash(word) & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            int e = _slots[slot] - 1;
            if (word.Equals(Token(_tokenFirst[e]), StringComparison.OrdinalIgnoreCase)) return e;
        }
        return -1;
    }

    /// <summary>
    /// False when no name can start at a token spelled <paramref name="word"/> once case rules are applied:
    /// the word does not start with an upper-case letter and no name whose first token allows any case starts with it.
    /// True says nothing.
    /// </summary>
    public bool MayStart(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || char.IsUpper(word[0])) return true;
        int low = Sieve(word) & (AnyCaseSieveBits - 1);
        return (_anyCaseSieve[low >> 6] & (1UL << low)) != 0;
    }

    /// <summary>The next name after <paramref name="e"/> with the same first token, or -1.</summary>
    public int Next(int e) => _next[e];

    public int TokenCount(int e) => _tokenFirst[e + 1] - _tokenFirst[e];

    /// <summary>True when token <paramref name="i"/> of name <paramref name="e"/> is <paramref name="word"/>, ignoring case.</summary>
    public bool TokenIs(int e, int i, ReadOnlySpan<char> word) => word.Equals(Token(_tokenFirst[e] + i), StringComparison.OrdinalIgnoreCase);

    /// <summary>The case rules of the tokens of name <paramref name="e"/> (see <see cref="PhraseTrie"/>).</summary>
    public ReadOnlySpan<byte> CaseRules(int e) => _tokenCase.AsSpan(_tokenFirst[e], TokenCount(e));

    public ReadOnlySpan<char> Name(int e) => _pool.AsSpan(_nameStart[e], _nameStart[e + 1] - _nameStart[e]);

    /// <summary>The entry of name <paramref name="e"/>: the same instance on every call.</summary>
    public LexEntry Entry(int e)
    {
        if (Volatile.Read(ref _entries[e]) is { } made) return made;
        var places = new (string Iso3, long Population)[_codeFirst[e + 1] - _codeFirst[e]];
        for (int k = 0; k < places.Length; k++)
            places[k] = (_countries[_codeCountry[_codeFirst[e] + k]], _codePopulation[_codeFirst[e] + k]);
        var entry = new LexEntry(LexKind.Place) { Canonical = Name(e).ToString(), Places = places };
        return Interlocked.CompareExchange(ref _entries[e], entry, null) ?? entry;
    }

    private ReadOnlySpan<char> Token(int t) => _pool.AsSpan(_tokenStart[t], _tokenLength[t]);

    private static int Hash(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A cheap hash that words equal ignoring case share: ordinal-ignore-case compares letters by their invariant upper
    /// case, so each letter counts by it when that is ASCII ('ı' as 'I') and as one mark when not, as does a surrogate.
    /// </summary>
    private static int Sieve(ReadOnlySpan<char> word) => FoldedHash(word, SieveBits);

    /// <summary>The hash of <see cref="Sieve"/> over <paramref name="bits"/> buckets (a power of two).</summary>
    internal static int FoldedHash(ReadOnlySpan<char> word, int bits)
    {
        uint hash = 2166136261;
        foreach (char c in word)
        {
            char upper = c < 128 ? (c is >= 'a' and <= 'z' ? (char)(c & ~0x20) : c) : char.ToUpperInvariant(c);
            hash = (hash ^ (upper < 128 ? upper : 128u)) * 16777619;
        }
        return (int)((hash ^ (hash >> 16)) & (bits - 1));
    }
}
