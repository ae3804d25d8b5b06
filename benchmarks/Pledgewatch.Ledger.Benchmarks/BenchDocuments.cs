using System.Globalization;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Benchmarks;

/// <summary>Generated inputs: report texts from our own templates with varied digits, and synthetic records over 50 donor/recipient keys.</summary>
internal static class BenchDocuments
{
    private static readonly string[] Donors = ["CAN", "NOR", "JPN", "DEU", "POL", "FRA", "GBR", "USA", "ITA", "NLD"];
    private static readonly string[] Recipients = ["UKR", "MDA", "GEO", "ARM", "JOR"];
    private static readonly string[] Names = ["Canada", "Norway", "Japan", "Germany", "Poland", "France", "Britain", "the United States", "Italy", "the Netherlands"];
    private static readonly string[] Sentences =
    [
        "{0} said on Monday it would give Ukraine {1} million dollars in grants for the repair of power stations.",
        "Officials from {0} met their Ukrainian counterparts in Kyiv on Tuesday to discuss a further {1} armoured vehicles.",
        "The minister told reporters that {0} had already delivered {1} generators before the winter.",
        "{0} imposed sanctions on {1} companies accused of supplying drones, the foreign ministry said.",
        "Analysts said the {1} million dollar package from {0} would take months to arrive.",
    ];

    public static string WriteCorpus(int count)
    {
        var dir = Directory.CreateTempSubdirectory("pw-bench-corpus-").FullName;
        var random = new Random(29);
        for (int i = 0; i < count; i++)
        {
            var lines = Enumerable.Range(0, 6).Select(_ => string.Format(CultureInfo.InvariantCulture, Sentences[random.Next(Sentences.Length)], Names[random.Next(Names.Length)], random.Next(2, 900)));
            File.WriteAllText(Path.Combine(dir, $"bench-{i:D5}.txt"), "OTTAWA — " + string.Join(' ', lines) + $"\nThis report was first published on March {1 + i % 28}, 2024.\n");
        }
        return dir;
    }

    public static StoredDocument Document(string id, int n) =>
        new(id, $"Generated report {n}.", null, null, null, null, "CAN", new DateOnly(2024, 3, 1));

    /// <summary>Two records: a pledge that repeats the one of document i-1 (a re-report), and a new one.</summary>
    public static IReadOnlyList<EventRecord> Records(int i) => [Record(i / 2 * 2 + 1_000_000), Record(i + 2_000_000)];

    public static IEnumerable<EntryFields> SeedFields(int from, int count) =>
        Enumerable.Range(from, count).Select(i => EntryFields.From(Record(i)));

    private static EventRecord Record(int n)
    {
        var day = new DateOnly(2022, 1, 1).AddDays(n % 1500);
        return new EventRecord
        {
            Doc = $"d{n}",
            EventType = "AGREE",
            Actor = [new EntityRef(Donors[n % Donors.Length], Donors[n % Donors.Length])],
            Recipient = [new EntityRef(Recipients[n / Donors.Length % Recipients.Length], Recipients[n / Donors.Length % Recipients.Length])],
            Date = new EventDate(day, day, "on the day"),
            Commitment = new Commitment { Amount = new Money(1_000_000m + n * 1_000m, "USD", "a sum"), Instruments = ["grant"], Stage = "pledged" },
            Evidence = new Evidence(0, 0, 10, "Generated."),
        };
    }
}
