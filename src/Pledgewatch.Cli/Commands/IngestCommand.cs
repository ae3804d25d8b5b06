using System.CommandLine;
using Pledgewatch.Ledger.Ingest;
using Spectre.Console;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch ingest PATH|URL|FEED... [--db] [--published] [--country] [--manifest FILE.csv] [--jobs N]</c>: reads,
/// codes and files documents in the ledger, N coders at once. Dates and countries come from the options, the manifest,
/// <c>NAME.meta.json</c> or <c>NAME.gold.json</c> beside a file, the text, and (dates) the file's time, in that order;
/// the summary says how many came from where and names the documents whose date is the file's time or that have no
/// country. One line on stderr per failed document; exit 1 when some failed, 2 for a bad command line or manifest.
/// SIGTERM or Ctrl+C stops it after the documents in hand (exit 0 if none failed).
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("PATH|URL|FEED") { Description = "Files, directories (recursive: .txt, .html, .htm, .xml feeds), page or feed URLs.", Arity = ArgumentArity.OneOrMore };
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var published = new Option<string?>("--published") { Description = "Publication date of every document, YYYY-MM-DD (else each document's own)." };
        var country = new Option<string?>("--country") { Description = "Outlet country of every document, ISO 3166-1 alpha-3 (else from a manifest, metadata file or dateline)." };
        var manifest = new Option<string?>("--manifest") { Description = "A CSV with a row per document: path, published, country, url, title (paths relative to the CSV)." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds allowed to fetch one URL.", DefaultValueFactory = _ => IngestOptions.DefaultTimeout.TotalSeconds };
        var maxMb = new Option<double>("--max-mb") { Description = "Largest document read, in MB.", DefaultValueFactory = _ => IngestOptions.DefaultMaxBytes / (1024.0 * 1024.0) };
        var jobs = JobsOption();
        var command = new Command("ingest", "Read, code and file documents in the ledger (idempotent: a document already stored adds nothing).")
        {
            inputs, db, user, published, country, manifest, timeout, maxMb, jobs,
        };
        command.SetAction(parse =>
        {
            var seconds = parse.GetValue(timeout);
            var mb = parse.GetValue(maxMb);
            if (seconds <= 0) throw new CliError("--timeout takes a positive number of seconds", ExitCodes.Usage);
            if (mb <= 0) throw new CliError("--max-mb takes a positive size", ExitCodes.Usage);
            var options = new IngestOptions(
                Arguments.Published(parse.GetValue(published)),
                Arguments.KnownCountry(parse.GetValue(country)),
                LedgerAccess.Who(parse.GetValue(user)),
                TimeSpan.FromSeconds(seconds),
                (long)(mb * 1024 * 1024),
                Jobs(parse.GetValue(jobs)),
                Manifest: Manifest(parse.GetValue(manifest)));
            return Run(Arguments.Paths(parse.GetValue(inputs)!), parse.GetValue(db), options);
        });
        return command;
    }

    /// <summary>The rows of <c>--manifest</c>; a manifest with a bad row stops the run before anything is stored (usage exit code).</summary>
    private static IReadOnlyDictionary<string, DocumentMetadata>? Manifest(string? path)
    {
        if (path is null) return null;
        if (!File.Exists(path)) throw new CliError($"--manifest: {path}: no such file", ExitCodes.Usage);
        try
        {
            var (rows, problems) = DocumentManifest.Read(path, Arguments.Today);
            if (problems.Count > 0)
            {
                foreach (var p in problems.Skip(1)) Console.Error.WriteLine($"pledgewatch: {p}");
                throw new CliError(problems[0] + (problems.Count > 1 ? $" (and {problems.Count - 1} more problems above)" : ""), ExitCodes.Usage);
            }
            return rows;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"--manifest: {path}: cannot be read ({e.Message})", ExitCodes.Usage);
        }
    }

    /// <summary>The <c>--jobs</c> option ingest and watch share.</summary>
    public static Option<int> JobsOption() => new("--jobs")
    {
        Description = "Documents coded at once (default: one per core); one writer stores them in small batches.",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static int Jobs(int jobs) =>
        jobs is >= 1 and <= 256 ? jobs : throw new CliError($"--jobs takes a number of coders from 1 to 256, not {jobs}", ExitCodes.Usage);

    private static int Run(string[] inputs, string? db, IngestOptions options)
    {
        var store = LedgerAccess.Open(db);
        var pipeline = CodingPipeline.Create();
        using var stop = new StopSignal();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        IngestSummary summary;
        if (Console.IsErrorRedirected)
        {
            summary = new IngestRunner(store, pipeline, options, new PlainObserver()).Run(inputs, stop.Token);
        }
        else
        {
            // The bar goes to stderr with the failures, so stdout keeps only the summary.
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            summary = null!;
            console.Progress()
                .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("ingesting", maxValue: double.MaxValue);
                    task.IsIndeterminate = true;
                    summary = new IngestRunner(store, pipeline, options, new ProgressObserver(console, task)).Run(inputs, stop.Token);
                });
        }
        var seconds = clock.Elapsed.TotalSeconds;
        Console.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{summary}; {seconds:F1} s, {summary.Documents / Math.Max(seconds, 0.001):F0} documents/s with {options.EffectiveJobs} coders{(stop.Requested ? "; stopped early" : "")}"));
        foreach (var line in summary.MetadataLines()) Console.Out.WriteLine(line);
        return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private sealed class PlainObserver : IIngestObserver
    {
        public void Failed(string message) => Console.Error.WriteLine($"pledgewatch: {message}");

        public void Done(string source) { }
    }

    /// <summary>Called from the writer's thread only: counts need no lock.</summary>
    private sealed class ProgressObserver(IAnsiConsole console, ProgressTask task) : IIngestObserver
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private int _done;
        private int _failed;

        public void Failed(string message)
        {
            console.MarkupLine(Markup.Escape($"pledgewatch: {message}"));
            _failed++;
            Describe();
        }

        public void Done(string source)
        {
            _done++;
            Describe();
        }

        private void Describe() => task.Description = string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"ingesting: {_done:N0} documents ({_done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001):N0} documents/s), {_failed} failed");
    }
}
