using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Review;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Web.Pages;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch ledger list|show|accept|reject|edit|history|split|merge|attach|detach</c>: review of ledger entries.
/// Every change makes a revision and an audit row (who: <c>--user</c>, else $USER; refused when neither names anyone);
/// nothing is deleted.
/// </summary>
internal static class LedgerCommand
{
    public static Command Create()
    {
        var command = new Command("ledger", "Review the ledger: list, show, accept, reject, edit, history, split, merge, attach, detach.");
        command.Subcommands.Add(List());
        command.Subcommands.Add(Show());
        command.Subcommands.Add(SetStatus("accept", EntryStatus.Accepted));
        command.Subcommands.Add(SetStatus("reject", EntryStatus.Rejected));
        command.Subcommands.Add(Edit());
        command.Subcommands.Add(History());
        command.Subcommands.Add(Split());
        command.Subcommands.Add(Merge());
        command.Subcommands.Add(Attach());
        command.Subcommands.Add(Detach());
        return command;
    }

    private static Argument<long> EntryArgument(string name = "ENTRY") => new(name) { Description = "The entry id (see 'pledgewatch ledger list')." };

    private static Command List()
    {
        var db = LedgerAccess.DbOption();
        var status = new Option<string?>("--status") { Description = "candidate, accepted or rejected." };
        var actor = new Option<string?>("--actor") { Description = "An actor code (ISO3 or body code)." };
        var type = new Option<string?>("--type") { Description = "A PLOVER category." };
        var limit = new Option<int>("--limit") { Description = "At most this many entries.", DefaultValueFactory = _ => 50 };
        var dataset = ComparisonOptions.DatasetOption("listed");
        var command = new Command("list", "List entries of one dataset (default the coded news): id, status, category, actor → recipient, date, amount, sources.") { db, dataset, status, actor, type, limit };
        command.SetAction(parse =>
        {
            var store = LedgerAccess.OpenExisting(parse.GetValue(db));
            var name = ComparisonOptions.CheckDataset(parse.GetValue(dataset));
            LedgerAccess.RequireDataset(store, name);
            var filter = new EntryFilter(parse.GetValue(status), parse.GetValue(actor)?.ToUpperInvariant(), parse.GetValue(type)?.ToUpperInvariant(),
                Dataset: name == Ledger.Dataset.All ? null : name);
            var table = new TextTable("id>", "status", "category", "actor → recipient", "date", "amount>", "sources>", "package");
            foreach (var e in store.Entries(filter, parse.GetValue(limit)))
            {
                var f = e.Fields;
                var amount = f.Commitment?.Amount is { } m ? $"{m.Value.ToString("N0", CultureInfo.InvariantCulture)} {m.Currency ?? "?"}" : "";
                table.Add(e.Id, e.Status, f.EventType, $"{EntryFields.Codes(f.Actor)} → {EntryFields.Codes(f.Recipient)}", Dates(f.Date), amount, e.Sources.Count, Family(e));
            }
            if (table.Count == 0)
            {
                var datasets = store.Datasets();
                var inLedger = datasets.Sum(d => d.Entries);
                var inDataset = name == Ledger.Dataset.All ? inLedger : datasets.FirstOrDefault(d => d.Name == name)?.Entries ?? 0;
                Console.Error.WriteLine(inLedger == 0
                    ? "pledgewatch: the ledger is empty; add reports with 'pledgewatch ingest FILE|DIR|URL' or entries with 'pledgewatch import json FILE'"
                    : inDataset == 0
                    ? $"pledgewatch: the dataset '{name}' has no entries; this ledger has {string.Join(", ", datasets.Select(d => $"{d.Name} ({Words.Count(d.Entries, "entry", "entries")})"))}: list them with --dataset NAME, or --dataset all"
                    : $"pledgewatch: no entry matches these filters ({Words.Count(inDataset, "entry", "entries")} in {(name == Ledger.Dataset.All ? "the ledger" : $"the dataset '{name}'")}; drop --status, --actor or --type to see them)");
                return ExitCodes.Success;
            }
            table.Write(Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show()
    {
        var db = LedgerAccess.DbOption();
        var entry = EntryArgument();
        var command = new Command("show", "Show an entry: its fields, and each source's evidence in its document with the rule that filed it there.") { entry, db };
        command.SetAction(parse =>
        {
            var store = LedgerAccess.OpenExisting(parse.GetValue(db));
            var id = parse.GetValue(entry);
            var e = store.GetEntry(id) ?? throw new CliError($"no entry {id}");
            var node = EntryJson.ToNode(e);
            node.Remove("sources");
            Console.WriteLine(node.ToJsonString(new JsonSerializerOptions(EntryJson.Options) { WriteIndented = true }));
            if (e.Dataset != Ledger.Dataset.News) Console.WriteLine($"dataset: {e.Dataset} (imported; not counted with the coded news)");
            if (e.SameAs is long same) Console.WriteLine($"the same commitment as entry {same} of an imported dataset (the combined view, --dataset all, counts that one)");
            if (e.MergedInto is long target) Console.WriteLine($"merged into entry {target}");
            if (e.Parent is long parent) Console.WriteLine($"part of entry {parent} (totals count the package, not this part)");
            if (e.Parts.Count > 0) Console.WriteLine($"parts: {string.Join(", ", e.Parts.Select(p => $"entry {p}"))}");
            foreach (var flag in store.PackageFlags(e)) Console.WriteLine($"flag: {flag}");
            foreach (var s in e.Sources)
            {
                Console.WriteLine();
                Console.WriteLine($"source {s.Id}: {s.Doc}{(s.Published is { } p ? $" ({p:yyyy-MM-dd})" : "")}{(s.Title is null ? "" : $" \"{s.Title}\"")}{(s.Url is null ? "" : $" {s.Url}")}");
                Console.WriteLine($"  why: {s.Rule}");
                if (s.RetiredAt is { } retired) Console.WriteLine($"  retired {retired}: the current coder no longer makes this record ('pledgewatch recode')");
                Console.WriteLine($"  evidence [{s.Evidence.Start}, {s.Evidence.End}): {InContext(store.SourceDocumentText(s.Id), s)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The evidence in its document, with up to 80 characters either side, the evidence in »«.</summary>
    private static string InContext(string? text, EntrySource s)
    {
        if (text is null || s.Evidence.End > text.Length || s.Evidence.Start < 0) return $"»{s.Evidence.Text}«";
        int from = Math.Max(0, s.Evidence.Start - 80), to = Math.Min(text.Length, s.Evidence.End + 80);
        var line = $"{(from > 0 ? "…" : "")}{text[from..s.Evidence.Start]}»{text[s.Evidence.Start..s.Evidence.End]}«{text[s.Evidence.End..to]}{(to < text.Length ? "…" : "")}";
        return line.ReplaceLineEndings(" ");
    }

    private static Command SetStatus(string verb, string status)
    {
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var entry = EntryArgument();
        var command = new Command(verb, $"Mark an entry {status}.") { entry, db, user };
        command.SetAction(parse => Report(LedgerAccess.OpenExisting(parse.GetValue(db)).SetStatus(parse.GetValue(entry), status, LedgerAccess.Who(parse.GetValue(user))), $"entry {{0}} {status}"));
        return command;
    }

    private static Command Edit()
    {
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var entry = EntryArgument();
        var pairs = new Argument<string[]>("FIELD=VALUE") { Description = $"Fields: {string.Join(", ", EntryEditor.Fields)}.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("edit", "Change the normalised fields of an entry (a new revision).") { entry, pairs, db, user };
        command.SetAction(parse =>
        {
            var (edit, error) = EntryEditor.Parse(parse.GetValue(pairs)!);
            if (edit is null) throw new CliError(error!, ExitCodes.Usage);
            return Report(LedgerAccess.OpenExisting(parse.GetValue(db)).Edit(parse.GetValue(entry), LedgerAccess.Who(parse.GetValue(user)), edit), "entry {0} edited");
        });
        return command;
    }

    private static Command History()
    {
        var db = LedgerAccess.DbOption();
        var entry = EntryArgument();
        var json = new Option<bool>("--json") { Description = "Show each audit row's before and after as the stored JSON snapshots." };
        var command = new Command("history", "Show an entry's revisions and its audit log, each change as the fields it changed (before → after).") { entry, db, json };
        command.SetAction(parse =>
        {
            var store = LedgerAccess.OpenExisting(parse.GetValue(db));
            var id = parse.GetValue(entry);
            var (revisions, audit) = store.History(id);
            if (revisions.Count == 0) throw new CliError($"no entry {id}");
            foreach (var r in revisions) Console.WriteLine($"revision {r.RevisionNumber}  {r.At}  {r.Author}  {r.Status}{(r.MergedInto is long m ? $" merged into {m}" : "")}{(r.ParentId is long p ? $" part of {p}" : "")}");
            // Each change as the fields it changed, before → after; 'ledger history --json' keeps the raw snapshots.
            foreach (var a in audit)
            {
                if (parse.GetValue(json)) Console.WriteLine($"audit {a.Id}  {a.At}  {a.Who}  {a.Action}  before: {a.Before ?? "-"}  after: {a.After ?? "-"}");
                else Console.WriteLine($"audit {a.Id}  {a.At}  {a.Who}  {a.Action}  {AuditLine(a)}");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Split()
    {
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var entry = EntryArgument();
        var source = new Option<long>("--source") { Description = "The source to take out (its id in 'pledgewatch ledger show').", Required = true };
        var command = new Command("split", "Take a source out of an entry into a new entry of its own.") { entry, source, db, user };
        command.SetAction(parse => Report(
            LedgerAccess.OpenExisting(parse.GetValue(db)).Split(parse.GetValue(entry), parse.GetValue(source), LedgerAccess.Who(parse.GetValue(user))),
            "new entry {0}"));
        return command;
    }

    private static Command Merge()
    {
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var a = EntryArgument("A");
        var b = EntryArgument("B");
        var force = new Option<bool>("--force") { Description = "Merge entries of different kinds of event (a meeting into a commitment); refused without it, saying why." };
        var command = new Command("merge", "Fold entry B into entry A: B's sources move to A; B is kept, marked merged.") { a, b, force, db, user };
        command.SetAction(parse => Report(
            LedgerAccess.OpenExisting(parse.GetValue(db)).Merge(parse.GetValue(a), parse.GetValue(b), LedgerAccess.Who(parse.GetValue(user)), parse.GetValue(force)),
            "merged into entry {0}"));
        return command;
    }

    private static Command Attach()
    {
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var part = EntryArgument("PART");
        var package = EntryArgument("PACKAGE");
        var command = new Command("attach", "Make entry PART a part of entry PACKAGE (totals then count the package only); 'detach' undoes it.") { part, package, db, user };
        command.SetAction(parse =>
        {
            var store = LedgerAccess.OpenExisting(parse.GetValue(db));
            var code = Report(store.Attach(parse.GetValue(part), parse.GetValue(package), LedgerAccess.Who(parse.GetValue(user))),
                $"entry {{0}} is a part of entry {parse.GetValue(package)}");
            foreach (var flag in store.PackageFlags(store.GetEntry(parse.GetValue(part))!)) Console.WriteLine($"flag: {flag}");
            return code;
        });
        return command;
    }

    private static Command Detach()
    {
        var db = LedgerAccess.DbOption();
        var user = LedgerAccess.UserOption();
        var part = EntryArgument("PART");
        var command = new Command("detach", "Take entry PART out of its package: it counts as a whole again; 'attach' undoes it.") { part, db, user };
        command.SetAction(parse =>
        {
            var store = LedgerAccess.OpenExisting(parse.GetValue(db));
            var package = store.GetEntry(parse.GetValue(part))?.Parent;
            return Report(store.Detach(parse.GetValue(part), LedgerAccess.Who(parse.GetValue(user))), $"entry {{0}} is no longer a part of entry {package}");
        });
        return command;
    }

    /// <summary>The package relations of a list line: "part of 12", "3 parts", "part of 12, 2 parts".</summary>
    private static string Family(LedgerEntry e) =>
        string.Join(", ", new[] { e.Parent is long p ? $"part of {p}" : null, e.Parts.Count > 0 ? Words.Count(e.Parts.Count, "part", "parts") : null }.OfType<string>());

    /// <summary>An audit row in words: a new entry by its status and fields, a change by the fields it changed.</summary>
    private static string AuditLine(AuditRecord a)
    {
        if (a.Before is null && a.After is not null && a.Action is "create" or "import" or "split")
        {
            var opened = AuditChanges.Of(null, a.After).Where(c => c.After != AuditChanges.None).ToDictionary(c => c.Field, c => c.After);
            string Get(string field) => opened.GetValueOrDefault(field, AuditChanges.None);
            var amount = opened.TryGetValue("commitment.amount.value", out var value) ? $", {value} {Get("commitment.amount.currency")}" : "";
            return $"opened as {Get("status")}: {Get("event_type")} {Get("actor")} → {Get("recipient")}, {Get("date")}{amount}";
        }
        return AuditChanges.Describe(a.Before, a.After);
    }

    private static int Report(ReviewResult result, string success)
    {
        if (!result.Succeeded) throw new CliError(result.Error!);
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, success, result.EntryId));
        return ExitCodes.Success;
    }

    private static string Dates(Pledgewatch.Records.EventDate d) =>
        d.From == d.To ? d.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd}";
}
