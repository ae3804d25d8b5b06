using Pledgewatch.Amounts;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Amounts;

/// <summary>Specs/amounts/items.json: one named test per case.</summary>
public sealed class ItemExtractorSpecTests
{
    private const string File = "items.json";

    public static TheoryData<string> Ids => AmountCaseFile.Ids<ExpectedItem>(File);

    [Theory]
    [MemberData(nameof(Ids))]
    public void FindsTheItemsOfTheCase(string id)
    {
        var spec = AmountCaseFile.Get<ExpectedItem>(File, id);
        var found = ItemExtractor.Extract(spec.Input, Tokenizer.Tokenize(spec.Input));

        // A case that names an item's kind checks it; the others leave it out.
        Assert.Equal(spec.Expected, found.Select((m, i) =>
            new ExpectedItem(m.Span.Slice(spec.Input), m.Text, m.Quantity, i < spec.Expected.Count && spec.Expected[i].Kind is not null ? m.Kind.ToString() : null)));
    }
}
