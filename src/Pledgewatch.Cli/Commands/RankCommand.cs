using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch rank --by total|per-capita|share-of-gdp --type … [filters] [--breakdown purpose|instrument]
/// [--format table|csv|json] [--chart FILE]</c>: contributors ranked by their normalised amounts, parts of packages
/// counted in their package only. <c>--format json</c> is a contract read by scripts outside the repo: an array of
/// objects with <c>rank</c> (1 = largest, ties share a rank), <c>actor</c>, <c>name</c>, <c>value</c>, <c>unit</c> (EUR,
/// EUR per person, percent of GDP), then <c>total_eur</c>, <c>entries</c>, <c>excluded</c>, <c>basis</c>, and with
/// <c>--breakdown</c> a <c>breakdown</c> array of <c>{label, value}</c> that adds up to <c>value</c>.
/// </summary>
internal static class RankCommand
{
    public static Command Create()
    {
        var by = new Option<string>("--by") { Description = "total (EUR), per-capita (EUR per person) or share-of-gdp (percent).", DefaultValueFactory = _ => "total" };
        by.AcceptOnlyFromAmong([.. RankMetrics.Names]);
        var format = new Option<string>("--format") { Description = "table, csv or json.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "csv", "json");
        var chart = new Option<string?>("--chart") { Description = "Also draw a bar chart to this .svg or .png file (the rows shown, --top of them, at most 25)." };
        var top = new Option<int?>("--top") { Description = "Show only the first N rows (ties at the cut included)." };
        var breakdown = new Option<string?>("--breakdown")
        {
            Description = "Split each contributor's value by the purposes or instruments of its packages' parts; what no part accounts for is 'unassigned'.",
        };
        breakdown.AcceptOnlyFromAmong([.. Breakdowns.Names]);
        var filters = new ComparisonOptions();
        var db = LedgerAccess.DbOption();
        var command = new Command("rank", "Rank contributors by total, per capita or share of GDP.") { by, format, chart, top, breakdown, db };
        foreach (var o in filters.All) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var filter = filters.Filter(parse);
            var metric = RankMetrics.Parse(parse.GetValue(by)!);
            var chartPath = parse.GetValue(chart);
            if (chartPath is not null && RankChart.Unwritable(chartPath) is { } unwritable) throw new CliError(unwritable, ExitCodes.Usage);
            var ledger = LedgerAccess.OpenExisting(parse.GetValue(db));
            LedgerAccess.RequireDataset(ledger, filter.Dataset);
            var store = new ComparisonStore(ledger, ComparisonReference.Default);
            var ranking = new Ranker(store).Rank(metric, filter, parse.GetValue(breakdown));
            if (parse.GetValue(top) is < 1) throw new CliError("--top takes a positive number of rows", ExitCodes.Usage);
            var rows = parse.GetValue(top) is int n ? ranking.Rows.Where(r => r.Rank <= n).ToList() : ranking.Rows.ToList();
            switch (parse.GetValue(format))
            {
                case "json": Console.WriteLine(Json(rows, ranking.Breakdown is not null)); break;
                case "csv": Console.Write(Csv(rows, ranking.Breakdown is not null)); break;
                default: Console.Write(Table(ranking, rows)); break;
            }
            if (chartPath is not null && RankChart.Save(ranking, rows, chartPath) is { } error) throw new CliError(error, ExitCodes.Usage);
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string Json(IEnumerable<RankRow> rows, bool withBreakdown = false)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartArray();
            foreach (var r in rows) WriteRow(w, r, withExcluded: true, withBreakdown);
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>One ranking row as JSON (the rank contract: rank, actor, name, value, unit, and the figures behind them).</summary>
    internal static void WriteRow(Utf8JsonWriter w, RankRow r, bool withExcluded, bool withBreakdown = false)
    {
        w.WriteStartObject();
        w.WriteNumber("rank", r.Rank);
        w.WriteString("actor", r.Actor);
        w.WriteString("name", r.Name);
        w.WriteNumber("value", r.Value);
        w.WriteString("unit", r.Unit);
        w.WriteNumber("total_eur", r.TotalEur);
        w.WriteNumber("entries", r.Entries);
        if (withExcluded) w.WriteNumber("excluded", r.Excluded);
        w.WriteString("basis", r.Basis);
        if (withBreakdown)
        {
            w.WriteStartArray("breakdown");
            foreach (var share in r.Breakdown)
            {
                w.WriteStartObject();
                w.WriteString("label", share.Label);
                w.WriteNumber("value", share.Value);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>One line per contributor; with a breakdown, one line per contributor and label (the two last columns).</summary>
    private static string Csv(IEnumerable<RankRow> rows, bool withBreakdown)
    {
        var sb = new StringBuilder("rank,actor,name,value,unit,total_eur,entries,excluded,basis" + (withBreakdown ? ",breakdown,breakdown_value\n" : "\n"));
        foreach (var r in rows)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"{r.Rank},{r.Actor},{Quote(r.Name)},{r.Value:R},{r.Unit},{r.TotalEur:R},{r.Entries},{r.Excluded},{Quote(r.Basis)}");
            if (!withBreakdown) sb.Append(line).Append('\n');
            foreach (var share in withBreakdown ? r.Breakdown : [])
                sb.Append(CultureInfo.InvariantCulture, $"{line},{Quote(share.Label)},{share.Value:R}\n");
        }
        return sb.ToString();
    }

    private static string Quote(string s) => s.Contains(',') || s.Contains('"') ? $"\"{s.Replace("\"", "\"\"")}\"" : s;

    private static string Table(Ranking ranking, IReadOnlyList<RankRow> rows)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{RankTitle.Of(ranking)}\n");
        if (rows.Count == 0) sb.Append("no quantified entries match\n");
        int nameWidth = Math.Max(4, rows.Select(r => r.Name.Length).DefaultIfEmpty(0).Max());
        foreach (var r in rows)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{r.Rank,4}  {r.Actor,-4} {r.Name.PadRight(nameWidth)}  {RankMetrics.Format(ranking.Metric, r.Value),24}  {r.Entries,7} entries  {r.Basis}\n");
            foreach (var share in r.Breakdown)
                sb.Append(CultureInfo.InvariantCulture, $"{"",10}{share.Label.PadRight(nameWidth)}  {RankMetrics.Format(ranking.Metric, share.Value),24}\n");
        }
        foreach (var u in ranking.Unranked) sb.Append(CultureInfo.InvariantCulture, $"   -  not ranked: {u}\n");
        return sb.ToString();
    }
}
