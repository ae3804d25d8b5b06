namespace Pledgewatch.Tests.Amounts;

/// <summary>The case files themselves: ids must be unique, or a case would silently shadow another.</summary>
public sealed class AmountCaseFileTests
{
    [Fact]
    public void MoneyCaseIdsAreUniqueAndIncludeNegatives() => CheckFile<ExpectedMoney>("money.json");

    [Fact]
    public void ItemCaseIdsAreUniqueAndIncludeNegatives() => CheckFile<ExpectedItem>("items.json");

    [Fact]
    public void TermCaseIdsAreUniqueAndIncludeNegatives() => CheckFile<string>("terms.json");

    private static void CheckFile<T>(string file)
    {
        var cases = AmountCaseFile.Load<T>(file);
        Assert.Empty(cases.GroupBy(c => c.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Contains(cases, c => c.Expected.Count == 0);
        Assert.Contains(cases, c => c.Expected.Count > 0);
    }
}
