using System.Diagnostics;
using System.Text;
using Pledgewatch.Dates;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Dates;

/// <summary>
/// Measures tokenise + extract over generated news-like sentences and prints MB/s (UTF-16 chars / 2^20 per second).
/// It asserts what was found, never the time: timing belongs to benchmarks/, this keeps a number in the test log.
/// </summary>
public sealed class DateThroughputTests(ITestOutputHelper output)
{
    // Each sentence with its number of date phrases; most news sentences carry none.
    private static readonly (string Text, int Dates)[] Sentences =
    [
        ("The minister said on Friday evening that talks with Kyiv would resume.", 1),
        ("Canada will provide $2.5 billion in financing and loan guarantees, including six M777 howitzers.", 0),
        ("At a meeting in Halifax at the end of last month, the prime minister announced new sanctions.", 1),
        ("Officials from the Department of Finance declined to comment on the scale of the package.", 0),
        ("The agreement, signed on 21 October 2022, commits both sides to a ceasefire along the line of contact.", 1),
        ("Part of it may also help rebuild schools and hospitals damaged by drone strikes.", 0),
        ("Since the 2020 election, the opposition has been jailed or forced into exile.", 1),
        ("The alliance agreed late last week to send more air defence systems to Ukraine.", 1),
        ("Deliveries of F-16 jets are expected in the second half of 2024, according to the ministry.", 1),
        ("Thousands of people gathered in the capital to protest against the government's decision.", 0),
        ("Two weeks ago the foreign ministers met in Brussels, and they will meet again next month.", 2),
        ("The European Union adopted its ninth package of sanctions against Russia, targeting 141 individuals.", 0),
    ];

    [Fact]
    public void PrintsThroughputOverGeneratedNews()
    {
        var builder = new StringBuilder();
        var spans = new List<TextSpan>();
        int expected = 0;
        var random = new Random(7);
        while (builder.Length < 4 << 20)
        {
            var (text, dates) = Sentences[random.Next(Sentences.Length)];
            spans.Add(new TextSpan(builder.Length, builder.Length + text.Length));
            builder.Append(text).Append(' ');
            expected += dates;
        }
        var document = builder.ToString();
        var published = new DateOnly(2026, 1, 5);

        // Best of five after warm-ups long enough for tiered JIT to settle: the machine is shared, the minimum is the signal.
        var sentences = spans.Select(span => Tokenizer.Tokenize(document, span)).ToList();
        for (int warm = 0; warm < 3; warm++)
        {
            Extract(document, sentences, published);
            TokeniseAndExtract(document, spans, published);
        }
        int found = 0;
        var extract = Enumerable.Range(0, 5).Min(_ => Time(() => found = Extract(document, sentences, published)));
        var both = Enumerable.Range(0, 5).Min(_ => Time(() => TokeniseAndExtract(document, spans, published)));

        double megabytes = document.Length / (double)(1 << 20);
        output.WriteLine($"Dates: {megabytes:F1} MB of text, {spans.Count} sentences, {found} dates; "
            + $"tokenise + extract {megabytes / both.TotalSeconds:F1} MB/s, extract alone {megabytes / extract.TotalSeconds:F1} MB/s");
        Assert.Equal(expected, found);
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static int Extract(string document, List<List<Token>> sentences, DateOnly published)
    {
        int found = 0;
        foreach (var tokens in sentences) found += DateExtractor.Extract(document, tokens, published).Count;
        return found;
    }

    private static int TokeniseAndExtract(string document, List<TextSpan> spans, DateOnly published)
    {
        int found = 0;
        foreach (var span in spans) found += DateExtractor.Extract(document, Tokenizer.Tokenize(document, span), published).Count;
        return found;
    }
}
