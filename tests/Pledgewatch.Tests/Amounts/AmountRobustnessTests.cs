using Pledgewatch.Amounts;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Amounts;

/// <summary>Odd text degrades to "nothing found", never an exception or a span outside the text (STYLE.md §4).</summary>
public sealed class AmountRobustnessTests
{
    private const string Alphabet = "0123456789 $€£¥₴-–.,%'’aAbBmMkKnNsSuUCDEFGHIOPRTYZ";
    private static readonly string[] Words =
        ["$", "US", "$", "2.5", "billion", "bn", "-", "a", "half", "dozen", "of", "its", "F", "16", "s", "rounds", "tanks",
         "NOK", "euros", "about", "more", "than", "1-2", "9,999,999,999,999,999,999,999,999", "trillion", "an", "M777"];

    [Fact]
    public void RandomCharactersNeverThrowAndSpansStayInTheText()
    {
        var random = new Random(7);
        for (int round = 0; round < 3000; round++)
        {
            var chars = new char[random.Next(0, 40)];
            for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[random.Next(Alphabet.Length)];
            CheckAll(new string(chars));
        }
    }

    [Fact]
    public void RandomWordSequencesNeverThrowAndSpansStayInTheText()
    {
        var random = new Random(11);
        for (int round = 0; round < 3000; round++)
        {
            var words = new string[random.Next(0, 12)];
            for (int i = 0; i < words.Length; i++) words[i] = Words[random.Next(Words.Length)];
            CheckAll(string.Join(random.Next(2) == 0 ? " " : "", words));
        }
    }

    [Fact]
    public void HugeNumbersAreIgnoredNotOverflowed()
    {
        const string text = "They pledged $99,999,999,999,999,999,999,999,999,999 trillion and 12 tanks.";
        Assert.Empty(MoneyExtractor.Extract(text, Tokenizer.Tokenize(text), null));
        Assert.Equal(12, Assert.Single(ItemExtractor.Extract(text, Tokenizer.Tokenize(text))).Quantity);
    }

    private static void CheckAll(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        foreach (var m in MoneyExtractor.Extract(text, tokens, "CAN"))
        {
            Assert.True(m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Length > 0, $"{m.Span} in '{text}'");
            Assert.Equal(m.Span.Slice(text), m.Text);
        }
        foreach (var item in ItemExtractor.Extract(text, tokens))
        {
            Assert.True(item.Span.Start >= 0 && item.Span.End <= text.Length && item.Quantity > 0, $"{item.Span} in '{text}'");
            Assert.Contains(item.Text, item.Span.Slice(text));
        }
        CommitmentTerms.Instruments(text, new TextSpan(0, text.Length));
        CommitmentTerms.Purpose(text, new TextSpan(0, text.Length));
    }
}
