namespace Pledgewatch.Comparisons.Storage;

/// <summary>
/// The comparison tables, beside the ledger's in the same database, written so both SQLite and PostgreSQL run them as
/// they are. They are derived data: dropping them loses nothing (the next ranking rebuilds them), which is how a
/// change of their layout (<see cref="Layout"/>) is migrated.
/// </summary>
internal static class ComparisonSql
{
    /// <summary>
    /// The layout of the derived tables; a database with another is dropped and rebuilt (2: entry status kept; 3: parts
    /// left out of the values, breakdowns by their purposes and instruments in <c>comparison_parts</c>; 4: the source is
    /// the entry's dataset, coded rows that are the same commitment as an imported one marked for the combined view).
    /// </summary>
    public const string Layout = "4";

    public const string CreateState = "CREATE TABLE IF NOT EXISTS comparison_state (name TEXT PRIMARY KEY, value TEXT NOT NULL)";

    public const string DropDerived = """
        DROP TABLE IF EXISTS comparison_values; DROP TABLE IF EXISTS comparison_totals; DROP TABLE IF EXISTS comparison_parts;
        DELETE FROM comparison_state;
        """;

    public const string CreateSchema = """
        CREATE TABLE IF NOT EXISTS comparison_values (
            entry_id BIGINT NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL, stage TEXT NOT NULL, status TEXT NOT NULL, day TEXT NOT NULL,
            source TEXT NOT NULL, recipients TEXT NOT NULL, currency TEXT, amount DOUBLE PRECISION NOT NULL,
            eur DOUBLE PRECISION, usd DOUBLE PRECISION, rate_day TEXT, problem TEXT,
            eur_per_capita DOUBLE PRECISION, population_year BIGINT, pct_gdp DOUBLE PRECISION, gdp_basis TEXT, same_as BIGINT, in_all BIGINT NOT NULL);
        CREATE INDEX IF NOT EXISTS comparison_values_by_entry ON comparison_values (entry_id);
        CREATE INDEX IF NOT EXISTS comparison_values_by_day ON comparison_values (day);
        CREATE TABLE IF NOT EXISTS comparison_totals (
            actor TEXT NOT NULL, kind TEXT NOT NULL, stage TEXT NOT NULL, status TEXT NOT NULL, source TEXT NOT NULL,
            recipients TEXT NOT NULL, month TEXT NOT NULL, in_all BIGINT NOT NULL, entries BIGINT NOT NULL, eur DOUBLE PRECISION, eur_per_capita DOUBLE PRECISION,
            pct_gdp DOUBLE PRECISION, no_rate BIGINT NOT NULL, no_population BIGINT NOT NULL, no_gdp BIGINT NOT NULL,
            population_from BIGINT, population_to BIGINT, gdp_basis_first TEXT, gdp_basis_last TEXT, first_day TEXT, last_day TEXT);
        CREATE INDEX IF NOT EXISTS comparison_totals_by_month ON comparison_totals (month);
        CREATE TABLE IF NOT EXISTS comparison_parts (
            entry_id BIGINT NOT NULL, dimension TEXT NOT NULL, label TEXT NOT NULL, share DOUBLE PRECISION NOT NULL);
        CREATE INDEX IF NOT EXISTS comparison_parts_by_entry ON comparison_parts (entry_id, dimension);
        CREATE TABLE IF NOT EXISTS comparison_gdp_baselines (
            source TEXT NOT NULL, actor TEXT NOT NULL, gdp_eur DOUBLE PRECISION NOT NULL, basis TEXT NOT NULL,
            PRIMARY KEY (source, actor));
        CREATE INDEX IF NOT EXISTS entries_by_updated_at ON entries (updated_at);
        """;

    public const string SelectState = "SELECT value FROM comparison_state WHERE name = @name";

    public const string DeleteState = "DELETE FROM comparison_state WHERE name = @name";

    public const string InsertState = "INSERT INTO comparison_state (name, value) VALUES (@name, @value)";

    public const string LatestUpdate = "SELECT MAX(updated_at) FROM entries";

    public const string DeleteAllValues = "DELETE FROM comparison_values; DELETE FROM comparison_totals; DELETE FROM comparison_parts";

    /// <summary>
    /// The entries to renormalise: those changed at or after <c>@since</c>, and the packages of those (a part's change
    /// changes its package's breakdown; a part attached or detached was changed itself, and its packages were marked).
    /// </summary>
    private const string Changed = """
        SELECT id FROM entries WHERE updated_at >= @since
        UNION SELECT parent_id FROM entries WHERE updated_at >= @since AND parent_id IS NOT NULL
        """;

    /// <summary>The months (yyyy-MM) of the rows of entries changed since the last refresh: their totals are recomputed.</summary>
    public const string ChangedMonths = "SELECT DISTINCT substr(day, 1, 7) FROM comparison_values WHERE entry_id IN (" + Changed + ")";

