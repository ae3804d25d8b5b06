using Pledgewatch.Dates;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Dates;

/// <summary>Spans are half-open UTF-16 offsets into the whole document, exactly covering the date phrase.</summary>
public sealed class DateOffsetTests
{
    [Theory]
    [InlineData("Talks ended on Friday.", 0, "[12..21)")]
    [InlineData("  Sanctions were widened in June 2023, officials said.", 0, "[25..37)")]
    [InlineData("KYIV, Jan. 5 - Rescuers worked after yesterday's strike.", 0, "[6..12) [37..46)")]
    [InlineData("Intro line.\nHe left Halifax at the end of last month.", 12, "[28..52)")]
    [InlineData("Kyiv’s envoy — who arrived on Tuesday — spoke.", 0, "[27..37)")]
    [InlineData("The offensive stalled in mid-March and resumed 2023-08-10.", 0, "[22..34) [47..57)")]
    [InlineData("Aid flows from 2024 to 2027; the F-16s come next year.", 0, "[10..27) [44..53)")]
    public void SpanCoversExactlyThePhrase(string document, int sentenceStart, string expected)
    {
        var tokens = Tokenizer.Tokenize(document, new TextSpan(sentenceStart, document.Length));
        var found = DateExtractor.Extract(document, tokens, new DateOnly(2026, 1, 5));

        Assert.Equal(expected, string.Join(" ", found.Select(f => f.Span.ToString())));
        Assert.All(found, f => Assert.Equal(f.Span.Slice(document), f.Text));
    }
}
