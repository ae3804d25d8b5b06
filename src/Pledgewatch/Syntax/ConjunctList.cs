using System.Collections;

namespace Pledgewatch.Syntax;

/// <summary>A noun phrase and its conjuncts, in order (<see cref="Chunk.WithConjuncts"/>); enumerating it by <c>foreach</c> allocates nothing.</summary>
public readonly struct ConjunctList(Chunk first) : IEnumerable<Chunk>
{
    public Enumerator GetEnumerator() => new(first);

    IEnumerator<Chunk> IEnumerable<Chunk>.GetEnumerator()
    {
        yield return first;
        if (first.Conjuncts is null) yield break;
        foreach (var c in first.Conjuncts) yield return c;
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<Chunk>)this).GetEnumerator();

    /// <summary>Index -1 is the first phrase, then its <see cref="Chunk.Conjuncts"/>.</summary>
    public struct Enumerator(Chunk first)
    {
        private int _at = -2;

        public readonly Chunk Current => _at < 0 ? first : first.Conjuncts![_at];

        public bool MoveNext()
        {
            _at++;
            return _at < 0 || first.Conjuncts is { } more && _at < more.Count;
        }
    }
}
