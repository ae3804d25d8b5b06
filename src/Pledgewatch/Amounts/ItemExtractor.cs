using Pledgewatch.Sentences;

namespace Pledgewatch.Amounts;

/// <summary>
/// Finds counted items of equipment ("six M777 howitzers", "31 Stryker armoured vehicles", "a dozen drones"):
/// <c>count [fillers] [modifiers] head ["of" complement]</c>. The item must end in a head noun of the equipment
/// lexicon (amounts-items.tsv), so "38 countries" or "seven jailed journalists" are not items; fillers ("more",
/// "of its", "French-made") are left out of <see cref="ItemMention.Text"/>. "a"/"an" counts as one only before a
/// modified singular head ("an amphibious bridging vehicle"); "dozens of" has no exact count and is skipped.
/// Thread-safe; odd text yields fewer mentions, never an exception.
/// </summary>
public static class ItemExtractor
{
    /// <summary>Most tokens an item phrase spans after its count and fillers.</summary>
    private const int MaxPhraseTokens = 12;

    /// <param name="text">The whole document text; spans are into it.</param>
    /// <param name="tokens">One sentence's tokens from <see cref="Tokenizer"/>.</param>
    /// <returns>The items in text order, not overlapping.</returns>
    public static List<ItemMention> Extract(string text, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        return Extract(text, TokenList.AsSpan(tokens));
    }

