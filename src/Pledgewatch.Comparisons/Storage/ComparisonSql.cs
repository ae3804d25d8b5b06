namespace Pledgewatch.Comparisons.Storage;

/// <summary>
/// The comparison tables, beside the ledger's in the same database, written so both SQLite and PostgreSQL run them as
/// they are. They are derived data: dropping them loses nothing (the next ranking rebuilds them).
/// </summary>
internal static class ComparisonSql
{
    public const string CreateSchema = """
        CREATE TABLE IF NOT EXISTS comparison_values (
            entry_id BIGINT NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL, stage TEXT NOT NULL, day TEXT NOT NULL,
            source TEXT NOT NULL, recipients TEXT NOT NULL, currency TEXT, amount DOUBLE PRECISION NOT NULL,
            eur DOUBLE PRECISION, usd DOUBLE PRECISION, rate_day TEXT, problem TEXT,
            eur_per_capita DOUBLE PRECISION, population_year BIGINT, pct_gdp DOUBLE PRECISION, gdp_basis TEXT);
        CREATE INDEX IF NOT EXISTS comparison_values_by_entry ON comparison_values (entry_id);
        CREATE INDEX IF NOT EXISTS comparison_values_by_kind ON comparison_values (kind, actor, eur, eur_per_capita, pct_gdp);
        CREATE TABLE IF NOT EXISTS comparison_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS comparison_gdp_baselines (
            source TEXT NOT NULL, actor TEXT NOT NULL, gdp_eur DOUBLE PRECISION NOT NULL, basis TEXT NOT NULL,
            PRIMARY KEY (source, actor));
        CREATE INDEX IF NOT EXISTS entries_by_updated_at ON entries (updated_at);
        """;

    public const string SelectState = "SELECT value FROM comparison_state WHERE name = @name";

    public const string DeleteState = "DELETE FROM comparison_state WHERE name = @name";

    public const string InsertState = "INSERT INTO comparison_state (name, value) VALUES (@name, @value)";

    public const string LatestUpdate = "SELECT MAX(updated_at) FROM entries";

    public const string DeleteAllValues = "DELETE FROM comparison_values";

    /// <summary>Rows of entries changed since the last refresh (or all, with the earliest possible time).</summary>
    public const string DeleteChangedValues = "DELETE FROM comparison_values WHERE entry_id IN (SELECT id FROM entries WHERE updated_at >= @since)";

    /// <summary>
    /// Live quantified entries changed at or after <c>@since</c>, with the smallest source document id (which tells a
    /// dataset's entries from coded reports). <c>amount</c> is the ledger's indexed copy of the commitment's value.
    /// </summary>
    public const string ChangedEntries = """
        SELECT e.id, e.status, e.fields, (SELECT MIN(s.doc) FROM entry_sources s WHERE s.entry_id = e.id) AS doc
        FROM entries e
        WHERE e.updated_at >= @since AND e.merged_into IS NULL AND e.amount IS NOT NULL
        """;

    public const string InsertValue = """
        INSERT INTO comparison_values (entry_id, actor, kind, stage, day, source, recipients, currency, amount, eur, usd,
            rate_day, problem, eur_per_capita, population_year, pct_gdp, gdp_basis)
        VALUES (@EntryId, @Actor, @Kind, @Stage, @Day, @Source, @Recipients, @Currency, @Amount, @Eur, @Usd,
            @RateDay, @Problem, @EurPerCapita, @PopulationYear, @PctGdp, @GdpBasis)
        """;

    public const string SelectBaselines = "SELECT source, actor, gdp_eur AS gdpEur, basis FROM comparison_gdp_baselines";

    public const string DeleteBaseline = "DELETE FROM comparison_gdp_baselines WHERE source = @source AND actor = @actor";

    public const string InsertBaseline = "INSERT INTO comparison_gdp_baselines (source, actor, gdp_eur, basis) VALUES (@source, @actor, @gdpEur, @basis)";

    /// <summary>
    /// Totals per actor under filters the caller appends as <c>AND …</c> conditions in place of <c>{filters}</c>.
    /// Unconverted rows are counted, never summed as zero.
    /// </summary>
    public const string RankTemplate = """
        SELECT actor, COUNT(*) AS entries,
               SUM(eur) AS eur, SUM(eur_per_capita) AS eurPerCapita, SUM(pct_gdp) AS pctGdp,
               SUM(CASE WHEN eur IS NULL THEN 1 ELSE 0 END) AS noRate,
               SUM(CASE WHEN eur IS NOT NULL AND eur_per_capita IS NULL THEN 1 ELSE 0 END) AS noPopulation,
               SUM(CASE WHEN eur IS NOT NULL AND pct_gdp IS NULL THEN 1 ELSE 0 END) AS noGdp,
               MIN(population_year) AS populationFrom, MAX(population_year) AS populationTo,
               MIN(gdp_basis) AS gdpBasisFirst, MAX(gdp_basis) AS gdpBasisLast,
               MIN(day) AS firstDay, MAX(day) AS lastDay
        FROM comparison_values WHERE 1 = 1 {filters}
        GROUP BY actor
        """;
}
