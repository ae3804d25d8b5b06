using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

/// <summary>
/// The lexicon as a trie over tokens: phrases are tokenised as text is (so "U.S." is four tokens), keys compare
/// case-insensitively through a span lookup (no string per token), and each phrase keeps its own case pattern: a
/// capitalised word of the phrase must be capitalised in the text, an upper-case one ("US", "NATO") upper-case.
/// Place names are not in the trie but in <see cref="PlaceNames"/>, precompiled: the node of a place's first word
/// (made when the trie is, so that a token costs one lookup as before) leads to the places starting with it, which
/// are matched alongside and come after the trie's phrases ending at the same token, as if they had been added last.
/// Built once, then only read: thread-safe for readers.
/// </summary>
internal sealed class PhraseTrie
{
    internal const byte AnyCase = 0, Capitalised = 1, UpperCase = 2;

    private readonly Node _root = new();
    private readonly PlaceNames? _places;

    // The places sharing a first word, in the places' order: a node's PlaceFirst is 1 + the first, _placeNext[e] the one after e (or -1).
    private readonly int[] _placeNext = [];

    public PhraseTrie(PlaceNames? places = null)
    {
        if (places is null) return;
        _places = places;
        _placeNext = new int[places.Count];
        _root.Reserve(places.Count);
        for (int e = 0; e < places.Count; e++)
        {
            _placeNext[e] = -1;
            if (places.IsStopword(e)) continue;
            var node = _root.GetOrAdd(places.FirstToken(e));
            if (node.PlaceFirst == 0) node.PlaceFirst = e + 1;
            else _placeNext[node.PlaceLast] = e;
            node.PlaceLast = e;
        }
    }

    /// <summary>Adds <paramref name="phrase"/>; an empty or punctuation-only phrase is ignored.</summary>
    public void Add(string phrase, LexEntry entry)
    {
        if (IsOneWord(phrase))
        {
            // Most phrases (place names, surnames) are one word: no tokenising, the phrase is the key.
            AddTerminal(_root.GetOrAdd(phrase), entry, [CaseOf(phrase)]);
            return;
        }
        var tokens = Tokenizer.Tokenize(phrase);
        if (tokens.Count == 0 || tokens[0].Kind != TokenKind.Word) return;
        var rules = new byte[tokens.Count];
        var node = _root;
        for (int i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].In(phrase);
            rules[i] = CaseOf(word);
            node = node.GetOrAdd(word.ToString());
        }
        AddTerminal(node, entry, rules);
    }

    private static void AddTerminal(Node node, LexEntry entry, byte[] rules)
    {
        node.Terminals ??= [];
        foreach (var (e, _) in node.Terminals)
            if (ReferenceEquals(e, entry)) return;
        node.Terminals.Add((entry, rules));
    }

    /// <summary>A phrase the tokenizer would keep as one word: a letter, then letters or digits.</summary>
    internal static bool IsOneWord(string phrase)
    {
        if (phrase.Length == 0 || !char.IsLetter(phrase[0])) return false;
        foreach (char c in phrase)
            if (!char.IsLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>Appends every phrase starting at token <paramref name="start"/> to <paramref name="into"/>, shortest first.</summary>
    public void Match(string text, IReadOnlyList<Token> tokens, int start, List<LexMatch> into)
    {
        var node = _root.Next(tokens[start].In(text));
        if (node is null) return;
        if (node.PlaceFirst != 0)
        {
            MatchWithPlaces(node, text, tokens, start, into);
            return;
        }
        for (int k = start; ; )
        {
            if (node.Terminals is { } terminals)
                foreach (var (entry, rules) in terminals)
                    if (CaseMatches(text, tokens, start, rules)) into.Add(new LexMatch(start, k + 1, entry));
            if (++k >= tokens.Count) return;
            node = node.Next(tokens[k].In(text));
            if (node is null) return;
        }
    }

    /// <summary>
    /// <see cref="Match"/> when some place name starts with the token (<paramref name="first"/> is its node): at each
    /// length the trie's phrases first, then the place names of that length, in the places' own order.
    /// </summary>
    private void MatchWithPlaces(Node first, string text, IReadOnlyList<Token> tokens, int start, List<LexMatch> into)
    {
        var places = _places!;
        int longest = 0;
        for (int e = first.PlaceFirst - 1; e >= 0; e = _placeNext[e]) longest = Math.Max(longest, places.TokenCount(e));
        Node? node = first;
        for (int k = start; k < tokens.Count && (node is not null || k - start < longest); k++)
        {
            if (k > start) node = node?.Next(tokens[k].In(text));
            if (node?.Terminals is { } terminals)
                foreach (var (entry, rules) in terminals)
                    if (CaseMatches(text, tokens, start, rules)) into.Add(new LexMatch(start, k + 1, entry));
            int length = k - start + 1;
            if (length > longest) continue;
            for (int e = first.PlaceFirst - 1; e >= 0; e = _placeNext[e])
            {
                if (places.TokenCount(e) != length) continue;
                bool same = true;
                for (int i = 1; i < length && same; i++) same = places.TokenIs(e, i, tokens[start + i].In(text));
                if (same && CaseMatches(text, tokens, start, places.CaseRules(e))) into.Add(new LexMatch(start, k + 1, places.Entry(e)));
            }
        }
    }

    /// <summary>True when some phrase starts with this token; the cheap test for the many tokens that start none.</summary>
    public bool Starts(ReadOnlySpan<char> token) => _root.Next(token) is not null;

    private static bool CaseMatches(string text, IReadOnlyList<Token> tokens, int start, ReadOnlySpan<byte> rules)
    {
        for (int i = 0; i < rules.Length; i++)
        {
            if (rules[i] == AnyCase) continue;
            var word = tokens[start + i].In(text);
            if (!char.IsUpper(word[0])) return false;
            if (rules[i] == UpperCase)
                foreach (char c in word)
                    if (char.IsLower(c)) return false;
        }
        return true;
    }

    internal static byte CaseOf(ReadOnlySpan<char> word)
    {
        if (!char.IsUpper(word[0])) return AnyCase;
        if (word.Length == 1) return Capitalised;
        foreach (char c in word)
            if (char.IsLower(c)) return Capitalised;
        return UpperCase;
    }

    private sealed class Node
    {
        private Dictionary<string, Node>? _children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public List<(LexEntry Entry, byte[] Rules)>? Terminals;

        /// <summary>For a first word: 1 + the first place name starting with it (see <see cref="PhraseTrie"/>), else 0.</summary>
        public int PlaceFirst;

        // The last place name of the chain, while the trie is made.
        public int PlaceLast;

        /// <summary>Makes room for <paramref name="count"/> more children at once (the first words of the places).</summary>
        public void Reserve(int count)
        {
            if (_children is null)
            {
                _children = new Dictionary<string, Node>(count, StringComparer.OrdinalIgnoreCase);
                _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            else _children.EnsureCapacity(_children.Count + count);
        }

        public Node? Next(ReadOnlySpan<char> word) =>
            _children is not null && _lookup.TryGetValue(word, out var next) ? next : null;

        public Node GetOrAdd(ReadOnlySpan<char> word) => Next(word) ?? GetOrAdd(word.ToString());

        public Node GetOrAdd(string word)
        {
            if (_children is null)
            {
                _children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!_children.TryGetValue(word, out var next)) _children[word] = next = new Node();
            return next;
        }
    }
}
