using System.Diagnostics;
using System.Globalization;
using Pledgewatch;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Benchmarks;
using Pledgewatch.Ledger.Storage;

// Ledger ingest figures for BENCHMARKS.md. Macro-benchmarks (a whole corpus per run), so timed with a stopwatch.
//   dotnet run -c Release --project benchmarks/Pledgewatch.Ledger.Benchmarks -- throughput [--db DB] [--docs N]
//   dotnet run -c Release --project benchmarks/Pledgewatch.Ledger.Benchmarks -- growth [--db DB] [--sizes 1000,10000,100000]
//   dotnet run -c Release --project benchmarks/Pledgewatch.Ledger.Benchmarks -- rank [--db DB] [--entries 1000000]
//   dotnet run -c Release --project benchmarks/Pledgewatch.Ledger.Benchmarks -- scaling [--db POSTGRES] [--docs 10000] [--jobs 1,2] [--writer-batch 32]
//   dotnet run -c Release --project benchmarks/Pledgewatch.Ledger.Benchmarks -- watch [--db DB] [--items 200] [--interval 1]
#if DEBUG
Console.Error.WriteLine("warning: a Debug build; run with -c Release for figures worth recording");
#endif
var mode = args.FirstOrDefault() ?? "throughput";
string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var db = Arg("--db");
var target = db is null ? DatabaseTarget.Sqlite(Path.Combine(Directory.CreateTempSubdirectory("pw-bench-").FullName, "bench.db")) : DatabaseTarget.Parse(db);

if (mode == "scaling")
{
    // A fresh ledger per ingest: a new SQLite file, or a new schema in the PostgreSQL database given.
    DatabaseTarget Fresh() => db is null
        ? DatabaseTarget.Sqlite(Path.Combine(Directory.CreateTempSubdirectory("pw-bench-").FullName, "bench.db"))
        : BenchSchema.Create(DatabaseTarget.Parse(db));
    var jobs = (Arg("--jobs") ?? "1,2").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
    ScalingBenchmark.Run(Fresh, int.Parse(Arg("--docs") ?? "10000", CultureInfo.InvariantCulture), jobs,
        int.Parse(Arg("--writer-batch") ?? ParallelIngest.MaxBatch.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
}
else if (mode == "watch")
{
    var watchTarget = db is null ? target : BenchSchema.Create(DatabaseTarget.Parse(db));
    await WatchLatencyBenchmark.RunAsync(watchTarget, int.Parse(Arg("--items") ?? "200", CultureInfo.InvariantCulture),
        TimeSpan.FromSeconds(double.Parse(Arg("--interval") ?? "1", CultureInfo.InvariantCulture)));
}
else if (mode == "rank")
{
    RankBenchmark.Run(target, int.Parse(Arg("--entries") ?? "1000000", CultureInfo.InvariantCulture));
}
else if (mode == "throughput")
{
    int docs = int.Parse(Arg("--docs") ?? "10000", CultureInfo.InvariantCulture);
    var dir = BenchDocuments.WriteCorpus(docs);
    var store = LedgerStore.Open(target);
    var clock = Stopwatch.StartNew();
    var summary = new IngestRunner(store, CodingPipeline.Create(), new IngestOptions(Country: "CAN"), new QuietObserver()).Run([dir]);
    var full = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"{target.Provider}: full ingest (read, code, store) of {summary.Documents:N0} documents: {full:F1} s, {summary.Documents / full:N0} documents/s; {summary}");

    // The store alone, with two synthetic records per document (half of them re-reports), to exercise de-duplication.
    var store2 = LedgerStore.Open(db is null ? DatabaseTarget.Sqlite(Path.Combine(Directory.CreateTempSubdirectory("pw-bench-").FullName, "bench.db")) : target);
    clock.Restart();
    int created = 0, merged = 0;
    for (int i = 0; i < docs; i++)
    {
        var o = store2.Ingest(BenchDocuments.Document($"s{i}", 1_000_000 + i), BenchDocuments.Records(i), "bench");
        created += o.NewEntries; merged += o.Merged;
    }
    var alone = clock.Elapsed.TotalSeconds;
    Console.WriteLine($"{target.Provider}: store with de-duplication, {docs:N0} documents x 2 records: {alone:F1} s, {docs / alone:N0} documents/s ({created:N0} entries, {merged:N0} merged)");
}
else
{
    var sizes = (Arg("--sizes") ?? "1000,10000,100000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture));
    var store = LedgerStore.Open(target);
    int have = 0, round = 0;
    const int Probe = 1000;
    foreach (var size in sizes)
    {
        have += store.SeedEntries(BenchDocuments.SeedFields(have, size - have));
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < Probe; i++) store.Ingest(BenchDocuments.Document($"g{round}-{i}", 2_000_000 + round * Probe + i), BenchDocuments.Records(have + i), "bench");
        Console.WriteLine($"{target.Provider}: ledger of {have:N0} entries: {clock.Elapsed.TotalMilliseconds * 1000 / Probe:N0} µs per ingested document (2 records, de-duplicated)");
        round++;
    }
}
