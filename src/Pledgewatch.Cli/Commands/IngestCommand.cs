using System.CommandLine;
using Pledgewatch.Ledger.Ingest;
using Spectre.Console;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch ingest PATH|URL|FEED... [--db] [--published] [--country]</c>: reads, codes and files documents in
/// the ledger. One line on stderr per failed document; a summary on stdout; exit 1 when some failed.
/// </summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("PATH|URL|FEED") { Description = "Files, directories (recursive: .txt, .html, .htm, .xml feeds), page or feed URLs.", Arity = ArgumentArity.OneOrMore };
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var published = new Option<string?>("--published") { Description = "Publication date of every document, YYYY-MM-DD (else each document's own)." };
        var country = new Option<string?>("--country") { Description = "Outlet country of every document, ISO 3166-1 alpha-3 (else from a dateline)." };
        var timeout = new Option<double>("--timeout") { Description = "Seconds allowed to fetch one URL.", DefaultValueFactory = _ => IngestOptions.DefaultTimeout.TotalSeconds };
        var maxMb = new Option<double>("--max-mb") { Description = "Largest document read, in MB.", DefaultValueFactory = _ => IngestOptions.DefaultMaxBytes / (1024.0 * 1024.0) };
        var command = new Command("ingest", "Read, code and file documents in the ledger (idempotent: a document already stored adds nothing).")
        {
            inputs, db, user, published, country, timeout, maxMb,
        };
        command.SetAction(parse =>
        {
            var seconds = parse.GetValue(timeout);
            var mb = parse.GetValue(maxMb);
            if (seconds <= 0) throw new CliError("--timeout takes a positive number of seconds", ExitCodes.Usage);
            if (mb <= 0) throw new CliError("--max-mb takes a positive size", ExitCodes.Usage);
            var options = new IngestOptions(
                Arguments.Date(parse.GetValue(published), "--published"),
                Arguments.Country(parse.GetValue(country)),
                LedgerAccess.Who(parse.GetValue(user)),
                TimeSpan.FromSeconds(seconds),
                (long)(mb * 1024 * 1024));
            return Run(Arguments.Paths(parse.GetValue(inputs)!), parse.GetValue(db), options);
        });
        return command;
    }

    private static int Run(string[] inputs, string? db, IngestOptions options)
    {
        var store = LedgerAccess.Open(db);
        var pipeline = CodingPipeline.Create();
        IngestSummary summary;
        if (Console.IsErrorRedirected)
        {
            summary = new IngestRunner(store, pipeline, options, new PlainObserver()).Run(inputs);
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
                    summary = new IngestRunner(store, pipeline, options, new ProgressObserver(console, task)).Run(inputs);
                });
        }
        Console.Out.WriteLine(summary.ToString());
        return summary.Failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }

    private sealed class PlainObserver : IIngestObserver
    {
        public void Failed(string message) => Console.Error.WriteLine($"pledgewatch: {message}");

        public void Done(string source) { }
    }

    private sealed class ProgressObserver(IAnsiConsole console, ProgressTask task) : IIngestObserver
    {
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

        private void Describe() => task.Description = $"ingesting: {_done} documents, {_failed} failed";
    }
}
