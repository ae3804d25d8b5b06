using System.CommandLine;
using System.Globalization;
using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Watch;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch watch FEED|URL|DIR... [--interval 60s] [--db] [--jobs N]</c>: polls feeds and pages and scans folders
/// until stopped, ingesting what is new. One log line per source per cycle and one per cycle on standard output;
/// failed documents on standard error. SIGTERM or Ctrl+C stops it after the documents in hand, exit 0.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("FEED|URL|DIR") { Description = "Feed or page URLs, folders (recursive: .txt, .html, .htm, .xml feeds), feed or report files.", Arity = ArgumentArity.OneOrMore };
        var interval = new Option<string>("--interval") { Description = "Time between two polls of a source, e.g. 60s, 500ms, 5m (a failing source backs off from twice this).", DefaultValueFactory = _ => "60s" };
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var jobs = IngestCommand.JobsOption();
        var published = new Option<string?>("--published") { Description = "Publication date of every document, YYYY-MM-DD (else each document's own)." };
        var country = new Option<string?>("--country") { Description = "Outlet country of every document, ISO 3166-1 alpha-3 (else from a dateline)." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds allowed to fetch one URL.", DefaultValueFactory = _ => IngestOptions.DefaultTimeout.TotalSeconds };
        var perHost = new Option<int>("--per-host") { Description = "Requests to one host at a time, at most.", DefaultValueFactory = _ => IngestOptions.DefaultPerHost };
        var command = new Command("watch", "Poll feeds, pages and folders until stopped, and ingest what is new (state kept in the ledger: a restart goes on where it stopped).")
        {
            sources, interval, db, user, jobs, published, country, timeout, perHost,
        };
        command.SetAction(parse =>
        {
            var seconds = parse.GetValue(timeout);
            if (seconds <= 0) throw new CliError("--timeout takes a positive number of seconds", ExitCodes.Usage);
            var hosts = parse.GetValue(perHost);
            if (hosts is < 1 or > 64) throw new CliError($"--per-host takes a number from 1 to 64, not {hosts}", ExitCodes.Usage);
            var ingest = new IngestOptions(
                Arguments.Published(parse.GetValue(published)),
                Arguments.KnownCountry(parse.GetValue(country)),
                LedgerAccess.Who(parse.GetValue(user)),
                TimeSpan.FromSeconds(seconds),
                Jobs: IngestCommand.Jobs(parse.GetValue(jobs)),
                PerHost: hosts);
            var options = new WatchOptions(Arguments.Duration(parse.GetValue(interval)!, "--interval"), ingest);
            var watched = Arguments.Paths(parse.GetValue(sources)!)
                .Select(s => WatchedSource.From(s) ?? throw new CliError($"{s}: no such folder or file, and not a URL", ExitCodes.Usage))
                .ToList();
            return Run(watched, parse.GetValue(db), options);
        });
        return command;
    }

    private static int Run(IReadOnlyList<WatchedSource> sources, string? db, WatchOptions options)
    {
        var store = LedgerAccess.Open(db);
        var pipeline = CodingPipeline.Create();
        using var stop = new StopSignal();
        var log = new ConsoleLog();
        log.Line(string.Create(CultureInfo.InvariantCulture,
            $"watching {sources.Count} sources every {options.Interval.TotalSeconds:0.###} s with {options.Ingest.EffectiveJobs} coders"));
        var summary = new WatchRunner(store, pipeline, options, log, log).RunAsync(sources, stop.Token).GetAwaiter().GetResult();
        var p50 = Percentiles.Of(summary.Latencies, 50);
        var p99 = Percentiles.Of(summary.Latencies, 99);
        var latency = p50 is null ? "none stored" : FormattableString.Invariant($"p50 {p50.Value.TotalSeconds:F3} s, p99 {p99!.Value.TotalSeconds:F3} s");
        log.Line($"stopped after {summary.Cycles} cycles; {summary.Ingest}; latency (first seen → stored) over {summary.Latencies.Count} items: {latency}");
        return ExitCodes.Success;
    }

    /// <summary>Log lines on standard output, failures on standard error, each stamped in UTC; callers on several threads.</summary>
    private sealed class ConsoleLog : IWatchLog, IIngestObserver
    {
        private readonly Lock _lock = new();

        public void Line(string message) => Write(Console.Out, message);

        public void Polled(string source, string status, int items, int added) => Line($"{source}: {status}, {items} items, {added} new");

        public void Waiting(string source, int failures, TimeSpan nextPollIn) =>
            Line(failures == 0 ? $"{source}: next poll in {Seconds(nextPollIn)}" : $"{source}: backing off after {failures} failures, next try in {Seconds(nextPollIn)}");

        public void PollFailed(string source, string error, int failures, TimeSpan retryIn) =>
            Line($"{source}: failed ({failures} in a row): {error}; retry in {Seconds(retryIn)}");

        public void Warning(string source, string message) => Write(Console.Error, $"pledgewatch: {message}");

        public void Cycle(int cycle, int stored, int failed, TimeSpan? latencyP50, TimeSpan? latencyP99) =>
            Line($"cycle {cycle}: {stored} documents stored, {failed} failed" +
                (latencyP50 is null ? "" : $"; latency p50 {Seconds(latencyP50.Value)}, p99 {Seconds(latencyP99!.Value)}"));

        public void Failed(string message) => Write(Console.Error, $"pledgewatch: {message}");

        public void Done(string source) { }

        private void Write(TextWriter to, string message)
        {
            var stamp = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
            lock (_lock)
            {
                to.WriteLine($"{stamp} {message}");
                to.Flush();
            }
        }

        private static string Seconds(TimeSpan t) => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0.###} s");
    }
}
