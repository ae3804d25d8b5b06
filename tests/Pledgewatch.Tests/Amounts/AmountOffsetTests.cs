using Pledgewatch.Amounts;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Amounts;

/// <summary>
/// Spans are into the whole document, half-open, in UTF-16 code units, although the tokens cover one sentence only.
/// Each row: document, where its last sentence starts, the spans expected in it.
/// </summary>
public sealed class AmountOffsetTests
{
    [Theory]
    [InlineData("Kyiv thanked its allies. Ottawa pledged $2.5 billion, and about NOK 500 million came from Oslo.", 25, "[40..52) [64..79)")]
    [InlineData("Intro line.\nA $2.5-billion package follows; a further US$3 billion is planned.", 12, "[14..26) [54..66)")]
    [InlineData("Überblick: 4.3 billion Swedish crowns.", 0, "[11..37)")]
    [InlineData("The sum — “€18 billion” — was final.", 0, "[11..22)")]
    public void MoneySpansAreDocumentOffsets(string document, int sentenceStart, string expected)
    {
        var tokens = Tokenizer.Tokenize(document, new TextSpan(sentenceStart, document.Length));
        var found = MoneyExtractor.Extract(document, tokens, "CAN");
        Assert.Equal(expected, string.Join(" ", found.Select(m => m.Span)));
        Assert.All(found, m => Assert.Equal(m.Span.Slice(document), m.Text));
    }

    [Theory]
    [InlineData("Germany confirmed it. Canada will ship six M777 howitzers and 14 more armoured personnel carriers.", 22, "[39..57) [62..97)")]
    [InlineData("Then:\nall 19 French-made Caesar howitzers, and more than 5,000 rounds of 155 mm ammunition.", 6, "[10..41) [57..90)")]
    public void ItemSpansCoverCountToHeadAsDocumentOffsets(string document, int sentenceStart, string expected)
    {
        var tokens = Tokenizer.Tokenize(document, new TextSpan(sentenceStart, document.Length));
        var found = ItemExtractor.Extract(document, tokens);
        Assert.Equal(expected, string.Join(" ", found.Select(m => m.Span)));
    }

    [Fact]
    public void AmountsOutsideTheSentenceTokensAreNotSeen()
    {
        const string document = "Oslo gave NOK 5 billion. Rome met.";
        var tokens = Tokenizer.Tokenize(document, new TextSpan(25, document.Length));
        Assert.Empty(MoneyExtractor.Extract(document, tokens, null));
    }

    [Fact]
    public void TermsLookOnlyInsideTheSpan()
    {
        const string text = "Loans first. Then grants and budget support.";
        Assert.Equal(["grant", "budget_support"], CommitmentTerms.Instruments(text, new TextSpan(13, text.Length)));
        Assert.Equal(["loan"], CommitmentTerms.Instruments(text, new TextSpan(0, 12)));
    }

    [Fact]
    public void TermsRejectASpanOutsideTheText() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CommitmentTerms.Purpose("short", new TextSpan(2, 40)));
}
