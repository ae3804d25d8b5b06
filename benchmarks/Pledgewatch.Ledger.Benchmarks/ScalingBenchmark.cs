using System.Diagnostics;
using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Reading;

namespace Pledgewatch.Ledger.Benchmarks;

/// <summary>
/// Ingest with 1 and 2 coders against the coder alone on the same threads and documents (BENCHMARKS.md, Ledger): the
/// coder alone reads, hashes and codes each file as ingest does, minus the ledger; ingest adds the hash check, the
/// writer and the database. Each ingest starts on an empty ledger.
/// </summary>
internal static class ScalingBenchmark
{
    private static readonly IngestOptions Options = new(Published: new DateOnly(2024, 1, 15), Country: "USA", Who: "bench");

    public static void Run(Func<DatabaseTarget> freshTarget, int docs, int[] jobs, int writerBatch = ParallelIngest.MaxBatch)
    {
        var documents = RealisticCorpus.Generate(docs, RealisticCorpus.FindShared());
        var dir = RealisticCorpus.Write(documents);
        var megabytes = documents.Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text)) / (1024.0 * 1024.0);
        var pipeline = CodingPipeline.Create();
        var files = Directory.GetFiles(dir).Order(StringComparer.Ordinal).ToArray();
        Console.WriteLine($"corpus: {files.Length:N0} realistic reports, {megabytes:F1} MB, in {dir}; machine load {Load()}");
        var pending = CodeBeforehand(pipeline, ref files);
        CodeAlone(pipeline, files.Take(500).ToArray(), 2); // warm-up: JIT, tables
        StoreAlone(freshTarget(), pending, writerBatch);

        foreach (var n in jobs.Where(n => n > 0)) // --jobs 0: the writer alone
        {
            var cpu = CpuMeter.Read();
            var clock = Stopwatch.StartNew();
            long records = CodeAlone(pipeline, files, n);
            var coder = files.Length / clock.Elapsed.TotalSeconds;
            Console.WriteLine($"coder alone, {n} threads: {clock.Elapsed.TotalSeconds:F1} s ({CpuMeter.Read().Since(cpu)}), {coder:N0} documents/s ({records:N0} records); load {Load()}");

            var target = freshTarget();
            var store = LedgerStore.Open(target);
            cpu = CpuMeter.Read();
            var threads = ThreadTimes.Start();
            clock.Restart();
            var summary = new IngestRunner(store, pipeline, Options with { Jobs = n }, new QuietObserver()).Run([dir]);
            var ingest = summary.Documents / clock.Elapsed.TotalSeconds;
            Console.WriteLine($"{target.Provider} ingest, {n} coders: {clock.Elapsed.TotalSeconds:F1} s ({CpuMeter.Read().Since(cpu)}; {threads.Stop()}), {ingest:N0} documents/s = {100 * ingest / coder:F0} % of the coder alone; {summary}; {summary.Batches:N0} commits; load {Load()}");
        }
    }

    /// <summary>
    /// Every document coded (and encoded, as ingest's coders do), for the writer alone. A document the coder throws on
    /// is deleted from the corpus and from <paramref name="files"/>, so that every phase works on the same documents
    /// (ingest would report it failed and store nothing of it; the coder alone has no such guard).
    /// </summary>
    private static List<PendingDocument> CodeBeforehand(CodingPipeline pipeline, ref string[] files)
    {
        var pending = new List<PendingDocument>(files.Length);
        var kept = new List<string>(files.Length);
        foreach (var path in files)
        {
            try
            {
                var read = DocumentReader.Read(File.ReadAllBytes(path), new ReadOptions(IngestRunner.DocumentId(path), Options.Published, Options.Country, null, Path.GetFileName(path)));
                var document = pipeline.Complete(read.Document!);
                var stored = new StoredDocument(document.Id, document.Text, document.Title, null, path, null, document.OutletCountry, document.Published);
                pending.Add(new PendingDocument(stored, pipeline.Code(document, document.Published!.Value).ToList()).Encode());
                kept.Add(path);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                Console.WriteLine($"left out: {Path.GetFileName(path)} (the coder threw {e.GetType().Name})");
                File.Delete(path);
            }
        }
        files = [.. kept];
        return pending;
    }

    /// <summary>The writer's ceiling: the documents coded beforehand (<see cref="CodeBeforehand"/>), only stored, in ingest's batches.</summary>
    private static void StoreAlone(DatabaseTarget target, List<PendingDocument> pending, int batchSize)
    {
        var store = LedgerStore.Open(target);
        var cpu = CpuMeter.Read();
        var thread = CpuMeter.ThreadSeconds();
        var io = CpuMeter.ThreadIo();
        var clock = Stopwatch.StartNew();
        foreach (var batch in pending.Chunk(batchSize)) store.IngestBatch(batch, "bench");
        var ioAfter = CpuMeter.ThreadIo();
        // SQLite's reads and writes of its files; PostgreSQL's client only talks to its socket, which these do not count.
        var files = target.Provider == DatabaseProvider.Sqlite
            ? $"; its system calls read {(ioAfter.Read - io.Read) / 1e6:N0} MB and wrote {(ioAfter.Written - io.Written) / 1e6:N0} MB"
            : "";
        Console.WriteLine($"{target.Provider} writer alone (documents coded beforehand, batches of {batchSize}): {clock.Elapsed.TotalSeconds:F1} s ({CpuMeter.Read().Since(cpu)}; " +
            $"{CpuMeter.ThreadSeconds() - thread:F2} s on the writer's thread{files}), {pending.Count / clock.Elapsed.TotalSeconds:N0} documents/s; load {Load()}");
    }

    /// <summary>Reads and codes every file on <paramref name="threads"/> threads, as ingest's coders do, without a ledger.</summary>
    private static long CodeAlone(CodingPipeline pipeline, string[] files, int threads)
    {
        long next = -1, records = 0;
        // Named as ingest names its coders (ParallelIngest), so that a profile of both phases sees them alike.
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            long mine = 0;
            for (long i = Interlocked.Increment(ref next); i < files.Length; i = Interlocked.Increment(ref next))
            {
                var path = files[(int)i];
                var read = DocumentReader.Read(File.ReadAllBytes(path), new ReadOptions(IngestRunner.DocumentId(path), Options.Published, Options.Country,
                    DateOnly.FromDateTime(File.GetLastWriteTime(path)), Path.GetFileName(path)));
                var document = pipeline.Complete(read.Document!);
                var hash = new StoredDocument(document.Id, document.Text, document.Title, null, path, null, document.OutletCountry, document.Published).ContentHash;
                if (hash.Length == 0) throw new InvalidOperationException("no hash");
                mine += pipeline.Code(document, document.Published ?? Options.Published!.Value).Count();
            }
            Interlocked.Add(ref records, mine);
        }) { Name = $"coder {t + 1}" }).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        return records;
    }

    public static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
