using Pledgewatch.Dates;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Dates;

/// <summary>The case file Specs/dates/cases.json, one named test per case id (STYLE.md §6).</summary>
public sealed class DateCaseTests
{
    public static TheoryData<string> CaseIds => new(DateCase.ById.Keys);

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void CaseHolds(string id)
    {
        var @case = DateCase.ById[id];
        var found = DateExtractor.Extract(@case.Input, Tokenizer.Tokenize(@case.Input), @case.Published);

        Assert.Equal(@case.Expected.Select(e => e.Text), found.Select(f => f.Text));
        foreach (var (expected, actual) in @case.Expected.Zip(found))
        {
            Assert.Equal((expected.Text, expected.From, expected.To), (actual.Text, actual.From, actual.To));
            if (expected.CheckNext) Assert.Equal(expected.Next, actual.Next);
            if (expected.CheckRelative) Assert.Equal(expected.Relative, actual.Relative);
        }
    }

    [Fact]
    public void CaseFileHasAtLeast150CasesWithNotes()
    {
        Assert.True(DateCase.ById.Count >= 150, $"only {DateCase.ById.Count} cases");
        Assert.All(DateCase.ById.Values, c => Assert.False(string.IsNullOrWhiteSpace(c.Note), c.Id));
    }

    [Fact]
    public void ExpectedTextOccursInTheInput()
    {
        Assert.All(DateCase.ById.Values.SelectMany(c => c.Expected.Select(e => (c, e))),
            pair => Assert.Contains(pair.e.Text, pair.c.Input, StringComparison.Ordinal));
    }
}
