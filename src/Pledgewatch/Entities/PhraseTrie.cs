using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

/// <summary>
/// The lexicon as a trie over tokens: phrases are tokenised as text is (so "U.S." is four tokens), keys compare
/// case-insensitively through a span lookup (no string per token), and each phrase keeps its own case pattern: a
/// capitalised word of the phrase must be capitalised in the text, an upper-case one ("US", "NATO") upper-case.
/// Place names are not in the trie but in <see cref="PlaceNames"/>, precompiled; they are matched alongside, and
/// come after the trie's phrases ending at the same token, as they would if they had been added last.
/// Built once, then only read: thread-safe for readers.
/// </summary>
internal sealed class PhraseTrie(PlaceNames? places = null)
{
    internal const byte AnyCase = 0, Capitalised = 1, UpperCase = 2;

    private readonly Node _root = new();

    // A bit per case-folded hash (Fold) of the first word of each phrase whose first word allows any case: by the case
    // rules, a word that does not start with an upper-case letter can start only those, so most words skip the trie.
    private const int AnyCaseBits = 1 << 12;
    private readonly ulong[] _anyCaseStarts = new ulong[AnyCaseBits / 64];

    /// <summary>Adds <paramref name="phrase"/>; an empty or punctuation-only phrase is ignored.</summary>
    public void Add(string phrase, LexEntry entry)
    {
        if (IsOneWord(phrase))
        {
            // Most phrases (place names, surnames) are one word: no tokenising, the phrase is the key.
            if (CaseOf(phrase) == AnyCase) MarkAnyCase(phrase);
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
        if (rules[0] == AnyCase) MarkAnyCase(tokens[0].In(phrase));
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
    public void Match(string text, List<Token> tokens, int start, List<LexMatch> into)
    {
        // A word without a capital matches no phrase whose first word wants one: when no other phrase and no place can
        // start with it, there is nothing to find.
        var first = tokens[start].In(text);
        if (!first.IsEmpty && !char.IsUpper(first[0]) && !MayStartAnyCase(first) && (places is null || !places.MayStart(first))) return;
        // A place that cannot start here by its case rules would match nothing in MatchWithPlaces: its lookup is skipped.
        if (places is not null && places.MayStart(tokens[start].In(text)) && places.First(tokens[start].In(text)) is >= 0 and var place)
        {
            MatchWithPlaces(places, text, tokens, start, place, into);
            return;
        }
        var node = _root;
        for (int k = start; k < tokens.Count; k++)
        {
            node = node.Next(tokens[k].In(text));
            if (node is null) return;
            if (node.Terminals is { } terminals)
                foreach (var (entry, rules) in terminals)
                    if (CaseMatches(text, tokens, start, rules)) into.Add(new LexMatch(start, k + 1, entry));
        }
    }

    /// <summary>
    /// <see cref="Match"/> when some place name starts with the token: at each length the trie's phrases first, then
    /// the place names of that length, in the places' own order. The places are read once (a name is dropped at its
    /// first word that differs), and the few that match are kept until their length comes.
    /// </summary>
    private void MatchWithPlaces(PlaceNames places, string text, List<Token> tokens, int start, int first, List<LexMatch> into)
    {
        Span<int> found = stackalloc int[16];
        List<int>? more = null;
        int count = 0, longest = 0;
        for (int e = first; e >= 0; e = places.Next(e))
        {
            int length = places.TokenCount(e);
            if (start + length > tokens.Count) continue;
            bool same = true;
            for (int i = 1; i < length && same; i++) same = places.TokenIs(e, i, tokens[start + i].In(text));
            if (!same || !CaseMatches(text, tokens, start, places.CaseRules(e))) continue;
            if (count < found.Length) found[count] = e;
            else (more ??= []).Add(e);
            count++;
            longest = Math.Max(longest, length);
        }
        Node? node = _root;
        for (int k = start; k < tokens.Count && (node is not null || k - start < longest); k++)
        {
            node = node?.Next(tokens[k].In(text));
            if (node?.Terminals is { } terminals)
                foreach (var (entry, rules) in terminals)
                    if (CaseMatches(text, tokens, start, rules)) into.Add(new LexMatch(start, k + 1, entry));
            for (int j = 0; j < count; j++)
            {
                int e = j < found.Length ? found[j] : more![j - found.Length];
                if (places.TokenCount(e) == k - start + 1) into.Add(new LexMatch(start, k + 1, places.Entry(e)));
            }
        }
    }

    private void MarkAnyCase(ReadOnlySpan<char> word)
    {
        int bit = Fold(word);
        _anyCaseStarts[bit >> 6] |= 1UL << bit;
    }

    private bool MayStartAnyCase(ReadOnlySpan<char> word)
    {
        int bit = Fold(word);
        return (_anyCaseStarts[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>A hash equal for words equal ignoring case (ordinal), as <see cref="PlaceNames"/>' sieve computes it.</summary>
    private static int Fold(ReadOnlySpan<char> word) => PlaceNames.FoldedHash(word, AnyCaseBits);

    /// <summary>True when some phrase starts with this token; the cheap test for the many tokens that start none.</summary>
    public bool Starts(ReadOnlySpan<char> token) => _root.Next(token) is not null || places?.First(token) >= 0;

    private static bool CaseMatches(string text, List<Token> tokens, int start, ReadOnlySpan<byte> rules)
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

        public Node? Next(ReadOnlySpan<char> word) =>
            _children is not null && _lookup.TryGetValue(word, out var next) ? next : null;

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
