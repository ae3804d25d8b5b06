using Microsoft.Extensions.Caching.Memory;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Web.Comparisons;

/// <summary>
/// The default ranking until issue 4 is wired: contributors by the raw sum of their amounts in one currency (or by
/// number of commitments), compound actors ("CAN+FRA") as one contributor. Per capita and share of GDP need
/// population, GDP and exchange rates, which this service does not have: it says so. Results are cached until the
/// ledger changes (its audit log grows), so a busy dashboard costs one indexed lookup per request.
/// </summary>
internal sealed class LedgerRankingService(LedgerStore store, IMemoryCache cache) : IRankingService
{
    private const string NeedsComparisons = "Per capita and share-of-GDP rankings need population, GDP and exchange rates (the comparisons library, issue 4), which are not wired in yet.";

    public RankingResult Rank(RankingQuery query)
    {
        if (query.By is "per-capita" or "share-of-gdp") return RankingResult.NotAvailable(NeedsComparisons);
        var key = (query with { Statuses = null }, string.Join(',', query.Statuses ?? RankingQuery.DefaultStatuses), store.ChangeMark());
        return cache.GetOrCreate(key, e =>
        {
            e.Size = 1;
            e.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(10);
            return Compute(query);
        })!;
    }

    public ActorStanding Standing(string actor, RankingQuery query)
    {
        var ranking = Rank(query with { Limit = int.MaxValue });
        var total = ranking.Rows.FirstOrDefault(r => r.Actor == actor);
        return new ActorStanding(actor, total, null, null, NeedsComparisons + (total is null ? $" {actor} has no quantified commitments in the ranking's currency." : ""));
    }

    private RankingResult Compute(RankingQuery q)
    {
        var filter = new EntryQuery(Statuses: q.Statuses ?? RankingQuery.DefaultStatuses, Stage: q.Stage, From: q.From, To: q.To,
            Recipient: q.Recipient, Purpose: q.Purpose, CommitmentsOnly: true);
        var statuses = string.Join(" and ", filter.Statuses!);
        if (q.By == "count")
        {
            var counts = store.Totals(filter, EntryGroup.Actor).Where(t => t.Key != "-").Select(t => (t.Key, Value: (decimal)t.Count, t.Count)).ToList();
            return new RankingResult(Ranked(counts, "commitments", q.Limit), $"Number of commitments ({statuses} entries) per actor.");
        }
        var currency = q.Currency ?? store.Totals(filter with { CommitmentsOnly = false, Currency = null }, EntryGroup.Currency)
            .Where(t => t.Key != "-").Select(t => t.Key).FirstOrDefault();
        if (currency is null) return new RankingResult([], "No quantified commitments match.");
        var totals = store.Totals(filter with { Currency = currency }, EntryGroup.Actor)
            .Where(t => t.Key != "-" && t.Amount is not null)
            .Select(t => (t.Key, Value: decimal.Round((decimal)t.Amount!.Value, 0), t.Count)).ToList();
        return new RankingResult(Ranked(totals, currency, q.Limit),
            $"Raw sum of amounts stated in {currency} ({statuses} entries); amounts in other currencies are not converted until the comparisons library (issue 4) is wired in.");
    }

    /// <summary>Largest first; equal values share the rank of the first of them (1, 2, 2, 4).</summary>
    private static List<RankingRow> Ranked(List<(string Actor, decimal Value, long Count)> rows, string unit, int limit)
    {
        var ordered = rows.OrderByDescending(r => r.Value).ThenBy(r => r.Actor, StringComparer.Ordinal).ToList();
        var result = new List<RankingRow>();
        for (int i = 0; i < ordered.Count && result.Count < limit; i++)
        {
            int rank = i > 0 && ordered[i].Value == ordered[i - 1].Value ? result[^1].Rank : i + 1;
            result.Add(new RankingRow(rank, ordered[i].Actor, null, ordered[i].Value, unit, ordered[i].Count));
        }
        return result;
    }
}
