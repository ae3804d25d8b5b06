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
    private const string ReferenceState = "reference", UpdatedState = "updated_at", LayoutState = "layout";

    /// <summary>The advisory lock key under which the comparison tables are created or rebuilt.</summary>
    private const long SchemaLock = 0x636F6D70; // "comp"

    private readonly LedgerStore _ledger;
    private readonly ComparisonReference _reference;

    public ComparisonStore(LedgerStore ledger, ComparisonReference reference)
    {
        _ledger = ledger;
        _reference = reference;
        using var c = ledger.OpenConnection();
        using var tx = ledger.BeginWrite(c);
        ledger.LockKeys(c, tx, [SchemaLock]); // PostgreSQL: one process sets the tables up at a time (SQLite's write lock does it there)
        c.Execute(ComparisonSql.CreateState, transaction: tx);
        if (State(c, tx, LayoutState) != ComparisonSql.Layout)
        {
            c.Execute(ComparisonSql.DropDerived, transaction: tx);
            SetState(c, tx, LayoutState, ComparisonSql.Layout);
        }
        c.Execute(ComparisonSql.CreateSchema, transaction: tx);
        tx.Commit();
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
        var months = full ? new HashSet<string>(StringComparer.Ordinal) : c.Query<string>(ComparisonSql.ChangedMonths, new { since }, tx).ToHashSet(StringComparer.Ordinal);
        c.Execute(full ? ComparisonSql.DeleteAllValues : ComparisonSql.DeleteChangedValues, new { since }, tx);
        var normaliser = new Normaliser(_reference, Baselines(c, tx));
        var entries = c.Query<ChangedEntryRow>(ComparisonSql.ChangedEntries, new { since }, tx, buffered: true);
        var parts = c.Query<PartRow>(ComparisonSql.PartsOfChanged, new { since }, tx)
            .ToLookup(p => p.ParentId, p => (p.Status, EntryJson.DeserializeFields(p.Fields)));
        int entryCount = 0;
        var rows = new List<NormalisedValue>(4096);
        var shares = new List<PartShare>(4096);
        int rowCount = 0;
        foreach (var e in entries)
        {
            entryCount++;
            var fields = EntryJson.DeserializeFields(e.Fields);
            int before = rows.Count;
            foreach (var row in normaliser.Rows(e.Id, e.Status, fields, e.Dataset))
            {
                rows.Add(row);
                months.Add(row.Day[..7]);
            }
            if (rows.Count > before) shares.AddRange(normaliser.Shares(e.Id, fields, parts[e.Id]));
            if (rows.Count >= 4096) rowCount += Flush(c, tx, rows);
            if (shares.Count >= 4096) Flush(c, tx, shares);
        }
        rowCount += Flush(c, tx, rows);
        Flush(c, tx, shares);
        ConvertAmounts(c, tx, since);
        Match(c, tx, months, since);
        // The monthly totals rankings read: all of them after a rebuild, else those of the months touched.
        if (full) c.Execute(ComparisonSql.InsertTotals.Replace("{where}", "", StringComparison.Ordinal), transaction: tx);
        foreach (var month in full ? [] : months)
        {
            c.Execute(ComparisonSql.DeleteTotalsOfMonth, new { month }, tx);
            c.Execute(ComparisonSql.InsertTotals.Replace("{where}", "WHERE day >= @first AND day <= @last", StringComparison.Ordinal),
                new { first = month + "-01", last = month + "-31" }, tx);
        }
        SetState(c, tx, ReferenceState, _reference.Version);
        SetState(c, tx, UpdatedState, latest ?? "");
        tx.Commit();
        return new RefreshSummary(entryCount, rowCount, full, clock.Elapsed);
    }

    /// <summary>Writes the amount in EUR of every quantified entry changed since <paramref name="since"/> into the ledger (<c>entries.amount_eur</c>).</summary>
    private void ConvertAmounts(DbConnection c, DbTransaction tx, string since)
    {
        var converted = new List<(long Id, double? Eur)>();
        foreach (var (id, currency, amount, dateFrom) in c.Query<(long, string?, double, string)>(ComparisonSql.ChangedAmounts, new { since }, tx))
        {
            var day = DateOnly.ParseExact(dateFrom, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            converted.Add((id, _reference.Converter.Convert(amount, currency, day).Eur));
        }
        c.Execute(ComparisonSql.SetAmountEur, converted.Select(x => new { x.Id, x.Eur }), tx);
    }

    /// <summary>
    /// Matches coded entries with imported ones (<see cref="Datasets.CommitmentMatcher"/>) in every month touched: the
    /// rows and the ledger's entries say which coded entry is the same commitment as which imported one.
    /// </summary>
    private static void Match(DbConnection c, DbTransaction tx, IEnumerable<string> months, string since)
    {
        c.Execute(ComparisonSql.ClearChangedEntryMatches, new { since }, tx);
        foreach (var month in months)
        {
            var range = new { first = month + "-01", last = month + "-31" };
            c.Execute(ComparisonSql.ClearValueMatches, range, tx);
            c.Execute(ComparisonSql.ClearEntryMatches, range, tx);
            var candidates = c.Query<(long EntryId, string Dataset, string Actor, string Recipients, string Month, double Eur)>(ComparisonSql.MatchCandidates, range, tx)
                .Select(r => new Datasets.CommitmentMatcher.Candidate(r.EntryId, r.Dataset, r.Actor, r.Recipients, r.Month, r.Eur));
            var pairs = Datasets.CommitmentMatcher.Match(candidates).Select(p => new { coded = p.Coded, imported = p.Imported }).ToList();
            c.Execute(ComparisonSql.SetValueMatch, pairs, tx);
            c.Execute(ComparisonSql.SetEntryMatch, pairs, tx);
        }
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

    /// <summary>
    /// Sums per actor under <paramref name="filter"/>, from the values as last refreshed: whole months from the monthly
    /// totals, the days of a month cut by <c>From</c> or <c>To</c> from the rows themselves.
    /// </summary>
    public IReadOnlyList<ActorTotals> Totals(RankFilter filter)
    {
        var p = new DynamicParameters();
        var common = Conditions(filter, p, "");
        var window = MonthWindow.Of(filter.From, filter.To);
        var parts = new List<string>();
        if (window.HasWholeMonths)
        {
            var conditions = new List<string>(common);
            if (window.FirstMonth is { } fm) { conditions.Add("month >= @firstMonth"); p.Add("firstMonth", fm); }
            if (window.LastMonth is { } lm) { conditions.Add("month <= @lastMonth"); p.Add("lastMonth", lm); }
            parts.Add(ComparisonSql.TotalsPart.Replace("{filters}", And(conditions), StringComparison.Ordinal));
        }
        for (int i = 0; i < window.EdgeDays.Count; i++)
        {
            var (first, last) = window.EdgeDays[i];
            var conditions = new List<string>(common) { $"day >= @edgeFrom{i}", $"day <= @edgeTo{i}" };
            p.Add($"edgeFrom{i}", Conversion.ExchangeRates.Iso(first));
            p.Add($"edgeTo{i}", Conversion.ExchangeRates.Iso(last));
            parts.Add(ComparisonSql.RowsPart.Replace("{filters}", And(conditions), StringComparison.Ordinal));
        }
        if (parts.Count == 0) return [];
        var sql = ComparisonSql.RankTemplate.Replace("{parts}", string.Join(" UNION ALL ", parts), StringComparison.Ordinal);
        using var c = _ledger.OpenConnection();
        return c.Query<ActorTotals>(sql, p).ToList();
    }

    /// <summary>
    /// Sums per actor and label of a breakdown <paramref name="dimension"/> (<see cref="Breakdowns"/>) under
    /// <paramref name="filter"/>, from the values as last refreshed. The labels of one actor add up to its totals.
    /// </summary>
    public IReadOnlyList<BreakdownRow> Breakdown(RankFilter filter, string dimension)
    {
        var p = new DynamicParameters();
        p.Add("dimension", dimension);
        var conditions = Conditions(filter, p, "v.");
        if (filter.From is { } from) { conditions.Add("v.day >= @from"); p.Add("from", Conversion.ExchangeRates.Iso(from)); }
        if (filter.To is { } to) { conditions.Add("v.day <= @to"); p.Add("to", Conversion.ExchangeRates.Iso(to)); }
        using var c = _ledger.OpenConnection();
        return c.Query<BreakdownRow>(ComparisonSql.BreakdownTemplate.Replace("{filters}", And(conditions), StringComparison.Ordinal), p).ToList();
    }

    /// <summary>The conditions of a filter other than dates, on columns the values and the totals share (prefixed by <paramref name="table"/>).</summary>
    private static List<string> Conditions(RankFilter filter, DynamicParameters p, string table)
    {
        var conditions = new List<string>();
        if (filter.Type is { } type) { conditions.Add($"{table}kind = @kind"); p.Add("kind", type); }
        if (filter.Stage is { } stage) { conditions.Add($"{table}stage = @stage"); p.Add("stage", stage); }
        if (filter.Recipient is { } recipient) { conditions.Add($"{table}recipients LIKE @recipient"); p.Add("recipient", $"%+{recipient}+%"); }
        // One dataset, or the combined view: every dataset, a coded row that is an imported commitment left out.
        if (filter.Dataset == Ledger.Dataset.All) conditions.Add($"{table}in_all = 1");
        else { conditions.Add($"{table}source = @source"); p.Add("source", filter.Dataset); }
        var statuses = filter.StatusList;
        conditions.Add($"{table}status IN ({string.Join(", ", statuses.Select((_, i) => $"@status{i}"))})");
        for (int i = 0; i < statuses.Count; i++) p.Add($"status{i}", statuses[i]);
        return conditions;
    }

    private static string And(IEnumerable<string> conditions) => string.Concat(conditions.Select(x => " AND " + x));

    /// <summary>Every normalised row of one entry (for showing how an amount was converted).</summary>
    public IReadOnlyList<NormalisedValue> ValuesOf(long entryId)
    {
        using var c = _ledger.OpenConnection();
        return c.Query<NormalisedValue>("""
            SELECT entry_id AS entryId, actor, kind, stage, status, day, source, recipients, currency, amount, eur, usd, rate_day AS rateDay,
                   problem, eur_per_capita AS eurPerCapita, population_year AS populationYear, pct_gdp AS pctGdp, gdp_basis AS gdpBasis, same_as AS sameAs
            FROM comparison_values WHERE entry_id = @entryId ORDER BY actor
            """, new { entryId }).ToList();
    }

    private static void Flush(DbConnection c, DbTransaction tx, List<PartShare> shares)
    {
        if (shares.Count == 0) return;
        c.Execute(ComparisonSql.InsertShare, shares, tx);
        shares.Clear();
    }

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
