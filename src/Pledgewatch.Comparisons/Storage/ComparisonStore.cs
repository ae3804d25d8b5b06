using System.Data.Common;
using System.Diagnostics;
using Dapper;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Comparisons.Storage;

/// <summary>
/// The normalised values of a ledger, kept in <c>comparison_values</c> beside it: a materialised table refreshed on
/// demand (every ranking refreshes first), incrementally by the entries' <c>updated_at</c>, and rebuilt whole when the
/// reference data or a dataset's GDP baselines change. Rankings then aggregate one indexed table.
/// </summary>
internal sealed class ComparisonStore
{
    private const string ReferenceState = "reference", UpdatedState = "updated_at";

    private readonly LedgerStore _ledger;
    private readonly ComparisonReference _reference;

    public ComparisonStore(LedgerStore ledger, ComparisonReference reference)
    {
        _ledger = ledger;
        _reference = reference;
        using var c = ledger.OpenConnection();
        c.Execute(ComparisonSql.CreateSchema);
    }

    public ComparisonReference Reference => _reference;

    /// <summary>Brings <c>comparison_values</c> up to date with the ledger; returns how many entries were (re)normalised.</summary>
    public RefreshSummary Refresh()
    {
        var clock = Stopwatch.StartNew();
        using var c = _ledger.OpenConnection();
        using var tx = _ledger.BeginWrite(c);
        var latest = c.ExecuteScalar<string?>(ComparisonSql.LatestUpdate, transaction: tx);
        var seen = State(c, tx, UpdatedState);
        bool full = State(c, tx, ReferenceState) != _reference.Version;
        if (!full && (latest is null || latest == seen)) return new RefreshSummary(0, 0, false, clock.Elapsed);

        var since = full || seen is null ? "" : seen;
        c.Execute(full ? ComparisonSql.DeleteAllValues : ComparisonSql.DeleteChangedValues, new { since }, tx);
        var normaliser = new Normaliser(_reference, Baselines(c, tx));
        var entries = c.Query<ChangedEntryRow>(ComparisonSql.ChangedEntries, new { since }, tx, buffered: true);
        int entryCount = 0;
        var rows = new List<NormalisedValue>(4096);
        int rowCount = 0;
        foreach (var e in entries)
        {
            entryCount++;
            rows.AddRange(normaliser.Rows(e.Id, e.Status, EntryJson.DeserializeFields(e.Fields), DatasetSources.Of(e.Doc)));
            if (rows.Count >= 4096) rowCount += Flush(c, tx, rows);
        }
        rowCount += Flush(c, tx, rows);
        SetState(c, tx, ReferenceState, _reference.Version);
        SetState(c, tx, UpdatedState, latest ?? "");
        tx.Commit();
        return new RefreshSummary(entryCount, rowCount, full, clock.Elapsed);
    }

    /// <summary>Records a dataset's GDP baselines (replacing earlier ones) and marks the values for a full rebuild.</summary>
    public void SaveBaselines(string source, IReadOnlyDictionary<string, GdpBaseline> baselines)
    {
        using var c = _ledger.OpenConnection();
        using var tx = _ledger.BeginWrite(c);
        foreach (var (actor, b) in baselines)
        {
            c.Execute(ComparisonSql.DeleteBaseline, new { source, actor }, tx);
            c.Execute(ComparisonSql.InsertBaseline, new { source, actor, gdpEur = b.GdpEur, basis = b.Basis }, tx);
        }
        c.Execute(ComparisonSql.DeleteState, new { name = ReferenceState }, tx);
        tx.Commit();
    }

    /// <summary>Sums per actor under <paramref name="filter"/>, from the values as last refreshed.</summary>
    public IReadOnlyList<ActorTotals> Totals(RankFilter filter)
    {
        var conditions = new List<string>();
        var p = new DynamicParameters();
        if (filter.Type is { } type) { conditions.Add("kind = @kind"); p.Add("kind", type); }
        if (filter.Stage is { } stage) { conditions.Add("stage = @stage"); p.Add("stage", stage); }
        if (filter.From is { } from) { conditions.Add("day >= @from"); p.Add("from", ExchangeRatesIso(from)); }
        if (filter.To is { } to) { conditions.Add("day <= @to"); p.Add("to", ExchangeRatesIso(to)); }
        if (filter.Recipient is { } recipient) { conditions.Add("recipients LIKE @recipient"); p.Add("recipient", $"%+{recipient}+%"); }
        if (filter.Source is { } source) { conditions.Add("source = @source"); p.Add("source", source); }
        var sql = ComparisonSql.RankTemplate.Replace("{filters}", string.Concat(conditions.Select(x => " AND " + x)), StringComparison.Ordinal);
        using var c = _ledger.OpenConnection();
        return c.Query<ActorTotals>(sql, p).ToList();
    }

    /// <summary>Every normalised row of one entry (for showing how an amount was converted).</summary>
    public IReadOnlyList<NormalisedValue> ValuesOf(long entryId)
    {
        using var c = _ledger.OpenConnection();
        return c.Query<NormalisedValue>("""
            SELECT entry_id AS entryId, actor, kind, stage, day, source, recipients, currency, amount, eur, usd, rate_day AS rateDay,
                   problem, eur_per_capita AS eurPerCapita, population_year AS populationYear, pct_gdp AS pctGdp, gdp_basis AS gdpBasis
            FROM comparison_values WHERE entry_id = @entryId ORDER BY actor
            """, new { entryId }).ToList();
    }

    private static string ExchangeRatesIso(DateOnly d) => Conversion.ExchangeRates.Iso(d);

    private static int Flush(DbConnection c, DbTransaction tx, List<NormalisedValue> rows)
    {
        if (rows.Count == 0) return 0;
        c.Execute(ComparisonSql.InsertValue, rows, tx);
        var n = rows.Count;
        rows.Clear();
        return n;
    }

    private static Dictionary<(string Source, string Actor), GdpBaseline> Baselines(DbConnection c, DbTransaction tx) =>
        c.Query<BaselineRow>(ComparisonSql.SelectBaselines, transaction: tx)
            .ToDictionary(b => (b.Source, b.Actor), b => new GdpBaseline(b.GdpEur, b.Basis));

    private static string? State(DbConnection c, DbTransaction tx, string name) =>
        c.ExecuteScalar<string?>(ComparisonSql.SelectState, new { name }, tx);

    private static void SetState(DbConnection c, DbTransaction tx, string name, string value)
    {
        c.Execute(ComparisonSql.DeleteState, new { name }, tx);
        c.Execute(ComparisonSql.InsertState, new { name, value }, tx);
    }
}
