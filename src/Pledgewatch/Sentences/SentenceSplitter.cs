namespace Pledgewatch.Sentences;

/// <summary>
/// Splits a document's text into sentences, lazily, so a large document is never held twice. Sentences come in
/// text order, indexed from 0, as half-open spans trimmed of surrounding whitespace; the rules are on
/// <see cref="SentenceBoundaries"/> and the abbreviations in <see cref="Abbreviations"/>. Thread-safe.
/// </summary>
public static class SentenceSplitter
{
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static IEnumerable<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enumerate(text);
    }

    private static IEnumerable<Sentence> Enumerate(string text)
    {
        int index = 0, position = 0;
        while (SentenceBoundaries.TryFindNext(text, ref position, out var span))
        {
            yield return new Sentence(index++, span);
        }
    }
}
