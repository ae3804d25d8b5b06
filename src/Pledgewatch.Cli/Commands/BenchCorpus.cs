using System.Text;
using Pledgewatch.Reading;
using Pledgewatch.Sentences;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// Builds a benchmark corpus from a few real reports: each generated document takes its paragraphs' sentences from
/// random source documents and varies every digit, so the text is news-like but no document repeats another.
/// </summary>
internal static class BenchCorpus
{
    public static List<Document> Generate(IReadOnlyList<Document> sources, long targetBytes, int seed)
    {
        var random = new Random(seed);
        var sentences = sources
            .SelectMany(d => SentenceSplitter.Split(d.Text).Select(s => s.TextOf(d.Text)))
            .Where(s => s.Length > 20)
            .ToArray();
        var corpus = new List<Document>();
        long bytes = 0;
        var text = new StringBuilder();
        while (bytes < targetBytes)
        {
            text.Clear();
            int paragraphs = random.Next(4, 9);
            for (int p = 0; p < paragraphs; p++)
            {
                int count = random.Next(1, 4);
                for (int i = 0; i < count; i++)
                {
                    if (i > 0) text.Append(' ');
                    VaryDigits(text, sentences[random.Next(sentences.Length)], random);
                }
                text.Append("\n\n");
            }
            var doc = new Document($"bench-{corpus.Count:D6}", text.ToString(), null, null);
            bytes += Encoding.UTF8.GetByteCount(doc.Text);
            corpus.Add(doc);
        }
        return corpus;
    }

    private static void VaryDigits(StringBuilder into, string sentence, Random random)
    {
        foreach (var c in sentence)
            into.Append(c is >= '1' and <= '9' ? (char)('1' + random.Next(9)) : c);
    }
}
