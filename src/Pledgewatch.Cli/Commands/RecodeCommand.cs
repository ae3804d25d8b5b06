using System.CommandLine;
using System.Globalization;
using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Recoding;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch recode --all | --doc ID [--dry-run] [--db] [--user]</c>: codes stored documents again with the current
/// coder and brings the ledger in line without losing review work (<see cref="LedgerStore.Recode"/>): a record that comes
/// out the same keeps its entry and review status; a changed record revises its entry (audited, back to candidate); a
/// new record is filed as at ingest; an entry left with no record is marked orphaned, never deleted. Prints one line per
/// document that changed and one per change; <c>--dry-run</c> prints the same and changes nothing. Exit 1 when a
/// document could not be re-coded (the others are), 2 for a bad command line.
/// </summary>
internal static class RecodeCommand
{
    public static Command Create()
    {
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var all = new Option<bool>("--all") { Description = "Every stored document." };
        var doc = new Option<string?>("--doc") { Description = "One document: its id (see 'pledgewatch document list') or its name." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would change, change nothing." };
        var command = new Command("recode", "Code stored documents again with the current coder, keeping every review decision whose record did not change.") { all, doc, dryRun, db, user };
        command.SetAction(parse =>
        {
            if (parse.GetValue(all) == (parse.GetValue(doc) is not null)) throw new CliError("recode takes --all or --doc ID (one of them)", ExitCodes.Usage);
            var who = LedgerAccess.Who(parse.GetValue(user));
            var store = LedgerAccess.OpenExisting(parse.GetValue(db));
            var ids = parse.GetValue(all) ? store.DocumentIds() : [DocumentCommand.Find(store, parse.GetValue(doc)!)];
            return Run(store, ids, who, parse.GetValue(dryRun));
        });
        return command;
    }

    /// <summary>Re-codes the documents and prints the report; shared with <c>document set</c>.</summary>
    internal static int Run(LedgerStore store, IReadOnlyList<long> ids, string who, bool dryRun, DocumentFacts? correction = null)
    {
        var recoder = new Recoder(store, CodingPipeline.Create());
        int same = 0, changed = 0, added = 0, vanished = 0, unchanged = 0, failed = 0;
        foreach (var id in ids)
        {
            var (outcome, error) = recoder.Recode(id, who, dryRun, correction);
            if (outcome is null)
            {
                Console.Error.WriteLine($"pledgewatch: {error}");
                failed++;
                continue;
            }
            (same, changed, added, vanished) = (same + outcome.Same, changed + outcome.Changed, added + outcome.New, vanished + outcome.Vanished);
            if (outcome.Unchanged && outcome.Changes.Count == 0)
            {
                unchanged++;
                continue;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"document {outcome.DocumentId} {outcome.Doc}: {outcome.Same} same, {outcome.Changed} changed, {outcome.New} new, {outcome.Vanished} vanished"));
            if (outcome.Metadata is { } metadata) Console.WriteLine($"  document: {metadata}");
            foreach (var c in outcome.Changes)
                Console.WriteLine($"  {(c.EntryId is long e ? $"entry {e}" : "document")}: {c.Detail}");
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(dryRun ? "dry run, nothing changed: " : "")}{ids.Count - failed} documents re-coded with coder {CoderVersion.Current} ({unchanged} unchanged), {failed} failed; records: {same} same, {changed} changed, {added} new, {vanished} vanished"));
        return failed == 0 ? ExitCodes.Success : ExitCodes.Failure;
    }
}
