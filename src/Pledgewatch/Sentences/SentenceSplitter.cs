namespace Pledgewatch.Sentences;

/// <summary>Splits a document's text into sentences, lazily, so a large document is never held twice.</summary>
public static class SentenceSplitter
{
    // STUB(sentences): replaced by the sentences stage.
    public static IEnumerable<Sentence> Split(string text)
    {
        int index = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '\n' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                if (i + 1 > start && !string.IsNullOrWhiteSpace(text[start..(i + 1)]))
                    yield return new Sentence(index++, new TextSpan(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.Length && !string.IsNullOrWhiteSpace(text[start..]))
            yield return new Sentence(index, new TextSpan(start, text.Length));
    }
}
