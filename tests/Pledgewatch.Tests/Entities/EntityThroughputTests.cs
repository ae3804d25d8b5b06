using System.Diagnostics;
using Pledgewatch.Entities;
using Pledgewatch.Reading;
using Pledgewatch.Reference;
using Pledgewatch.Sentences;

namespace Pledgewatch.Tests.Entities;

/// <summary>
/// The entity pass on news text must stay fast enough for large corpora (target above 10 MB/s in Release). This test
/// guards against a pathological slowdown with a low floor that holds in Debug on a busy machine, and writes the
/// measured rates to pledgewatch-entities-throughput.txt in the temp directory.
/// </summary>
public sealed class EntityThroughputTests
{
    [Fact]
    public void EntityPassReadsNewsTextQuickly()
    {
        var corpus = Path.Combine(RepositoryRoot(), "..", "shared", "corpus");
        Assert.SkipUnless(Directory.Exists(corpus), "the shared corpus is not beside the repository");
        var files = Directory.GetFiles(corpus, "*.txt", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var one = string.Join("\n\n", files);
        var text = string.Concat(Enumerable.Repeat(one + "\n\n", Math.Max(1, 4_000_000 / one.Length)));

        var sentences = SentenceSplitter.Split(text).Select(s => (s, Tokenizer.Tokenize(text, s.Span))).ToList();
        var extractor = new EntityExtractor(ReferenceData.Load());
        long mentions = Run(extractor, text, sentences); // warm-up
        var clock = Stopwatch.StartNew();
        mentions = Run(extractor, text, sentences);
        clock.Stop();

        double megabytes = text.Length / 1_000_000.0;
        double rate = megabytes / clock.Elapsed.TotalSeconds;
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "pledgewatch-entities-throughput.txt"),
            $"{megabytes:F1} M chars, {sentences.Count} sentences, {mentions} mentions in {clock.ElapsedMilliseconds} ms: {rate:F1} M chars/s (entity pass only)\n");
        Assert.True(mentions > sentences.Count / 2, "the corpus should yield mentions");
        Assert.True(rate > 1.0, $"entity pass at {rate:F2} M chars/s");
    }

    [Fact]
    public void TablesAndLexiconLoadQuickly()
    {
        ReferenceData.LoadFromResources(); // warm-up: JIT, resource streams
        var clock = Stopwatch.StartNew();
        var data = ReferenceData.LoadFromResources();
        long load = clock.ElapsedMilliseconds;
        clock.Restart();
        _ = new EntityExtractor(data);
        long build = clock.ElapsedMilliseconds;
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "pledgewatch-entities-load.txt"), $"tables {load} ms, lexicon {build} ms\n");
        Assert.True(load < 1_000, $"tables took {load} ms");
    }

    private static long Run(EntityExtractor extractor, string text, List<(Sentence Sentence, List<Token> Tokens)> sentences)
    {
        long count = 0;
        var context = extractor.StartDocument(new Document("bench", text, new DateOnly(2023, 6, 1), "CAN"));
        foreach (var (sentence, tokens) in sentences) count += context.Next(sentence, tokens).Count;
        return count;
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Pledgewatch.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? AppContext.BaseDirectory;
    }
}
