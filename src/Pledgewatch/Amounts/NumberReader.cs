using System.Globalization;
using Pledgewatch.Sentences;

namespace Pledgewatch.Amounts;

/// <summary>
/// Reads a number at a token: digits ("2.5", "1,500"), words ("two", "twenty-five", "two hundred", "a", "half a"),
/// then scales ("billion", "-billion", "bn"). Lexicon: amounts-numbers.tsv, loaded once. Thread-safe; never throws
/// on odd text, it answers false.
/// </summary>
internal static class NumberReader
{
    private static readonly WordTable<NumberWord> Words = Load();

    private static WordTable<NumberWord> Load()
    {
        var words = new List<KeyValuePair<string, NumberWord>>();
        foreach (var row in AmountsData.ReadRows("amounts-numbers.tsv"))
        {
            var kind = Enum.Parse<NumberWordKind>(row[2], ignoreCase: true);
            words.Add(KeyValuePair.Create(row[0], new NumberWord(decimal.Parse(row[1], CultureInfo.InvariantCulture), kind)));
        }
        return new WordTable<NumberWord>(words);
    }

    public static bool TryGetWord(string text, Token token, out NumberWord word)
    {
        word = default;
        return token.Kind == TokenKind.Word && Words.TryGetValue(token.In(text), out word);
    }

    /// <summary>Reads a number starting at <paramref name="start"/>.</summary>
    /// <param name="abbreviations">Accept "m", "bn", "k" after digits (money only: "155 m" is not a count).</param>
    public static bool TryRead(string text, ReadOnlySpan<Token> tokens, int start, bool abbreviations, out Quantity quantity)
    {
        quantity = default;
        if (start >= tokens.Length) return false;
        var token = tokens[start];
        decimal value;
        int i = start + 1;
        bool needsScale = false, digits = false;
        if (token.Kind == TokenKind.Number)
        {
            if (!TryParseDigits(token.In(text), out value)) return false;
            digits = true;
        }
        else if (token.Kind != TokenKind.Word) return false;
        else if (token.Is(text, "a") || token.Is(text, "an"))
        {
            // "a billion euros", "a dozen drones", "a hundred tanks": the article counts as one only before a scale.
            if (!TryGetWord(text, At(tokens, i), out var next) || next.Kind is not (NumberWordKind.Scale or NumberWordKind.Hundred))
                return false;
            value = 1;
            needsScale = true;
        }
        else if (!TryGetWord(text, token, out var word)) return false;
        else if (word.Kind == NumberWordKind.Half)
        {
            // "half a billion"
            if (i >= tokens.Length || !(tokens[i].Is(text, "a") || tokens[i].Is(text, "an"))) return false;
            value = word.Value;
            i++;
            needsScale = true;
        }
        else if (word.Kind is NumberWordKind.Unit or NumberWordKind.Tens) value = ReadCardinal(text, tokens, word, ref i);
        else return false;

        // "one and a half billion"
        if (i + 3 < tokens.Length && tokens[i].Is(text, "and") && tokens[i + 1].Is(text, "a") && tokens[i + 2].Is(text, "half")
            && TryGetWord(text, tokens[i + 3], out var after) && after.Kind == NumberWordKind.Scale)
        {
            value += 0.5m;
            i += 3;
        }

        decimal scale = 1;
        while (i < tokens.Length)
        {
            int at = i;
            // "$2.5-billion": a hyphen joined to both sides belongs to the number.
            if (IsJoinedHyphen(text, tokens, at)) at++;
            if (at >= tokens.Length || !TryGetWord(text, tokens[at], out var s)) break;
            bool ok = s.Kind == NumberWordKind.Scale || s.Kind == NumberWordKind.Hundred && !digits && scale == 1
                      || s.Kind == NumberWordKind.Abbrev && abbreviations && digits && scale == 1;
            if (!ok) break;
            scale *= s.Value;
            i = at + 1;
        }
        if (needsScale && scale == 1) return false;
        decimal total;
        try { total = value * scale; }
        catch (OverflowException) { return false; }
        // 2.5 × 10⁹ keeps a decimal place (2500000000.0); whole amounts drop it so they print as written in EVENTS.md.
        if (total == decimal.Truncate(total)) total = decimal.Truncate(total);
        quantity = new Quantity(total, scale, i);
        return true;
    }

    /// <summary>"twenty-five", "two hundred and fifty", "nineteen": a cardinal below a thousand written in words.</summary>
    private static decimal ReadCardinal(string text, ReadOnlySpan<Token> tokens, NumberWord first, ref int i)
    {
        decimal value = first.Value;
        if (first.Kind == NumberWordKind.Tens) value += ReadUnitAfterTens(text, tokens, ref i);
        if (TryGetWord(text, At(tokens, i), out var h) && h.Kind == NumberWordKind.Hundred)
        {
            value *= h.Value;
            i++;
            int j = i < tokens.Length && tokens[i].Is(text, "and") ? i + 1 : i;
            if (TryGetWord(text, At(tokens, j), out var rest) && rest.Kind is NumberWordKind.Unit or NumberWordKind.Tens)
            {
                i = j + 1;
                value += rest.Value;
                if (rest.Kind == NumberWordKind.Tens) value += ReadUnitAfterTens(text, tokens, ref i);
            }
        }
        return value;
    }

    private static decimal ReadUnitAfterTens(string text, ReadOnlySpan<Token> tokens, ref int i)
    {
        int j = IsJoinedHyphen(text, tokens, i) ? i + 1 : i;
        if (TryGetWord(text, At(tokens, j), out var unit) && unit.Kind == NumberWordKind.Unit && unit.Value < 10)
        {
            i = j + 1;
            return unit.Value;
        }
        return 0;
    }

    /// <summary>Digits with "," as thousands separator ("1,500") or, when the groups say so, as decimal comma ("1,5").</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> digits, out decimal value)
    {
        Span<char> buffer = stackalloc char[Math.Min(digits.Length, 64)];
        if (digits.Length > buffer.Length) { value = 0; return false; }
        int n = 0, lastComma = -1, commas = 0;
        bool dot = false;
        for (int k = 0; k < digits.Length; k++)
        {
            char c = digits[k];
            if (c == ',') { commas++; lastComma = n; continue; }
            if (c == '.') dot = true;
            buffer[n++] = c;
        }
        var chars = buffer[..n];
        // "1,5" (one comma, not followed by three digits, no dot) is a decimal comma.
        if (commas == 1 && !dot && n - lastComma != 3)
        {
            Span<char> withDot = stackalloc char[n + 1];
            chars[..lastComma].CopyTo(withDot);
            withDot[lastComma] = '.';
            chars[lastComma..].CopyTo(withDot[(lastComma + 1)..]);
            return decimal.TryParse(withDot, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }
        return decimal.TryParse(chars, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A "-" (or en dash) touching the tokens on both sides.</summary>
    public static bool IsJoinedHyphen(string text, ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && i + 1 < tokens.Length && IsDash(text, tokens[i])
        && tokens[i - 1].End == tokens[i].Start && tokens[i].End == tokens[i + 1].Start;

    public static bool IsDash(string text, Token token) =>
        token.Kind == TokenKind.Punct && token.Length == 1 && text[token.Start] is '-' or '–' or '‑';

    private static Token At(ReadOnlySpan<Token> tokens, int i) => i < tokens.Length ? tokens[i] : default;
}
