using System.Collections.ObjectModel;
using Pledgewatch.Dates;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Dates;

/// <summary>The extractor's contract beyond single cases: inputs it accepts, and odd input degrading to "nothing found".</summary>
public sealed class DateExtractorTests
{
    private static readonly DateOnly Monday = new(2026, 1, 5);

    [Fact]
    public void AnyTokenListGivesTheSameResultAsTheTokenizersList()
    {
        const string text = "On Friday, late last week, Canada pledged aid until 21 October.";
        var tokens = Tokenizer.Tokenize(text);
        var fromList = DateExtractor.Extract(text, tokens, Monday);

        Assert.Equal(3, fromList.Count);
        Assert.Equal(fromList, DateExtractor.Extract(text, tokens.ToArray(), Monday));
        Assert.Equal(fromList, DateExtractor.Extract(text, new ReadOnlyCollection<Token>(tokens), Monday));
    }

    [Fact]
    public void NullArgumentsAreNamed()
    {
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => DateExtractor.Extract(null!, [], Monday)).ParamName);
        Assert.Equal("tokens", Assert.Throws<ArgumentNullException>(() => DateExtractor.Extract("x", null!, Monday)).ParamName);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void PublicationDateAtTheEdgeOfTheCalendarYieldsNothing(int year, int month, int day)
    {
        const string text = "Yesterday, last week and next year, the 21st.";
        Assert.Empty(DateExtractor.Extract(text, Tokenizer.Tokenize(text), new DateOnly(year, month, day)));
    }

    [Fact]
    public void NoDateIsFoundInAnEmptySentence() => Assert.Empty(DateExtractor.Extract("", [], Monday));

    /// <summary>Random runs of date words, numbers and punctuation: no exception, and every mention well formed.</summary>
    [Theory]
    [InlineData(1000, 1, 1)]
    [InlineData(2024, 2, 29)]
    [InlineData(2026, 1, 5)]
    [InlineData(9000, 12, 31)]
    public void ShuffledDateWordsNeverBreakTheExtractor(int year, int month, int day)
    {
        string[] pieces =
        [
            "on", "in", "by", "until", "from", "between", "and", "to", "the", "of", "a", "two", "last", "this", "next",
            "coming", "past", "early", "mid", "late", "end", "beginning", "middle", "earlier", "later", "week", "weekend",
            "month", "year", "quarter", "half", "day", "ago", "first", "second", "fourth", "today", "yesterday", "tomorrow",
            "night", "Friday", "Monday", "May", "March", "Feb", "Sept", "December", "29", "31", "1", "21", "st", "nd",
            "2024", "1900", "2100", "1990", "0", "99", "-", "–", ".", ",", ":", "$", "s", "'s", "election", "2,000", "2.5",
        ];
        var published = new DateOnly(year, month, day);
        var random = new Random(year * 400 + month * 31 + day);
        int mentions = 0;
        for (int n = 0; n < 3000; n++)
        {
            var words = Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]);
            var text = string.Join(random.Next(2) == 0 ? " " : "", words);
            foreach (var mention in DateExtractor.Extract(text, Tokenizer.Tokenize(text), published))
            {
                mentions++;
                Assert.True(mention.Span.Start >= 0 && mention.Span.End <= text.Length && mention.Span.Length > 0, text);
                Assert.True(mention.From <= mention.To, $"{text}: {mention}");
                Assert.True(mention.Next is null || mention.Next.Value.From <= mention.Next.Value.To, $"{text}: {mention}");
            }
        }
        Assert.True(mentions > 100, $"only {mentions} mentions: the generator no longer exercises the grammar");
    }
}