    public const string DeleteTotalsOfMonth = "DELETE FROM comparison_totals WHERE month = @month";

    /// <summary>
    /// Per actor, kind, stage, status, source, recipients, month and whether the combined view counts them (<c>in_all</c>:
    /// not the same commitment as an imported row): the sums rankings read instead of every row.
    /// </summary>
    public const string InsertTotals = """
        INSERT INTO comparison_totals (actor, kind, stage, status, source, recipients, month, in_all, entries, eur, eur_per_capita, pct_gdp,
            no_rate, no_population, no_gdp, population_from, population_to, gdp_basis_first, gdp_basis_last, first_day, last_day)
        SELECT actor, kind, stage, status, source, recipients, substr(day, 1, 7), in_all,
               COUNT(*), SUM(eur), SUM(eur_per_capita), SUM(pct_gdp),
               SUM(CASE WHEN eur IS NULL THEN 1 ELSE 0 END),
               SUM(CASE WHEN eur IS NOT NULL AND eur_per_capita IS NULL THEN 1 ELSE 0 END),
               SUM(CASE WHEN eur IS NOT NULL AND pct_gdp IS NULL THEN 1 ELSE 0 END),
               MIN(population_year), MAX(population_year), MIN(gdp_basis), MAX(gdp_basis), MIN(day), MAX(day)
        FROM comparison_values {where}
        GROUP BY actor, kind, stage, status, source, recipients, substr(day, 1, 7), in_all
        """;

    /// <summary>Rows of entries changed since the last refresh (or all, with the earliest possible time).</summary>
    public const string DeleteChangedValues = "DELETE FROM comparison_values WHERE entry_id IN (" + Changed + "); DELETE FROM comparison_parts WHERE entry_id IN (" + Changed + ")";

    /// <summary>
    /// Live quantified wholes changed at or after <c>@since</c> (see <see cref="Changed"/>), with their dataset (the
    /// source of their values). <c>amount</c> is the ledger's indexed copy of
    /// the commitment's value. Parts are left out: their package's amount includes theirs (EVENTS.md, "Packages, parts,
    /// shares and totals": a ranking sums records without part_of).
    /// </summary>
    public const string ChangedEntries = """
        SELECT e.id, e.status, e.fields, e.dataset
        FROM entries e
        WHERE e.id IN (
        """ + Changed + """
        ) AND e.merged_into IS NULL AND e.amount IS NOT NULL AND e.parent_id IS NULL
        """;

    /// <summary>The live parts of the entries <see cref="ChangedEntries"/> reads, for their breakdowns.</summary>
    public const string PartsOfChanged = """
        SELECT e.parent_id AS parentId, e.status, e.fields FROM entries e
        WHERE e.merged_into IS NULL AND e.parent_id IN (
        """ + Changed + """
        ) ORDER BY e.id
        """;

    public const string InsertShare = "INSERT INTO comparison_parts (entry_id, dimension, label, share) VALUES (@EntryId, @Dimension, @Label, @Share)";

    /// <summary>
    /// Per actor and label of one breakdown dimension: the values of the rows times the shares of their entries, with
    /// the ranking's conditions in place of <c>{filters}</c> (on <c>v</c>). Read from the rows: a breakdown is asked
    /// for rarely, and its sums are those of the ranking it breaks down.
    /// </summary>
    public const string BreakdownTemplate = """
        SELECT v.actor, p.label, SUM(v.eur * p.share) AS eur, SUM(v.eur_per_capita * p.share) AS eurPerCapita, SUM(v.pct_gdp * p.share) AS pctGdp
        FROM comparison_values v JOIN comparison_parts p ON p.entry_id = v.entry_id AND p.dimension = @dimension
        WHERE 1 = 1 {filters}
        GROUP BY v.actor, p.label
        """;

    public const string InsertValue = """
        INSERT INTO comparison_values (entry_id, actor, kind, stage, status, day, source, recipients, currency, amount, eur, usd,
            rate_day, problem, eur_per_capita, population_year, pct_gdp, gdp_basis, same_as, in_all)
        VALUES (@EntryId, @Actor, @Kind, @Stage, @Status, @Day, @Source, @Recipients, @Currency, @Amount, @Eur, @Usd,
            @RateDay, @Problem, @EurPerCapita, @PopulationYear, @PctGdp, @GdpBasis, NULL, 1)
        """;

    /// <summary>
    /// Every live quantified entry changed at or after <c>@since</c>, parts and unquantified stages included: each gets
    /// its amount in EUR in the ledger (<c>entries.amount_eur</c>, which sorting and filtering by amount read).
    /// </summary>
    public const string ChangedAmounts = """
        SELECT id, currency, amount, date_from AS dateFrom FROM entries
        WHERE id IN (
        """ + Changed + """
        ) AND merged_into IS NULL AND amount IS NOT NULL
        """;

