using System.Runtime.CompilerServices;

namespace Pledgewatch.Amounts;

/// <summary>
/// A read-only word → value table for the hot path: open addressing with a cheap hash, looked up by a span of the
/// document without allocating. Case is folded (ASCII letters, and <see cref="char.ToLowerInvariant"/> beyond) unless
/// built case-sensitive. Faster than a Dictionary with the ordinal-ignore-case comparer, whose hash is randomized.
/// Immutable after construction, so safe to share between threads.
/// </summary>
internal sealed class WordTable<T>
{
    private readonly string?[] _keys;
    private readonly T[] _values;
    private readonly int _mask;
    private readonly bool _ignoreCase;

    public WordTable(IEnumerable<KeyValuePair<string, T>> entries, bool ignoreCase = true)
    {
        var list = entries.ToList();
        _ignoreCase = ignoreCase;
        int capacity = 16;
        while (capacity < list.Count * 3) capacity <<= 1;
        _keys = new string?[capacity];
        _values = new T[capacity];
        _mask = capacity - 1;
        foreach (var (key, value) in list)
        {
            int slot = Hash(key) & _mask;
            while (_keys[slot] is { } existing && !Same(existing, key)) slot = (slot + 1) & _mask;
            _keys[slot] = key; // a repeated key keeps the last value, as a dictionary indexer would
            _values[slot] = value;
        }
        MaxLength = list.Count == 0 ? 0 : list.Max(e => e.Key.Length);
    }

    /// <summary>The longest key: longer words are rejected without hashing.</summary>
    public int MaxLength { get; }

    public bool TryGetValue(ReadOnlySpan<char> word, out T value)
    {
        if (word.Length <= MaxLength && word.Length > 0)
        {
            int slot = Hash(word) & _mask;
            while (_keys[slot] is { } key)
            {
                if (Same(key, word))
                {
                    value = _values[slot];
                    return true;
                }
                slot = (slot + 1) & _mask;
            }
        }
        value = default!;
        return false;
    }

    public bool Contains(ReadOnlySpan<char> word) => TryGetValue(word, out _);

    private int Hash(ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        foreach (char c in word) hash = (hash ^ Fold(c)) * 16777619;
        return (int)(hash ^ (hash >> 15));
    }

    private bool Same(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length) return false;
        if (!_ignoreCase) return a.SequenceEqual(b);
        for (int i = 0; i < a.Length; i++)
            if (a[i] != b[i] && Fold(a[i]) != Fold(b[i])) return false;
        return true;
    }

    private char Fold(char c) => !_ignoreCase ? c : FoldCase(c);

    // Inlined on purpose: it runs for every character hashed or compared, and in the tagger's large first pass the JIT
    // had run out of inlining budget and called it (a call per character).
    /// <summary>How a table that ignores case folds a letter (shared with the syntax lexicon's table, <c>LexiconTags</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char FoldCase(char c) =>
        c < 128 ? (c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c)
        : char.ToLowerInvariant(c);
}
