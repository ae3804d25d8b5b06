using Pledgewatch.Entities;
using Pledgewatch.Reading;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Entities;

/// <summary>Odd text degrades to fewer mentions, never an exception (STYLE.md §4), and spans stay inside the text.</summary>
public sealed class EntityRobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("'s")]
    [InlineData("— , . ; : !")]
    [InlineData("the")]
    [InlineData("The the the THE")]
    [InlineData("President")]
    [InlineData("President of")]
    [InlineData("Prime Minister,")]
    [InlineData("Mr.")]
    [InlineData("U.S")]
    [InlineData("U.")]
    [InlineData("Jan Novak,")]
    [InlineData("Jan Novak, a")]
    [InlineData("Some")]
    [InlineData("he she it they their his its")]
    [InlineData("Kosiniak-")]
    [InlineData("-Kamysz")]
    [InlineData("von der")]
    [InlineData("OTTAWA")]
    [InlineData("Ukraine's")]
    [InlineData("Ukraine's's's")]
    [InlineData("KYIV — — —")]
    [InlineData("Київ заявив")]
    [InlineData("北京 said")]
    [InlineData("\u0301\u0301 Kraków\u0301")]
    public void OddTextNeverThrows(string text)
    {
        var mentions = EntityRun.Mentions(text, new DateOnly(2023, 1, 1), "CAN");
        foreach (var m in mentions)
        {
            Assert.InRange(m.Span.Start, 0, text.Length);
            Assert.InRange(m.Span.End, m.Span.Start + 1, text.Length);
        }
    }

    [Fact]
    public void ContextsOfOneExtractorAreIndependent()
    {
        const string text = "Prime Minister Mark Carney arrived. The Prime Minister spoke.";
        var first = EntityRun.Extractor.StartDocument(new Document("a", text, new DateOnly(2026, 1, 5), "CAN"));
        var other = EntityRun.Extractor.StartDocument(new Document("b", text, new DateOnly(2023, 1, 5), "CAN"));
        var sentences = EntityRun.Split(text).ToList();
        first.Next(sentences[0], Tokenizer.Tokenize(text, sentences[0].Span));
        var fromOther = other.Next(sentences[1], Tokenizer.Tokenize(text, sentences[1].Span));
        // The other document never saw Carney: its prime minister in 2023 is Trudeau.
        Assert.Equal("Justin Trudeau", Assert.Single(fromOther).Name);
    }

    [Fact]
    public void ExtractorIsThreadSafeAcrossDocuments()
    {
        const string text = "Ukrainian President Volodymyr Zelenskyy met Carney in Halifax. He thanked Canada.";
        var expected = string.Join("|", EntityRun.Mentions(text, new DateOnly(2026, 1, 5), "CAN").Select(EntityRun.Describe));
        var results = new string[64];
        Parallel.For(0, results.Length, k =>
            results[k] = string.Join("|", EntityRun.Mentions(text, new DateOnly(2026, 1, 5), "CAN").Select(EntityRun.Describe)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
