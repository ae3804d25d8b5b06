using System.Globalization;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger;
using Pledgewatch.Records;
using Pledgewatch.Reference;

namespace Pledgewatch.Comparisons.Kiel;

/// <summary>
/// Reads the Kiel Institute's Ukraine Support Tracker as published on its website (<c>data_explorer.csv</c>: monthly
/// allocations per donor in billions of EUR, split into financial, humanitarian and military, with the donor's GDP in
/// billions of EUR) into ledger entries of their own source: one AID entry per donor, month and kind, recipient
/// Ukraine, amount in EUR, source document <c>kiel-ust-r{release}/{ISO3}/{yyyy-MM}/{kind}</c>. The GDP column becomes
/// the dataset's GDP baseline, so shares of GDP computed from these entries are the tracker's own.
/// </summary>
internal static class KielImporter
{
    /// <summary>What every Kiel source document id starts with (the entries are in the dataset <see cref="DatasetSources.Kiel"/>).</summary>
    public const string DocPrefix = "kiel-ust-";

    public const string DataFile = "data_explorer.csv", ReleaseFile = "release_info.csv";

    public const string Url = "https://www.ifw-kiel.de/topics/war-against-ukraine/ukraine-support-tracker/";

    /// <summary>
    /// The tracker counts allocations: aid delivered or specified for delivery, which EVENTS.md calls committed (formally
    /// committed); what it lists as mere announcements is not in these figures.
    /// </summary>
    public const string Stage = "committed";

    private static readonly string[] Kinds = ["financial", "humanitarian", "military"];

    /// <summary>The entries and GDP baselines of the release in <paramref name="directory"/>; unreadable lines are listed in <paramref name="problems"/>.</summary>
    public static KielRelease Read(string directory, List<string> problems)
    {
        var (release, label, published) = ReadRelease(Path.Combine(directory, ReleaseFile), problems);
        var prefix = $"{DocPrefix}r{release}/";
        var entries = new List<(EntryFields, EntrySource)>();
        var baselines = new Dictionary<string, GdpBaseline>(StringComparer.Ordinal);
        var path = Path.Combine(directory, DataFile);
        using var reader = new StreamReader(path);
        var header = reader.ReadLine() is { } h ? TableFile.SplitCsv(h) : [];
        int Column(string name) => Array.IndexOf(header, name);
        int country = Column("country"), iso = Column("iso"), year = Column("year"), month = Column("month"), gdp = Column("gdp");
        if (new[] { country, iso, year, month, gdp }.Any(i => i < 0) || Kinds.Any(k => Column(k) < 0))
        {
            problems.Add($"{path}: line 1: not the tracker's data_explorer header (country, iso, year, month, financial, humanitarian, military, gdp…)");
            return new KielRelease(prefix, label, entries, baselines);
        }
        int number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0) continue;
            var cells = TableFile.SplitCsv(line);
            if (cells.Length < header.Length
                || !int.TryParse(cells[year], CultureInfo.InvariantCulture, out var y)
                || !int.TryParse(cells[month], CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12)
            {
                problems.Add($"{path}: line {number}: no year and month");
                continue;
            }
            var code = cells[iso];
            if (decimal.TryParse(cells[gdp], NumberStyles.Float, CultureInfo.InvariantCulture, out var gdpBn) && gdpBn > 0)
                baselines[code] = new GdpBaseline((double)(gdpBn * 1_000_000_000m), $"Kiel tracker GDP baseline (release {release})");
            var from = new DateOnly(y, m, 1);
            foreach (var kind in Kinds)
            {
                if (!decimal.TryParse(cells[Column(kind)], NumberStyles.Float, CultureInfo.InvariantCulture, out var bn))
                {
                    problems.Add($"{path}: line {number}: {kind} '{cells[Column(kind)]}' is not a number");
                    continue;
                }
                if (bn == 0) continue;
                var fields = new EntryFields
                {
                    EventType = "AID",
                    Actor = [new EntityRef(cells[country], code)],
                    Recipient = [new EntityRef("Ukraine", "UKR")],
                    Date = new EventDate(from, from.AddMonths(1).AddDays(-1), $"{y}-{m:00}"),
                    Commitment = new Commitment
                    {
                        Amount = new Money(bn * 1_000_000_000m, "EUR", $"EUR {bn.ToString(CultureInfo.InvariantCulture)} bn"),
                        Purpose = kind,
                        Stage = Stage,
                    },
                };
                var doc = $"{prefix}{code}/{y}-{m:00}/{kind}";
                var evidence = new Evidence(0, 0, 0, $"{label}: {cells[country]}, {y}-{m:00}, {kind} allocations {bn.ToString(CultureInfo.InvariantCulture)} bn EUR");
                entries.Add((fields, new EntrySource(0, doc, label, Url, published, evidence, "imported from the Kiel tracker")));
            }
        }
        return new KielRelease(prefix, label, entries, baselines);
    }

    private static (string Release, string Label, DateOnly? Published) ReadRelease(string path, List<string> problems)
    {
        if (File.Exists(path))
        {
            var lines = File.ReadAllLines(path);
            if (lines.Length >= 2)
            {
                var head = TableFile.SplitCsv(lines[0]);
                var row = TableFile.SplitCsv(lines[1]);
                string Get(string name) => Array.IndexOf(head, name) is var i and >= 0 && i < row.Length ? row[i] : "";
                var published = DateOnly.TryParseExact(Get("date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
                if (Get("release").Length > 0) return (Get("release"), Get("label") is { Length: > 0 } l ? l : $"Ukraine Support Tracker, Release {Get("release")}", published);
            }
        }
        problems.Add($"{path}: no release number; the entries are filed as release 'unknown'");
        return ("unknown", "Ukraine Support Tracker", null);
    }
}
