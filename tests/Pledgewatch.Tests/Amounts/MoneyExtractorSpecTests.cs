using Pledgewatch.Amounts;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Amounts;

/// <summary>Specs/amounts/money.json: one named test per case.</summary>
public sealed class MoneyExtractorSpecTests
{
    private const string File = "money.json";

    public static TheoryData<string> Ids => AmountCaseFile.Ids<ExpectedMoney>(File);

    [Theory]
    [MemberData(nameof(Ids))]
    public void FindsTheAmountsOfTheCase(string id)
    {
        var spec = AmountCaseFile.Get<ExpectedMoney>(File, id);
        var found = MoneyExtractor.Extract(spec.Input, Tokenizer.Tokenize(spec.Input), spec.Outlet);

        Assert.Equal(spec.Expected, found.Select(m => new ExpectedMoney(m.Text, m.Value, m.Currency, m.Approximate)));
        Assert.All(found, m => Assert.Equal(m.Span.Slice(spec.Input), m.Text));
    }
}
