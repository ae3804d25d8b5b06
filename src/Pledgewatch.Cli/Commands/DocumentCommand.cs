using System.CommandLine;
using System.Globalization;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Recoding;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch document list [--unsure]</c>: the stored documents with their date and outlet country and where each
/// came from. <c>pledgewatch document set ID [--published DATE] [--country ISO3] [--dry-run]</c>: corrects a document's
/// metadata (checked against the country table and a plausible range of dates), audited, and re-codes it
/// (<see cref="RecodeCommand"/>), since its dates and currencies depend on them.
/// </summary>
internal static class DocumentCommand
{
    public static Command Create()
    {
        var command = new Command("document", "Stored documents: list them, correct a date or outlet country.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Set());
        return command;
    }

    /// <summary>A document by id or by name; one line and exit 1 when there is none, or the name is ambiguous.</summary>
    internal static long Find(LedgerStore store, string idOrName)
    {
        if (long.TryParse(idOrName, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return store.DocumentForRecode(id) is null ? throw new CliError($"no document {id} (see 'pledgewatch document list')") : id;
        var ids = store.DocumentIdsByName(idOrName);
        return ids.Count switch
        {
            1 => ids[0],
            0 => throw new CliError($"no document named '{idOrName}' (see 'pledgewatch document list')"),
            _ => throw new CliError($"{ids.Count} documents are named '{idOrName}' (ids {string.Join(", ", ids)}): give the id"),
        };
    }

    private static Command List()
    {
        var db = LedgerAccess.DbOption();
        var unsure = new Option<bool>("--unsure") { Description = "Only documents dated by a guess (the file's time, the day of ingest) or without an outlet country." };
        var limit = new Option<int>("--limit") { Description = "At most this many, newest first.", DefaultValueFactory = _ => 1000 };
        var command = new Command("list", "List stored documents: id, name, date and country with where each came from in brackets (gold, meta, manifest, text, dateline, file, …), records.") { unsure, limit, db };
        command.SetAction(parse =>
        {
            var store = LedgerAccess.OpenExisting(parse.GetValue(db));
            var page = store.QueryDocuments(null, 0, Math.Clamp(parse.GetValue(limit), 1, EntryQuery.MaxLimit), unsure: parse.GetValue(unsure));
            foreach (var d in page.Items)
            {
                var date = $"{d.Published ?? "undated"} [{d.PublishedFrom ?? "unrecorded"}]";
                var country = d.Country is null ? "no country" : $"{d.Country} [{d.CountryFrom ?? "unrecorded"}]";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{d.Id,6}  {d.Doc}  {date}  {country}  {d.Records} records{(d.Unsure ? "  unsure" : "")}"));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{page.Items.Count} of {page.Total} {(parse.GetValue(unsure) ? "unsure " : "")}documents"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Set()
    {
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var document = new Argument<string>("ID") { Description = "The document's id (see 'pledgewatch document list') or its name." };
        var published = new Option<string?>("--published") { Description = "Its publication date, YYYY-MM-DD." };
        var country = new Option<string?>("--country") { Description = "Its outlet's country, ISO 3166-1 alpha-3 (decides what a bare '$' is)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what the correction would change, change nothing." };
        var command = new Command("set", "Correct a document's publication date or outlet country, and re-code it.") { document, published, country, dryRun, db, user };
        command.SetAction(parse =>
        {
            var day = Arguments.Published(parse.GetValue(published));
            var code = Arguments.KnownCountry(parse.GetValue(country));
            if (day is null && code is null) throw new CliError("document set takes --published DATE, --country ISO3 or both", ExitCodes.Usage);
            var who = LedgerAccess.Who(parse.GetValue(user));
            var store = LedgerAccess.OpenExisting(parse.GetValue(db));
            var id = Find(store, parse.GetValue(document)!);
            var correction = new DocumentFacts(day, day is null ? null : MetadataBasis.Set, code, code is null ? null : MetadataBasis.Set);
            return RecodeCommand.Run(store, [id], who, parse.GetValue(dryRun), correction);
        });
        return command;
    }
}
