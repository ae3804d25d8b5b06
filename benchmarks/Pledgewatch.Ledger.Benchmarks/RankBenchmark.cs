using System.Diagnostics;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Benchmarks;

/// <summary>
/// Rankings over a generated ledger (BENCHMARKS.md, Comparisons): seeds N quantified entries in six currencies, three
/// kinds and three stages over 2022–2026, normalises them once (the materialised table), then times rankings, each
/// including the check that the table is up to date. Stopwatch timing: median of 7 runs after a warm-up.
/// </summary>
internal static class RankBenchmark
{
    private static readonly string[] Donors = ["USA", "DEU", "GBR", "CAN", "FRA", "JPN", "NOR", "DNK", "POL", "NLD", "SWE", "ITA", "EU", "AUS", "FIN"];
    private static readonly string[] Currencies = ["EUR", "USD", "CAD", "GBP", "JPY", "UAH"];
    private static readonly string[] Purposes = ["military", "financial", "humanitarian", "recovery"];
    private static readonly string[] Stages = ["pledged", "committed", "delivered"];
    private static readonly string[] Recipients = ["UKR", "UKR", "UKR", "MDA"];

    public static void Run(DatabaseTarget target, int entries)
    {
        var ledger = LedgerStore.Open(target);
        var clock = Stopwatch.StartNew();
        // A ledger seeded by an earlier run is reused (seeding a million entries takes minutes).
        int seeded = ledger.Counts().Entries >= entries ? entries : 0;
        const int Batch = 100_000;
        for (int from = seeded; from < entries; from += Batch) seeded += ledger.SeedEntries(Fields(from, Math.Min(Batch, entries - from)));
        Console.WriteLine($"{target.Provider}: seeded {seeded:N0} entries in {clock.Elapsed.TotalSeconds:F1} s");

        var store = new ComparisonStore(ledger, ComparisonReference.Default);
        clock.Restart();
        var refresh = store.Refresh();
        Console.WriteLine($"{target.Provider}: first normalisation of {refresh.Entries:N0} entries ({refresh.Rows:N0} rows): {clock.Elapsed.TotalSeconds:F1} s");

        var ranker = new Ranker(store);
        Time(target, "rank --by total --type all", () => ranker.Rank(RankMetric.Total, new RankFilter()));
        Time(target, "rank --by per-capita --type military", () => ranker.Rank(RankMetric.PerCapita, new RankFilter(Type: "military")));
        Time(target, "rank --by share-of-gdp --type financial --recipient UKR --from 2024-01-01 --to 2025-12-31", () =>
            ranker.Rank(RankMetric.ShareOfGdp, new RankFilter(Type: "financial", Recipient: "UKR", From: new DateOnly(2024, 1, 1), To: new DateOnly(2025, 12, 31))));
        Time(target, "rank --by total --from 2023-03-15 --to 2025-06-10 (two months cut: their days read from the rows)", () =>
            ranker.Rank(RankMetric.Total, new RankFilter(From: new DateOnly(2023, 3, 15), To: new DateOnly(2025, 6, 10))));
    }

    private static void Time(DatabaseTarget target, string what, Func<Ranking> rank)
    {
        var first = rank();
        var times = new List<double>();
        for (int i = 0; i < 7; i++)
        {
            var clock = Stopwatch.StartNew();
            rank();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine($"{target.Provider}: {what}: median {times[3]:F0} ms (min {times[0]:F0}, max {times[^1]:F0}); {first.Rows.Count} rows, top {first.Rows.FirstOrDefault()?.Actor}");
    }

    private static IEnumerable<EntryFields> Fields(int from, int count) => Enumerable.Range(from, count).Select(n =>
    {
        var day = new DateOnly(2022, 2, 24).AddDays(n % 1500);
        var donor = Donors[n % Donors.Length];
        var recipient = Recipients[n / Donors.Length % Recipients.Length];
        return new EntryFields
        {
            EventType = "AGREE",
            Actor = [new EntityRef(donor, donor)],
            Recipient = [new EntityRef(recipient, recipient)],
            Date = new EventDate(day, day, null),
            Commitment = new Commitment
            {
                Amount = new Money(1_000_000m + n % 977 * 100_000m, Currencies[n / 7 % Currencies.Length], "a sum"),
                Purpose = Purposes[n / 3 % Purposes.Length],
                Stage = Stages[n / 11 % Stages.Length],
            },
        };
    });
}
