using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

/// <summary>
/// The lexicon as a trie over tokens: phrases are tokenised as text is (so "U.S." is four tokens), keys compare
/// case-insensitively through a span lookup (no string per token), and each phrase keeps its own case pattern: a
/// capitalised word of the phrase must be capitalised in the text, an upper-case one ("US", "NATO") upper-case.
/// Place names come precompiled (<see cref="PlaceNames"/>): the trie gets their words as nodes but not their
/// entries, only their numbers, so making it allocates no entry, rule array or list per place; a place's entry is made
/// when a text first matches it. At a node the places come after the phrases added with <see cref="Add"/>, as they
/// did when they were added last. Built once, then only read: thread-safe for readers.
/// </summary>
internal sealed class PhraseTrie
{
    internal const byte AnyCase = 0, Capitalised = 1, UpperCase = 2;

    private readonly Node _root = new();
    private readonly PlaceNames? _places;

    public PhraseTrie(PlaceNames? places = null)
    {
        if (places is null) return;
        _places = places;
        _root.Reserve(places.Count);
        for (int e = 0; e < places.Count; e++)
        {
            if (places.IsStopword(e)) continue;
            var node = _root;
            for (int i = 0; i < places.TokenCount(e); i++) node = node.GetOrAdd(places.Token(e, i));
            node.AddPlace(e);
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
        var node = _root;
        for (int k = start; k < tokens.Count; k++)
        {
            node = node.Next(tokens[k].In(text));
            if (node is null) return;
            if (node.Terminals is { } terminals)
                foreach (var (entry, rules) in terminals)
                    if (CaseMatches(text, tokens, start, rules)) into.Add(new LexMatch(start, k + 1, entry));
            if (node.Place != 0) MatchPlaces(node, text, tokens, start, k, into);
        }
    }

    private void MatchPlaces(Node node, string text, IReadOnlyList<Token> tokens, int start, int k, List<LexMatch> into)
    {
        var places = _places!;
        int e = node.Place - 1;
        if (CaseMatches(text, tokens, start, places.CaseRules(e))) into.Add(new LexMatch(start, k + 1, places.Entry(e)));
        if (node.MorePlaces is { } more)
            foreach (int m in more)
                if (CaseMatches(text, tokens, start, places.CaseRules(m))) into.Add(new LexMatch(start, k + 1, places.Entry(m)));
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

        /// <summary>1 + the place name (of <see cref="PlaceNames"/>) ending here, else 0; <see cref="MorePlaces"/> when several do.</summary>
        public int Place;
        public int[]? MorePlaces;

        public void AddPlace(int e)
        {
            if (Place == 0) Place = e + 1;
            else MorePlaces = [.. MorePlaces ?? [], e];
        }

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
