namespace Pledgewatch.Sentences;

/// <summary>A sentence of a document: its 0-based index and its span in the document text.</summary>
public readonly record struct Sentence(int Index, TextSpan Span)
{
    public string TextOf(string documentText) => Span.Slice(documentText);
}
