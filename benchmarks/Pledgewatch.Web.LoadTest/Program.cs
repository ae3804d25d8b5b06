using System.Diagnostics;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Records;

// Seeds a ledger for the web load test (run.sh): N entries with random actors, recipients, categories, amounts and
// dates, in one transaction; the first 1% are ingested as documents so their entry pages have sources and evidence.
// Usage: Pledgewatch.Web.LoadTest DB_FILE [ENTRIES=100000]
if (args.Length < 1) { Console.Error.WriteLine("usage: Pledgewatch.Web.LoadTest DB_FILE [ENTRIES]"); return 2; }
int count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
if (File.Exists(args[0])) { Console.Error.WriteLine($"{args[0]} exists: give a new file"); return 2; }
var store = LedgerStore.Open(DatabaseTarget.Sqlite(args[0]));
var random = new Random(20260105);
string[] actors = ["CAN", "USA", "GBR", "FRA", "DEU", "ITA", "JPN", "NOR", "SWE", "DNK", "FIN", "NLD", "BEL", "POL", "EST", "LVA", "LTU", "CZE", "ESP", "PRT", "AUT", "IRL", "AUS", "NZL", "KOR", "CHE", "EU", "NATO", "IMF", "WB"];
string[] recipients = ["UKR", "UKR", "UKR", "MDA", "GEO", "SYR", "SDN", "PSE", "RUS"];
string[] types = ["AGREE", "AGREE", "AID", "AID", "CONSULT", "SANCTION", "REQUEST", "SUPPORT"];
string[] currencies = ["EUR", "EUR", "USD", "GBP", "CAD", "JPY", "NOK"];
string[] stages = ["pledged", "committed", "delivered"];
string[] purposes = ["financial", "military", "humanitarian", "recovery", "energy"];
var start = new DateOnly(2023, 1, 1);

EntryFields Fields(int i)
{
    var type = types[random.Next(types.Length)];
    var actor = actors[random.Next(actors.Length)];
    var day = start.AddDays(random.Next(3 * 365));
    bool money = type is "AGREE" or "AID";
    return new EntryFields
    {
        EventType = type,
        Actor = [new EntityRef(actor, actor)],
        Recipient = [new EntityRef(recipients[random.Next(recipients.Length)], recipients[random.Next(recipients.Length)])],
        Date = new EventDate(day, day, null),
        Commitment = money ? new Commitment
        {
            Amount = new Money(random.Next(1, 5000) * 1_000_000m, currencies[random.Next(currencies.Length)], "generated"),
            Instruments = ["grant"],
            Purpose = purposes[random.Next(purposes.Length)],
            Stage = stages[random.Next(stages.Length)],
        } : null,
        Sanction = type == "SANCTION" ? new SanctionInfo([new EntityRef("a company", null)], 1, null) : null,
    };
}

var clock = Stopwatch.StartNew();
int documents = Math.Max(1, count / 100);
for (int d = 0; d < documents; d++)
{
    var f = Fields(d);
    var text = $"Report {d}. {f.Actor[0].Code} and {f.Recipient[0].Code}: a generated sentence standing for the evidence of entry {d}. More text follows here.";
    int s = text.IndexOf(". ", StringComparison.Ordinal) + 2, e = text.IndexOf(" More", StringComparison.Ordinal);
    store.Ingest(new StoredDocument($"gen-{d}", text, $"Generated report {d}", null, "loadtest", null, null, f.Date.From), [new EventRecord
    {
        Doc = $"gen-{d}", EventType = f.EventType, Actor = f.Actor, Recipient = f.Recipient, Date = f.Date, Commitment = f.Commitment, Sanction = f.Sanction,
        Evidence = new Evidence(1, s, e, text[s..e]), Confidence = 0.8,
    }], "loadtest");
}
store.SeedEntries(Enumerable.Range(documents, count - documents).Select(Fields));
Console.WriteLine($"{store.Counts().Entries} entries ({documents} with documents) in {clock.Elapsed.TotalSeconds:F1} s: {args[0]}");
return 0;