    /// <inheritdoc cref="Extract(string, IReadOnlyList{Token})"/>
    internal static List<ItemMention> Extract(string text, ReadOnlySpan<Token> tokens)
    {
        var found = new List<ItemMention>();
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind is TokenKind.Punct or TokenKind.Symbol) continue;
            if (!TryReadCount(text, tokens, i, out int quantity, out int after, out bool article)) continue;
            if (!TryReadItem(text, tokens, after, quantity, article, out int phraseStart, out int end, out var kind)) continue;
            var item = new TextSpan(tokens[phraseStart].Start, tokens[end - 1].End);
            found.Add(new ItemMention(new TextSpan(tokens[i].Start, item.End), item.Slice(text), quantity, kind));
            i = end - 1;
        }
        return found;
    }

    /// <summary>A count: digits, number words, "a dozen", or the article "a"/"an" (flagged, it needs a modified head).</summary>
    private static bool TryReadCount(string text, ReadOnlySpan<Token> tokens, int i, out int quantity, out int after, out bool article)
    {
        quantity = 0;
        after = i + 1;
        article = false;
        var token = tokens[i];
        if (token.Kind == TokenKind.Number && !IsCountNumber(text, tokens, i)) return false;
        if (NumberReader.TryRead(text, tokens, i, abbreviations: false, out var read))
        {
            if (read.Value <= 0 || read.Value > int.MaxValue || read.Value != decimal.Truncate(read.Value)) return false;
            quantity = (int)read.Value;
            after = read.End;
            // "155 mm shells": a number before a unit is no count; but "500 tonnes of flour" counts relief in a measure.
            return after >= tokens.Length || !ItemLexicon.Units.Contains(tokens[after].In(text))
                || after + 1 < tokens.Length && tokens[after + 1].Is(text, "of")
                   && ItemLexicon.Heads.TryGetValue(tokens[after].In(text), out var measure) && measure.Kind == ItemKind.Relief;
        }
        if (token.Is(text, "a") || token.Is(text, "an"))
        {
            quantity = 1;
            article = true;
            return true;
        }
        return false;
    }

    /// <summary>Digits that count something: not part of a model ("F-16", "Leopard 2"), not money ("$500"), not a year
    /// after a preposition ("in 2023").</summary>
    private static bool IsCountNumber(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (i == 0) return true;
        var previous = tokens[i - 1];
        if (previous.Kind == TokenKind.Symbol) return false;
        if (NumberReader.IsDash(text, previous) && previous.End == tokens[i].Start) return false;
        if (previous.Kind == TokenKind.Word && ItemLexicon.ModelStems.Contains(previous.In(text))) return false;
        var digits = tokens[i].In(text);
        if (digits.Length == 4 && int.TryParse(digits, out int year) && year is >= 1900 and <= 2100
            && previous.Kind == TokenKind.Word && IsBeforeYear(previous.In(text))) return false;
        return true;
    }

    private static bool IsBeforeYear(ReadOnlySpan<char> word) =>
        word.Equals("in", StringComparison.OrdinalIgnoreCase) || word.Equals("since", StringComparison.OrdinalIgnoreCase)
        || word.Equals("by", StringComparison.OrdinalIgnoreCase) || word.Equals("until", StringComparison.OrdinalIgnoreCase)
        || word.Equals("from", StringComparison.OrdinalIgnoreCase) || word.Equals("of", StringComparison.OrdinalIgnoreCase)
        || word.Equals("for", StringComparison.OrdinalIgnoreCase) || word.Equals("during", StringComparison.OrdinalIgnoreCase)
        || word.Equals("before", StringComparison.OrdinalIgnoreCase) || word.Equals("after", StringComparison.OrdinalIgnoreCase)
        || word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("through", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips fillers after the count, then reads modifiers up to the last head noun.</summary>
    /// <param name="phraseStart">First token of the item text (after fillers).</param>
    /// <param name="end">Index after the item's last token.</param>
    /// <param name="kind">What the item is: its head's kind, or its "of" complement's ("pallets of flour").</param>
    private static bool TryReadItem(string text, ReadOnlySpan<Token> tokens, int start, int quantity, bool article, out int phraseStart, out int end, out ItemKind kind)
    {
        kind = ItemKind.Arms;
        int k = start;
        while (k < tokens.Length)
        {
            if (ItemLexicon.Fillers.TryMatch(text, tokens, k, out _, out int afterFiller)) k = afterFiller;
            else if (TrySkipOrigin(text, tokens, k, out int afterOrigin)) k = afterOrigin;
            else break;
        }
        phraseStart = k;
        end = k;
        // "a further 14 tanks": the article belongs to the filler, the count comes next.
        if (article && k > start && k < tokens.Length
            && (tokens[k].Kind == TokenKind.Number || NumberReader.TryGetWord(text, tokens[k], out _))) return false;
        if (!TryReadPhrase(text, tokens, k, out int lastHead, out var head)) return false;
        // An article needs a modified, singular head: "an amphibious bridging vehicle", not "a round of talks".
        if (article && (!head.Singular || lastHead == k)) return false;
        // The head agrees with the count: "three tank companies" is not three tanks.
        if (quantity > 1 && !head.Plural) return false;
        end = lastHead + 1;
        kind = head.Kind;
        if (!head.TakesOf || end + 1 >= tokens.Length || !tokens[end].Is(text, "of")) return true;
        // "500 tonnes of flour", "2 million doses of vaccine": relief is counted in a measure of any goods.
        if (head.Kind == ItemKind.Relief)
        {
            int goods = end + 1;
            while (goods < tokens.Length && goods - end <= 3 && IsGoodsWord(text, tokens[goods])) goods++;
            if (goods > end + 1) end = goods;
            return true;
        }
        // "rounds of 105 mm artillery ammunition" is an item; "three rounds of talks" is not.
        if (!TryReadPhrase(text, tokens, end + 1, out int complementHead, out var complement)) return false;
        end = complementHead + 1;
        kind = complement.Kind;
        return true;
    }

    /// <summary>A lower-case word of a goods phrase ("flour", "medical supplies"), not a function word.</summary>
    private static bool IsGoodsWord(string text, Token token)
    {
        if (token.Kind != TokenKind.Word) return false;
        var w = token.In(text);
        if (w.Length < 3 || !char.IsLower(w[0])) return false;
        foreach (var stop in s_functionWords) if (w.Equals(stop, StringComparison.Ordinal)) return false;
        return true;
    }

    private static readonly string[] s_functionWords = ["and", "or", "for", "from", "the", "with", "into", "over", "through", "via", "per", "each", "were", "was", "are", "had", "has", "have", "will", "which", "that"];

    /// <summary>Modifiers and heads from <paramref name="k"/>; <paramref name="lastHead"/> is the last head noun's index.</summary>
    private static bool TryReadPhrase(string text, ReadOnlySpan<Token> tokens, int k, out int lastHead, out HeadNoun head)
    {
        lastHead = -1;
        head = default;
        for (int j = k; j < tokens.Length && j - k < MaxPhraseTokens; j++)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Number)
            {
                if (lastHead >= 0) break; // a number after the head starts the next count
                continue;
            }
            if (NumberReader.IsJoinedHyphen(text, tokens, j)) continue;
            if (token.Kind != TokenKind.Word) break;
            var word = token.In(text);
            if (ItemLexicon.Heads.TryGetValue(word, out var noun))
            {
                lastHead = j;
                head = noun;
                if (noun.TakesOf) break; // its complement is read by the caller
                continue;
            }
            if (IsPluralModel(text, tokens, j))
            {
                lastHead = j;
                head = new HeadNoun(Singular: false, Plural: true, TakesOf: false);
                continue;
            }
            if (IsModifier(text, tokens, j, word)) continue;
            break;
        }
        return lastHead >= 0;
    }

    /// <summary>"MiG-29s", "F-16s" (tokenized 29 + s) and "CV90s": a model name in the plural is its own head.</summary>
    private static bool IsPluralModel(string text, ReadOnlySpan<Token> tokens, int j)
    {
        var word = tokens[j].In(text);
        if (word is "s" && j > 0 && tokens[j - 1].Kind == TokenKind.Number && tokens[j - 1].End == tokens[j].Start) return true;
        return word.Length > 2 && word[^1] == 's' && char.IsDigit(word[^2]);
    }

    private static bool IsModifier(string text, ReadOnlySpan<Token> tokens, int j, ReadOnlySpan<char> word)
    {
        if (ItemLexicon.Stops.Contains(word)) return false;
        if (char.IsUpper(word[0]) || word.ContainsAnyInRange('0', '9')) return true; // model names: Bradley, M777, CV90
        if (ItemLexicon.Modifiers.Contains(word)) return true;
        // inside a hyphen compound any word will do: "surface-to-air", "self-propelled"
        return NumberReader.IsJoinedHyphen(text, tokens, j - 1) || NumberReader.IsJoinedHyphen(text, tokens, j + 1);
    }

    /// <summary>"French-made", "U.S.-built", "Soviet-era": an origin before the model, left out of the item.</summary>
    private static bool TrySkipOrigin(string text, ReadOnlySpan<Token> tokens, int k, out int after)
    {
        after = k;
        if (tokens[k].Kind != TokenKind.Word) return false;
        int j = k + 1;
        while (j < tokens.Length && tokens[j].Start == tokens[j - 1].End && j - k < 6
               && (tokens[j].Kind == TokenKind.Word || text[tokens[j].Start] == '.')) j++;
        if (!NumberReader.IsJoinedHyphen(text, tokens, j) || !ItemLexicon.MadeWords.Contains(tokens[j + 1].In(text))) return false;
        after = j + 2;
        return true;
    }
}
