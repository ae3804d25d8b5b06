using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Pledgewatch.Amounts;
using Pledgewatch.Dates;
using Pledgewatch.Entities;
using Pledgewatch.Reading;
using Pledgewatch.Reference;
using Pledgewatch.Sentences;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch bench [DIR] [--mb N]</c>: throughput of the whole coding pipeline on one thread, over a corpus of at
/// least N MB made by recombining the sentences of the reports in DIR (shuffled across documents, digits varied, so no
/// two documents are alike), then the time of each stage run alone over the same corpus.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var dir = new Argument<string?>("DIR") { Description = "Folder of reports (.txt, .html) to build the corpus from; default ../shared/corpus.", Arity = ArgumentArity.ZeroOrOne };
        var mb = new Option<int>("--mb") { Description = "Size of the generated corpus in MB.", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Seed of the corpus generator.", DefaultValueFactory = _ => 29 };
        var command = new Command("bench", "Measure coding throughput (MB/s, sentences/s) on one core, and where the time goes.") { dir, mb, seed };
        command.SetAction(parse => Run(parse.GetValue(dir) ?? DefaultCorpus(), parse.GetValue(mb), parse.GetValue(seed)));
        return command;
    }

    private static string DefaultCorpus()
    {
        foreach (var candidate in (ReadOnlySpan<string>)["../shared/corpus", "../../shared/corpus", "samples"])
            if (Directory.Exists(candidate)) return candidate;
        throw new CliError("no corpus folder given and neither ../shared/corpus nor samples/ exists");
    }

    private static int Run(string dir, int megabytes, int seed)
    {
        if (!Directory.Exists(dir)) throw new CliError($"{dir}: no such folder");
        if (megabytes is < 1 or > 2048) throw new CliError("--mb takes a size from 1 to 2048", ExitCodes.Usage);
        var sources = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
            .Select(p => InputLoader.Load(p, null, null).Document)
            .OfType<Document>()
            .ToList();
        if (sources.Count == 0) throw new CliError($"{dir}: no readable .txt or .html reports");

        var corpus = BenchCorpus.Generate(sources, megabytes * 1024L * 1024L, seed);
        long chars = corpus.Sum(d => (long)d.Text.Length);
        double mbytes = corpus.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text)) / (1024.0 * 1024.0);
        Console.WriteLine($"corpus: {corpus.Count:N0} documents, {mbytes:F1} MB (UTF-8), built from {sources.Count} reports in {dir} (seed {seed})");

        var pipeline = CodingPipeline.Create();
        var published = new DateOnly(2024, 1, 15);
        foreach (var d in corpus.Take(50)) foreach (var _ in pipeline.Code(d, published)) { } // warm-up (JIT, tables)

        GC.Collect();
        int gen0Before = GC.CollectionCount(0), gen1Before = GC.CollectionCount(1), gen2Before = GC.CollectionCount(2);
        var pauseBefore = GC.GetTotalPauseDuration();
        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        long records = 0;
        foreach (var d in corpus)
            foreach (var _ in pipeline.Code(d, published)) records++;
        clock.Stop();
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var pause = GC.GetTotalPauseDuration() - pauseBefore;
        int gen0 = GC.CollectionCount(0) - gen0Before, gen1 = GC.CollectionCount(1) - gen1Before, gen2 = GC.CollectionCount(2) - gen2Before;
        double seconds = clock.Elapsed.TotalSeconds;

        long sentences = 0;
        foreach (var d in corpus) foreach (var _ in SentenceSplitter.Split(d.Text)) sentences++;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pipeline: {mbytes / seconds:F2} MB/s, {sentences / seconds:N0} sentences/s, {records / seconds:N0} records/s " +
            $"({seconds:F2} s, {sentences:N0} sentences, {records:N0} records, {allocated / (1024.0 * 1024.0) / mbytes:F1} MB allocated per MB of text; one thread)"));
        // On a shared machine the wall clock counts time the thread waited for a core; CPU time does not.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"per CPU-second: {mbytes / cpu:F2} MB/s, {sentences / cpu:N0} sentences/s ({cpu:F2} s of CPU for {seconds:F2} s of wall clock; machine load {LoadAverage()})"));

        // What the allocation costs: collections (a gen1 collection counts as gen0 too) and the time the runtime was paused.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"garbage collection: {gen0:N0} gen0, {gen1:N0} gen1, {gen2:N0} gen2 collections, {pause.TotalSeconds:F2} s paused ({100 * pause.TotalSeconds / seconds:F1} % of the wall clock)"));
        Console.WriteLine("stages run alone over the same corpus (seconds, share of the pipeline's time):");
        var reference = ReferenceData.Load();
        var entities = new EntityExtractor(reference);
        Stage("sentences", seconds, () => { foreach (var d in corpus) foreach (var _ in SentenceSplitter.Split(d.Text)) { } });
        var tokenised = new List<(Document Doc, Sentence Sentence, List<Token> Tokens)>();
        Stage("tokens", seconds, () =>
        {
            foreach (var d in corpus)
                foreach (var s in SentenceSplitter.Split(d.Text)) tokenised.Add((d, s, Tokenizer.Tokenize(d.Text, s.Span)));
        }, subtract: "sentences");
        Stage("entities", seconds, () =>
        {
            EntityContext? context = null;
            Document? current = null;
            foreach (var (doc, sentence, tokens) in tokenised)
            {
                if (!ReferenceEquals(doc, current)) { current = doc; context = entities.StartDocument(doc); }
                context!.Next(sentence, tokens);
            }
        });
        Stage("money+items", seconds, () =>
        {
            foreach (var (doc, _, tokens) in tokenised)
            {
                MoneyExtractor.Extract(doc.Text, tokens, "USA");
                ItemExtractor.Extract(doc.Text, tokens);
            }
        });
        Stage("dates", seconds, () => { foreach (var (doc, _, tokens) in tokenised) DateExtractor.Extract(doc.Text, tokens, published); });
        Console.WriteLine("  events and records: the rest of the pipeline's time");
        return ExitCodes.Success;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static double _lastStage;

    private static void Stage(string name, double total, Action run, string? subtract = null)
    {
        var clock = Stopwatch.StartNew();
        run();
        double s = clock.Elapsed.TotalSeconds - (subtract is null ? 0 : _lastStage);
        _lastStage = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-12} {s,7:F2} s  {100 * s / total,5:F1} %"));
    }
}
