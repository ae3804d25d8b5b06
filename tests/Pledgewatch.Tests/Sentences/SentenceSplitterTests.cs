using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    [Theory]
    [MemberData(nameof(CaseIds))]
    public void SplitsAsTheCaseFileSays(string id)
    {
        var spec = SentenceCase.Get(id);

        var sentences = SentenceSplitter.Split(spec.Input).ToList();

        Assert.Equal(spec.Sentences, sentences.Select(s => s.TextOf(spec.Input)));
        Assert.Equal(Enumerable.Range(0, sentences.Count), sentences.Select(s => s.Index));
        AssertTrimmedAndInOrder(spec.Input, sentences);
    }

    public static TheoryData<string> CaseIds => SentenceCase.Ids;

    [Fact]
    public void OffsetsAreHalfOpenAndTrimmed()
    {
        const string text = "  Aid rose. The U.S. agreed!\n\nHeadline here\n  \"Done.\" ";

        var spans = SentenceSplitter.Split(text).Select(s => (s.Span.Start, s.Span.End)).ToList();

        Assert.Equal(
            [
                (2, 11),  // Aid rose.
                (12, 28), // The U.S. agreed!
                (30, 43), // Headline here
                (46, 53), // "Done."
            ],
            spans);
    }

    [Fact]
    public void OffsetsCountUtf16CodeUnits()
    {
        const string text = "Aid 🚀 sent. Then more.";

        var spans = SentenceSplitter.Split(text).Select(s => (s.Span.Start, s.Span.End)).ToList();

        Assert.Equal([(0, 12), (13, 23)], spans);
    }

    [Fact]
    public void AbbreviationUsDoesNotEndASentence()
    {
        const string text = "The U.S. Treasury listed four banks.";

        Assert.Single(SentenceSplitter.Split(text));
    }

    [Fact]
    public void NullTextIsRejectedBeforeEnumeration()
    {
        Assert.Throws<ArgumentNullException>(() => SentenceSplitter.Split(null!));
    }

    [Fact]
    public void EveryNonSpaceCharacterBelongsToExactlyOneSentence()
    {
        var text = string.Concat(Enumerable.Repeat(
            "Dr. Ruiz said the E.U. would pay €1.5 billion. The U.S. agreed on Jan. 4!\n“Good,” he said… etc.\n\n", 50));

        var sentences = SentenceSplitter.Split(text).ToList();

        AssertTrimmedAndInOrder(text, sentences);
        var covered = new bool[text.Length];
        foreach (var s in sentences)
        {
            for (int i = s.Span.Start; i < s.Span.End; i++) covered[i] = true;
        }
        Assert.All(Enumerable.Range(0, text.Length).Where(i => !char.IsWhiteSpace(text[i])), i => Assert.True(covered[i], $"offset {i} is in no sentence"));
        Assert.Equal(150, sentences.Count);
    }

    [Fact]
    public void SplittingAllocatesNothingPerSentence()
    {
        var text = string.Concat(Enumerable.Repeat("Mr. Ode met the U.S. envoy at 9 a.m. on Sept. 15. They spoke.\n", 20_000));
        Assert.Equal(2, SentenceSplitter.Split("Warm up. Then measure.").Count());

        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = 0;
        foreach (var _ in SentenceSplitter.Split(text)) count++;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(40_000, count);
        // Less than one byte per sentence: a single object per sentence would cost at least 24 bytes each. A fixed
        // budget is flaky, because tiered JIT compilation may allocate a few kilobytes on this thread mid-loop.
        Assert.True(allocated < count, $"allocated {allocated} bytes for {count} sentences");
    }

    [Fact]
    public void RandomTextAlwaysGivesTrimmedOrderedSpans()
    {
        const string alphabet = "aZ. !?\n\r\t\"”’)(“U.S.Mr.e.g.1…\u00A0";
        var random = new Random(42);
        for (int i = 0; i < 2_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 80)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            var sentences = SentenceSplitter.Split(text).ToList();

            AssertTrimmedAndInOrder(text, sentences);
            Assert.Equal(Enumerable.Range(0, sentences.Count), sentences.Select(s => s.Index));
            Assert.Equal(text.Any(c => !char.IsWhiteSpace(c)), sentences.Count > 0);
        }
    }

    private static void AssertTrimmedAndInOrder(string text, IReadOnlyList<Sentence> sentences)
    {
        int previousEnd = 0;
        foreach (var s in sentences)
        {
            Assert.True(s.Span.Start >= previousEnd && s.Span.End > s.Span.Start, $"{s.Span} overlaps or is empty");
            Assert.False(char.IsWhiteSpace(text[s.Span.Start]), $"{s.Span} starts with whitespace");
            Assert.False(char.IsWhiteSpace(text[s.Span.End - 1]), $"{s.Span} ends with whitespace");
            previousEnd = s.Span.End;
        }
    }
}