    public const string SetAmountEur = "UPDATE entries SET amount_eur = @Eur WHERE id = @Id";

    /// <summary>
    /// The rows of the days from <c>@first</c> to <c>@last</c> the combined view may match
    /// (<see cref="Datasets.CommitmentMatcher"/>): converted, not rejected or orphaned, of entries with one donor.
    /// </summary>
    public const string MatchCandidates = """
        SELECT v.entry_id AS entryId, v.source AS dataset, v.actor, v.recipients, substr(v.day, 1, 7) AS month, v.eur
        FROM comparison_values v
        WHERE v.day >= @first AND v.day <= @last AND v.eur IS NOT NULL AND v.status NOT IN ('rejected', 'orphaned')
          AND (SELECT COUNT(*) FROM comparison_values w WHERE w.entry_id = v.entry_id) = 1
        """;

    /// <summary><c>in_all</c> is 0 for a row the combined view leaves out (it has <c>same_as</c>), else 1; values and totals both carry it.</summary>
    public const string ClearValueMatches = "UPDATE comparison_values SET same_as = NULL, in_all = 1 WHERE day >= @first AND day <= @last AND same_as IS NOT NULL";

    public const string SetValueMatch = "UPDATE comparison_values SET same_as = @imported, in_all = 0 WHERE entry_id = @coded";

    /// <summary>The ledger's copy of the matches (<c>entries.same_as</c>, which lists read) of the entries announced in a month.</summary>
    public const string ClearEntryMatches = "UPDATE entries SET same_as = NULL WHERE same_as IS NOT NULL AND date_from >= @first AND date_from <= @last";

    /// <summary>Changed entries may have left the month they matched in, or lost their amount.</summary>
    public const string ClearChangedEntryMatches = "UPDATE entries SET same_as = NULL WHERE same_as IS NOT NULL AND id IN (" + Changed + ")";

    public const string SetEntryMatch = "UPDATE entries SET same_as = @imported WHERE id = @coded";

    public const string SelectBaselines = "SELECT source, actor, gdp_eur AS gdpEur, basis FROM comparison_gdp_baselines";

    public const string DeleteBaseline = "DELETE FROM comparison_gdp_baselines WHERE source = @source AND actor = @actor";

    public const string InsertBaseline = "INSERT INTO comparison_gdp_baselines (source, actor, gdp_eur, basis) VALUES (@source, @actor, @gdpEur, @basis)";

    /// <summary>
    /// Totals per actor over <c>{parts}</c>: <see cref="TotalsPart"/> for whole months and <see cref="RowsPart"/> for
    /// the days of months cut by a date filter, each with its <c>AND …</c> conditions in place of <c>{filters}</c>.
    /// Unconverted rows are counted, never summed as zero.
    /// </summary>
    public const string RankTemplate = """
        SELECT actor, SUM(entries) AS entries, SUM(eur) AS eur, SUM(eur_per_capita) AS eurPerCapita, SUM(pct_gdp) AS pctGdp,
               SUM(no_rate) AS noRate, SUM(no_population) AS noPopulation, SUM(no_gdp) AS noGdp,
               MIN(population_from) AS populationFrom, MAX(population_to) AS populationTo,
               MIN(gdp_basis_first) AS gdpBasisFirst, MAX(gdp_basis_last) AS gdpBasisLast,
               MIN(first_day) AS firstDay, MAX(last_day) AS lastDay
        FROM ({parts}) AS parts
        GROUP BY actor
        """;

    /// <summary>Whole months from the totals.</summary>
    public const string TotalsPart = """
        SELECT actor, entries, eur, eur_per_capita, pct_gdp, no_rate, no_population, no_gdp, population_from, population_to,
               gdp_basis_first, gdp_basis_last, first_day, last_day
        FROM comparison_totals WHERE 1 = 1 {filters}
        """;

    /// <summary>Days of a month cut by --from or --to, from the rows (a range on the day index).</summary>
    public const string RowsPart = """
        SELECT actor, 1 AS entries, eur, eur_per_capita, pct_gdp,
               CASE WHEN eur IS NULL THEN 1 ELSE 0 END AS no_rate,
               CASE WHEN eur IS NOT NULL AND eur_per_capita IS NULL THEN 1 ELSE 0 END AS no_population,
               CASE WHEN eur IS NOT NULL AND pct_gdp IS NULL THEN 1 ELSE 0 END AS no_gdp,
               population_year AS population_from, population_year AS population_to, gdp_basis AS gdp_basis_first,
               gdp_basis AS gdp_basis_last, day AS first_day, day AS last_day
        FROM comparison_values WHERE 1 = 1 {filters}
        """;
}
