using Pledgewatch.Syntax;

namespace Pledgewatch.Events;

/// <summary>
/// Values worked out once per sentence for its clauses or chunks, by index ("the classes of chunk 4", "the frame of
/// clause 2"). A slot counts only for the object it was filled for, and every slot is forgotten when another sentence
/// is asked about. The parse is finished before the coder reads it, so a value stays right for its sentence.
/// </summary>
internal sealed class SentenceMemo<TKey, TValue>(int capacity) where TKey : class
{
    private SentenceParse? _of;
    private TKey?[] _keys = new TKey?[capacity];
    private TValue[] _values = new TValue[capacity];

    /// <summary>The value remembered for <paramref name="key"/> at <paramref name="index"/> of sentence <paramref name="p"/>
    /// (which has <paramref name="count"/> slots), if any.</summary>
    public bool TryGet(SentenceParse p, int count, int index, TKey key, out TValue value)
    {
        if (_of != p)
        {
            _of = p;
            if (_keys.Length < count)
            {
                _keys = new TKey?[count * 2];
                _values = new TValue[_keys.Length];
            }
            else Array.Clear(_keys);
        }
        bool known = index >= 0 && index < _keys.Length && ReferenceEquals(_keys[index], key);
        value = known ? _values[index] : default!;
        return known;
    }

    /// <summary>Remembers <paramref name="value"/> for <paramref name="key"/> (after a <see cref="TryGet"/> for its sentence).</summary>
    public void Set(int index, TKey key, TValue value)
    {
        if (index < 0 || index >= _keys.Length) return;
        _keys[index] = key;
        _values[index] = value;
    }
}
