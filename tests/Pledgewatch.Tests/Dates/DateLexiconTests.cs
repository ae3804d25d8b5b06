using Pledgewatch.Dates;

namespace Pledgewatch.Tests.Dates;

public sealed class DateLexiconTests
{
    [Theory]
    [InlineData("September", "Month", 9)]
    [InlineData("SEPT", "MonthAbbr", 9)]
    [InlineData("friday", "Weekday", (int)DayOfWeek.Friday)]
    [InlineData("Yesterday", "DayWord", -1)]
    [InlineData("end", "Edge", (int)DatePart.Late)]
    [InlineData("until", "Prep", (int)PrepKind.Deadline)]
    [InlineData("weeks", "Unit", (int)PeriodUnit.Week)]
    public void LooksUpWordsIgnoringCase(string word, string kind, int value) =>
        Assert.Equal(new DateWord(Enum.Parse<DateWordKind>(kind), value), DateLexicon.Lookup(word));

    [Theory]
    [InlineData("Ukraine")]
    [InlineData("")]
    [InlineData("counteroffensives")]
    public void OtherWordsAreNotDateWords(string word) => Assert.Equal(DateWordKind.None, DateLexicon.Lookup(word).Kind);
}
