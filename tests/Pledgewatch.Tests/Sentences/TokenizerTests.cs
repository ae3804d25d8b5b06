using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Sentences;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("$2.5-billion", "$|2.5|-|billion")]
    [InlineData("Ukraine's allies", "Ukraine|'s|allies")]
    [InlineData("the G7's loan", "the|G7|'s|loan")]
    [InlineData("six M777 howitzers", "six|M777|howitzers")]
    [InlineData("1,500 prisoners, 35mm", "1,500|prisoners|,|35|mm")]
    [InlineData("F-16s.", "F|-|16|s|.")]
    public void SplitsIntoExpectedTokens(string text, string expected)
    {
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal(expected, string.Join("|", tokens.Select(t => t.TextOf(text))));
    }

    [Fact]
    public void OffsetsAreHalfOpenIntoTheText()
    {
        const string text = "  NOK 500 million";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal([(2, 5), (6, 9), (10, 17)], tokens.Select(t => (t.Start, t.End)));
        Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Word], tokens.Select(t => t.Kind));
    }
}
