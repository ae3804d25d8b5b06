using System.Diagnostics;
using System.Globalization;
using Dapper;
using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Watch;

namespace Pledgewatch.Ledger.Benchmarks;

/// <summary>
/// Watch latency (BENCHMARKS.md, Watch): a feed on loopback publishes realistic reports at random moments (gaps of 0 to
/// 2 s) while <c>watch</c> polls it every <c>interval</c>; the ledger's own timestamps give, per item, first sighting →
/// stored (what <c>watch</c> reports) and publication on the feed → stored (what a reader waits, poll interval included).
/// </summary>
internal static class WatchLatencyBenchmark
{
    public static async Task RunAsync(DatabaseTarget target, int items, TimeSpan interval)
    {
        var documents = RealisticCorpus.Generate(items, RealisticCorpus.FindShared());
        var store = LedgerStore.Open(target);
        using var server = new FeedServer();
        var options = new WatchOptions(interval, new IngestOptions(Published: new DateOnly(2024, 1, 15), Country: "USA", Who: "bench"));
        using var stop = new CancellationTokenSource();
        var watch = Task.Run(() => new WatchRunner(store, CodingPipeline.Create(), options, new QuietObserver(), new SilentLog())
            .RunAsync([new WatchedSource(server.FeedUrl, SourceKind.Url)], stop.Token));

        var random = new Random(29);
        var published = new Dictionary<string, DateTimeOffset>();
        for (int i = 0; i < items; i++)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(random.Next(0, 2000)));
            published[server.ItemUrl(i)] = DateTimeOffset.UtcNow;
            server.Publish(i, documents[i].Text);
        }
        var clock = Stopwatch.StartNew();
        while (store.Counts().Documents < items && clock.Elapsed < TimeSpan.FromMinutes(2)) await Task.Delay(50);
        await stop.CancelAsync();
        var summary = await watch;

        using var c = store.OpenConnection();
        var rows = c.Query<(string Location, string FirstSeenAt, string StoredAt)>(
            "SELECT location, first_seen_at, stored_at FROM watch_items WHERE state = 'done'").ToList();
        var seen = rows.Select(r => Time(r.StoredAt) - Time(r.FirstSeenAt)).ToList();
        var waited = rows.Where(r => published.ContainsKey(r.Location)).Select(r => Time(r.StoredAt) - published[r.Location]).ToList();
        Console.WriteLine($"{target.Provider}: {rows.Count} of {items} items stored in {summary.Cycles} cycles, interval {interval.TotalSeconds:0.###} s; load {ScalingBenchmark.Load()}");
        Console.WriteLine($"  first seen -> stored: p50 {Ms(Percentiles.Of(seen, 50))}, p99 {Ms(Percentiles.Of(seen, 99))}, max {Ms(seen.Max())}");
        Console.WriteLine($"  published on the feed -> stored: p50 {Ms(Percentiles.Of(waited, 50))}, p99 {Ms(Percentiles.Of(waited, 99))}, max {Ms(waited.Max())}");
    }

    private static DateTimeOffset Time(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private static string Ms(TimeSpan? t) => t is null ? "-" : string.Create(CultureInfo.InvariantCulture, $"{t.Value.TotalMilliseconds:N0} ms");

    private sealed class SilentLog : IWatchLog
    {
        public void Polled(string source, string status, int items, int added) { }

        public void Waiting(string source, int failures, TimeSpan nextPollIn) { }

        public void PollFailed(string source, string error, int failures, TimeSpan retryIn) => Console.Error.WriteLine(error);

        public void Warning(string source, string message) => Console.Error.WriteLine(message);

        public void Cycle(int cycle, int stored, int failed, TimeSpan? latencyP50, TimeSpan? latencyP99) { }
    }
}
