namespace Pledgewatch.Sentences;

/// <summary>
/// Splits text into <see cref="Token"/>s in one forward pass, without allocating strings.
/// Rules: a number keeps inner "," or "." when a digit follows ("2.5", "1,500"); a word is a letter followed by
/// letters or digits ("M777"); an apostrophe inside a word splits off the possessive ("Ukraine" + "'s");
/// a hyphen is its own token ("F", "-", "16"). Thread-safe: it has no state.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static List<Token> Tokenize(string text, TextSpan span)
    {
        var tokens = new List<Token>(span.Length / 5 + 4);
        Tokenize(text, span, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="span"/> to <paramref name="into"/>.</summary>
    public static void Tokenize(string text, TextSpan span, List<Token> into)
    {
        int i = span.Start, end = span.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end)
                {
                    if (char.IsDigit(text[i])) i++;
                    else if ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1])) i += 2;
                    else break;
                }
                into.Add(new Token(start, i, TokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                // "EUR500m", "AUD100 million", "DKK1bn": a currency code written against its amount is a word of its own.
                if (GluedCurrencyCode(text, i, end) is int letters and > 0)
                {
                    i += letters;
                    into.Add(new Token(start, i, TokenKind.Word));
                    continue;
                }
                i++;
                while (i < end && (char.IsLetterOrDigit(text[i]) || IsInnerMark(text, i, end) || ShortSlashTail(text, i, end))) i++;
                into.Add(new Token(start, i, TokenKind.Word));
            }
            else if (IsApostrophe(c) && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S')
                     // ("the G7's loan", "the F-16's range": after a letter or a digit that ends a word.)
                     && (i + 2 >= end || !char.IsLetter(text[i + 2])) && start > span.Start && char.IsLetterOrDigit(text[start - 1]))
            {
                i += 2;
                into.Add(new Token(start, i, TokenKind.Word));
            }
            else
            {
                i++;
                into.Add(new Token(start, i, IsSymbol(c) ? TokenKind.Symbol : TokenKind.Punct));
            }
        }
    }

    /// <summary>
    /// "SAMP/T", "km/h": a slash between a word and one or two letters stays inside the word (not "Ukraine/Russia",
    /// whose names the entity stage must see).
    /// </summary>
    private static bool ShortSlashTail(string text, int i, int end)
    {
        if (text[i] != '/' || !char.IsLetter(text[i - 1])) return false;
        int k = i + 1;
        while (k < end && char.IsLetter(text[k])) k++;
        return k - i - 1 is 1 or 2 && (k >= end || !char.IsLetterOrDigit(text[k]));
    }

    /// <summary>
    /// A currency code or symbol of two or three letters right before an amount that a scale ends ("EUR500m",
    /// "DKK1.5bn", "KSh2bn") or that "million", "billion" or "trillion" follows ("AUD100 million", "MK1.5 billion"):
    /// the number of its letters, else 0 (as for "COP28", "MIG29" and other names with a number).
    /// </summary>
    private static int GluedCurrencyCode(string text, int i, int end)
    {
        // Two or three letters ("EUR", "KSh", "MK", "Rp"), or one capital ("N3 billion" naira, "K1 million" kina), then
        // the digits.
        int letters = 0;
        while (letters < 3 && i + letters < end && char.IsAsciiLetter(text[i + letters])) letters++;
        if (letters == 0 || letters == 1 && !char.IsAsciiLetterUpper(text[i]) || i + letters >= end || !char.IsAsciiDigit(text[i + letters])) return 0;
        if (i > 0 && char.IsLetterOrDigit(text[i - 1])) return 0;
        int k = i + letters;
        while (k < end && (char.IsAsciiDigit(text[k]) || (text[k] is '.' or ',') && k + 1 < end && char.IsAsciiDigit(text[k + 1]))) k++;
        int suffix = k;
        while (k < end && char.IsAsciiLetterLower(text[k])) k++;
        var scale = text.AsSpan(suffix, k - suffix);
        if (k < end && char.IsLetterOrDigit(text[k])) return 0;
        if (scale is "m" or "mn" or "bn" or "b" or "k" or "tn") return letters;
        if (scale.Length > 0) return 0;
        int w = k;
        while (w < end && text[w] == ' ') w++;
        return w > k && (text.AsSpan(w).StartsWith("million", StringComparison.Ordinal) || text.AsSpan(w).StartsWith("billion", StringComparison.Ordinal)
            || text.AsSpan(w).StartsWith("trillion", StringComparison.Ordinal)) ? letters : 0;
    }

    /// <summary>Letters joined by a combining mark stay one word (decomposed accents).</summary>
    private static bool IsInnerMark(string text, int i, int end) =>
        char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>
    /// The index of the token that contains or follows character <paramref name="position"/> (the first that ends after
    /// it), or <c>tokens.Count</c>; found by halving, as tokens are in text order.
    /// </summary>
    public static int IndexAt(List<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Count - 1, found = tokens.Count;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End > position) { found = mid; hi = mid - 1; }
            else lo = mid + 1;
        }
        return found;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘';

    public static bool IsSymbol(char c) => c == '%' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol;
}
