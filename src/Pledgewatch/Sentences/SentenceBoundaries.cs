using System.Buffers;

namespace Pledgewatch.Sentences;

/// <summary>
/// Finds sentence ends in one forward pass. Only terminal punctuation and line breaks are looked at (found with a
/// vectorised search); every decision reads a few characters around them and allocates nothing.
/// </summary>
internal static class SentenceBoundaries
{
    private static readonly SearchValues<char> s_candidates = SearchValues.Create(".!?…\n");

    /// <summary>
    /// Finds the next sentence at or after <paramref name="position"/>, trimmed of surrounding whitespace, and moves
    /// <paramref name="position"/> past it. False when only whitespace is left.
    /// </summary>
    public static bool TryFindNext(string text, ref int position, out TextSpan sentence)
    {
        int start = SkipWhitespace(text, position, out _);
        if (start >= text.Length)
        {
            position = text.Length;
            sentence = default;
            return false;
        }

        int i = start;
        while (true)
        {
            int found = text.AsSpan(i).IndexOfAny(s_candidates);
            if (found < 0) break;
            int at = i + found;
            int end, next;
            bool isEnd = text[at] == '\n'
                ? IsLineBreakEnd(text, at, out end, out next)
                : IsTerminalEnd(text, at, out end, out next);
            if (isEnd)
            {
                sentence = new TextSpan(start, end);
                position = next;
                return true;
            }
            i = next;
        }

        sentence = new TextSpan(start, TrimEnd(text, start, text.Length));
        position = text.Length;
        return true;
    }

    /// <summary>
    /// At ".", "!", "?" or "…": the run of terminal marks and closing quotes or brackets, then whitespace, then a
    /// sentence start. <paramref name="end"/> is just after the closing marks; <paramref name="next"/> is where
    /// scanning resumes (the next sentence's first character when this is an end).
    /// </summary>
    private static bool IsTerminalEnd(string text, int at, out int end, out int next)
    {
        int j = at;
        while (j < text.Length && IsTerminal(text[j])) j++;
        bool singlePeriod = j == at + 1 && text[at] == '.';
        int marksEnd = j;
        while (j < text.Length && IsClosing(text[j])) j++;
        end = j;
        if (j == text.Length)
        {
            next = j;
            return true;
        }
        if (!char.IsWhiteSpace(text[j]))
        {
            next = j;
            return false;
        }

        next = SkipWhitespace(text, j, out int lineBreaks);
        if (next == text.Length || lineBreaks >= 2) return true;

        var kind = singlePeriod && marksEnd == end ? Abbreviations.ClassifyWord(WordBefore(text, at)) : AbbreviationKind.None;
        char c = text[next];
        if (lineBreaks == 1) return kind != AbbreviationKind.NeverEnds && !char.IsLower(c);

        return kind switch
        {
            AbbreviationKind.None => StartsSentence(c),
            AbbreviationKind.NeverEnds => false,
            AbbreviationKind.BeforeNumber when char.IsDigit(c) => false,
            _ => IsOpening(c) || Abbreviations.IsCommonStarter(WordAt(text, next)),
        };
    }

    /// <summary>
    /// At a line break not preceded by terminal punctuation: a headline, a list item or an address line ends here,
    /// unless a blank line does not follow and the next line starts in lower case (a wrapped line) or this one ends
    /// with a title ("Mr.").
    /// </summary>
    private static bool IsLineBreakEnd(string text, int at, out int end, out int next)
    {
        next = SkipWhitespace(text, at, out int lineBreaks);
        end = TrimEnd(text, 0, at);
        if (next == text.Length || lineBreaks >= 2) return true;
        if (char.IsLower(text[next])) return false;
        return !(end > 0 && text[end - 1] == '.'
                 && Abbreviations.ClassifyWord(WordBefore(text, end - 1)) == AbbreviationKind.NeverEnds);
    }

    /// <summary>
    /// The letters and inner periods just before the period at <paramref name="period"/> ("U.S" in "the U.S."); empty
    /// when they end a longer token ("s" in "F-16s.", "1990s.", "don't."), which is never an abbreviation.
    /// </summary>
    private static ReadOnlySpan<char> WordBefore(string text, int period)
    {
        int k = period;
        while (k > 0 && (char.IsLetter(text[k - 1]) || (text[k - 1] == '.' && k - 1 > 0 && char.IsLetter(text[k - 2])))) k--;
        if (k > 0 && (char.IsDigit(text[k - 1]) || text[k - 1] is '-' or '\'' or '’' or '/' or '&')) return [];
        return text.AsSpan(k, period - k);
    }

    /// <summary>The letters starting at <paramref name="start"/>.</summary>
    private static ReadOnlySpan<char> WordAt(string text, int start)
    {
        int k = start;
        while (k < text.Length && char.IsLetter(text[k])) k++;
        return text.AsSpan(start, k - start);
    }

    private static int SkipWhitespace(string text, int i, out int lineBreaks)
    {
        lineBreaks = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            if (text[i] == '\n') lineBreaks++;
            i++;
        }
        return i;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    /// <summary>A character that may begin a sentence after ordinary terminal punctuation.</summary>
    private static bool StartsSentence(char c) =>
        (char.IsLetter(c) && !char.IsLower(c)) || char.IsDigit(c) || IsOpening(c) || (Tokenizer.IsSymbol(c) && c != '%');

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']' or '}';

    private static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '«' or '(' or '[';
}
