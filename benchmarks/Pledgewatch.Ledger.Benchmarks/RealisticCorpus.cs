using Pledgewatch.Cli;
using Pledgewatch.Cli.Commands;
using Pledgewatch.Reading;

namespace Pledgewatch.Ledger.Benchmarks;

/// <summary>
/// Realistic reports for ingest figures: the generator of <c>pledgewatch bench</c> (sentences of the 21 reports of
/// ../shared/corpus recombined across documents, every digit varied, seed 29), written as .txt files.
/// </summary>
internal static class RealisticCorpus
{
    public static IReadOnlyList<Document> Generate(int count, string sharedCorpus)
    {
        var sources = Directory.EnumerateFiles(sharedCorpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => InputLoader.Load(p, null, null).Document).OfType<Document>().ToList();
        if (sources.Count == 0) throw new InvalidOperationException($"{sharedCorpus}: no reports to build the corpus from");
        // About 1.8 KB a document: generate a little more than needed and keep the first count.
        var documents = BenchCorpus.Generate(sources, count * 2500L, seed: 29);
        if (documents.Count < count) throw new InvalidOperationException($"only {documents.Count} documents generated");
        return documents.Take(count).ToList();
    }

    public static string Write(IReadOnlyList<Document> documents)
    {
        var dir = Directory.CreateTempSubdirectory("pw-bench-realistic-").FullName;
        foreach (var d in documents) File.WriteAllText(Path.Combine(dir, d.Id + ".txt"), d.Text);
        return dir;
    }

    public static string FindShared()
    {
        foreach (var candidate in (ReadOnlySpan<string>)["../shared/corpus", "../../shared/corpus", "../../../shared/corpus"])
            if (Directory.Exists(candidate)) return candidate;
        throw new InvalidOperationException("../shared/corpus not found: run from the repository root");
    }
}
