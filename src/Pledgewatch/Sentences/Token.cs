namespace Pledgewatch.Sentences;

public enum TokenKind : byte
{
    /// <summary>Letters, possibly followed by digits ("Ukraine", "M777", "CV90").</summary>
    Word,
    /// <summary>Digits with inner thousands separators or a decimal point ("2.5", "1,500", "2026").</summary>
    Number,
    /// <summary>A currency or percent sign ("$", "€", "£", "¥", "₴", "%").</summary>
    Symbol,
    /// <summary>Any other non-space character, one per token ("-", ",", "’", "'s" is a Word).</summary>
    Punct,
}

/// <summary>A token: its kind and half-open span in the document text.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public string TextOf(string text) => text.Substring(Start, End - Start);

    public bool Is(string text, string value) =>
        In(text).Equals(value, StringComparison.OrdinalIgnoreCase);
}
