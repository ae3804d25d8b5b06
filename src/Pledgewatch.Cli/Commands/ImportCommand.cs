using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Globalization;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Web.Pages;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch import json FILE [--dataset NAME] [--db]</c>: adds the entries of a JSON export, ids, statuses and
/// sources included, reading the array one entry at a time, as a dataset of their own (default: named after the file,
/// "ledger.json" → "ledger"), so another ledger's entries are never counted with this one's coded news; <c>--dataset
/// news</c> restores a ledger's own export into a new one. An entry already in the ledger as it is in the file is
/// counted unchanged, so importing a file twice changes nothing and succeeds; an entry that cannot be added (its id
/// taken by a different entry, a malformed object) is reported and the import goes on (exit 1).
/// A part whose package is not in the file (an export filtered by status or date) is imported as a whole, said so.
/// <c>pledgewatch import kiel DIR [--db]</c>: loads the Kiel tracker's aggregates (<see cref="ImportKiel"/>).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var format = new Argument<string>("FORMAT") { Description = "json (the format of 'pledgewatch export --format json'), or kiel (the Kiel Institute tracker's published files)." };
        format.AcceptOnlyFromAmong("json", "kiel");
        var file = new Argument<string>("FILE") { Description = "The exported file (- reads standard input); for kiel, the directory with data_explorer.csv." };
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var dataset = new Option<string?>("--dataset")
        {
            Description = "json: the dataset the entries go into (default: the file's name; 'news' makes them this ledger's own, as in a restore). kiel: always 'kiel'.",
        };
        var command = new Command("import", "Import ledger entries exported as JSON, or the Kiel tracker's data, as a dataset of their own.") { format, file, dataset, db, user };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (parse.GetValue(format) == "kiel")
            {
                if (parse.GetValue(dataset) is { } named && named != DatasetSources.Kiel) throw new CliError("import kiel: the tracker's data is always the dataset 'kiel'", ExitCodes.Usage);
                return ImportKiel.Run(path, parse.GetValue(db), LedgerAccess.Who(parse.GetValue(user)));
            }
            var name = parse.GetValue(dataset)?.Trim().ToLowerInvariant() ?? Ledger.Dataset.FromName(path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path));
            if (Ledger.Dataset.Problem(name) is { } problem) throw new CliError($"--dataset: {problem}", ExitCodes.Usage);
            return Run(path, parse.GetValue(db), LedgerAccess.Who(parse.GetValue(user)), name);
        });
        return command;
    }

    private static int Run(string path, string? db, string who, string dataset)
    {
        Stream input;
        try
        {
            input = path == "-" ? Console.OpenStandardInput() : File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliError($"{path}: cannot be read ({e.Message})");
        }
        var store = LedgerAccess.Open(db);
        int imported = 0, unchanged = 0, failed = 0;
        var links = new List<(long Part, long Package)>();
        using (input)
        {
            try
            {
                foreach (var node in JsonSerializer.DeserializeAsyncEnumerable<JsonNode>(input, topLevelValues: false).ToBlockingEnumerable())
                {
                    string? error;
                    bool unchangedNow = false;
                    try
                    {
                        if (node is not JsonObject o) throw new JsonException("an element of the array is not an object");
                        var entry = EntryJson.ReadEntry(o) with { Dataset = dataset };
                        var result = store.Import(entry, who);
                        error = result.Error;
                        unchangedNow = result.Unchanged;
                        if (unchangedNow) unchanged++;
                        else if (error is null && entry.Parent is long package) links.Add((entry.Id, package));
                    }
                    catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
                    {
                        error = $"entry {(node as JsonObject)?["id"]?.ToJsonString() ?? "?"}: {e.Message}";
                    }
                    if (error is not null)
                    {
                        failed++;
                        Console.Error.WriteLine($"pledgewatch: {path}: {error}");
                    }
                    else if (!unchangedNow) imported++;
                }
            }
            catch (JsonException e)
            {
                throw new CliError($"{path}: not a JSON array of entries (line {e.LineNumber + 1}: {e.Message.Split('.')[0]})");
            }
        }
        foreach (var (part, package) in links)
            if (store.GetEntry(part)?.Parent != package)
                Console.Error.WriteLine($"pledgewatch: {path}: entry {part} is a part of entry {package}, which is not in this ledger: imported as a whole");
        // Importing a file again finds its entries there already: they are counted, not reported as errors.
        Console.WriteLine($"imported {Words.Count(imported, "entry", "entries")}, {unchanged.ToString("N0", CultureInfo.InvariantCulture)} unchanged, {failed.ToString("N0", CultureInfo.InvariantCulture)} failed");
        Console.WriteLine(dataset == Ledger.Dataset.News
            ? "they are in the dataset 'news', with this ledger's own coded entries"
            : $"they are in the dataset '{dataset}': rank, claim, export and the web app show it with --dataset {dataset} (or ?dataset={dataset})");
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
