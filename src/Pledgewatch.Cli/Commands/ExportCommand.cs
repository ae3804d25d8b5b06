using System.CommandLine;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger.Export;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch export --format csv|json|xlsx|plover [--dataset news|kiel|all|NAME] [--status] [--actor] [--type] [--from --to]
/// [--out FILE]</c>: one dataset (default the coded news); <c>all</c> writes every dataset's entries, matched ones
/// included (an export is a copy, not a count).
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var db = LedgerAccess.DbOption();
        var format = new Option<string>("--format") { Description = "csv or xlsx (a row per entry), json (entries with sources; re-importable), plover (EVENTS.md JSON Lines).", Required = true };
        format.AcceptOnlyFromAmong("csv", "json", "xlsx", "plover");
        var status = new Option<string?>("--status") { Description = "Only entries with this status (candidate, accepted, rejected)." };
        status.AcceptOnlyFromAmong("candidate", "accepted", "rejected", "orphaned");
        var actor = new Option<string?>("--actor") { Description = "Only entries with this actor code (ISO3)." };
        var type = new Option<string?>("--type") { Description = "Only entries of this PLOVER category." };
        var from = new Option<string?>("--from") { Description = "Only entries whose dates reach this day or later (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Only entries whose dates begin on this day or earlier (YYYY-MM-DD)." };
        var output = new Option<string?>("--out") { Description = "File to write (default standard output; required for xlsx)." };
        var dataset = ComparisonOptions.DatasetOption("exported");
        var command = new Command("export", "Export ledger entries of one dataset (or all).") { format, dataset, status, actor, type, from, to, output, db };
        command.SetAction(parse =>
        {
            var kind = Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true);
            var name = ComparisonOptions.CheckDataset(parse.GetValue(dataset));
            var filter = new EntryFilter(
                parse.GetValue(status),
                parse.GetValue(actor) is { } a ? Arguments.Country(a) : null,
                parse.GetValue(type)?.ToUpperInvariant(),
                Arguments.Date(parse.GetValue(from), "--from"),
                Arguments.Date(parse.GetValue(to), "--to"),
                name == Ledger.Dataset.All ? null : name);
            var path = parse.GetValue(output);
            if (kind == ExportFormat.Xlsx && path is null) throw new CliError("--format xlsx needs --out FILE", ExitCodes.Usage);
            var store = LedgerAccess.OpenExisting(parse.GetValue(db));
            LedgerAccess.RequireDataset(store, name);
            // The amounts in EUR and the matches between datasets (amount_eur, same_as) are kept by the comparisons.
            new ComparisonStore(store, ComparisonReference.Default).Refresh();
            try
            {
                using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
                var n = LedgerExporter.Write(kind, store.Entries(filter), stream);
                if (path is not null) Console.Error.WriteLine($"pledgewatch: {n} entries written to {path}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliError($"{path}: cannot be written ({e.Message})");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
