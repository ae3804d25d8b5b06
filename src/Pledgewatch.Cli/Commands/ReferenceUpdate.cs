using System.CommandLine;
using Pledgewatch.Comparisons.Reference;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch reference update [--from DIR] [--out DIR]</c>: rebuilds the comparison data (ECB rates, World Bank
/// population and GDP) from the official URLs, or from a directory of the official files, into the directory the
/// commands read first (default: <c>$PLEDGEWATCH_REFERENCE_DIR</c> or the user's data folder); the project's bundle is
/// made with <c>--from ../shared/data --out src/Pledgewatch.Comparisons/Reference/Data</c>. Exit 0 when everything was
/// updated, 1 when some source failed (listed on standard error), 2 when nothing was written.
/// <c>pledgewatch reference show</c>: the versions in use and where they come from.
/// </summary>
internal static class ReferenceUpdate
{
    public static Command Create()
    {
        var from = new Option<string?>("--from") { Description = "Read the official files from this directory instead of fetching them (eurofxref-hist.csv or ecb-eurofxref-hist.csv, worldbank-population.csv, worldbank-gdp-current-usd.csv)." };
        var output = new Option<string?>("--out") { Description = "Where to write ecb-rates.tsv.gz and worldbank-indicators.tsv.gz (default: the directory the commands read first)." };
        var ecb = new Option<string>("--ecb-url") { Description = "The ECB's eurofxref-hist (zip or CSV).", DefaultValueFactory = _ => ReferenceSources.EcbRates };
        var population = new Option<string>("--population-url") { Description = "World Bank population (datasets/population CSV).", DefaultValueFactory = _ => ReferenceSources.Population };
        var gdp = new Option<string>("--gdp-url") { Description = "World Bank GDP in current US$ (datasets/gdp CSV).", DefaultValueFactory = _ => ReferenceSources.Gdp };
        var update = new Command("update", "Refresh exchange rates, population and GDP from their official sources.") { from, output, ecb, population, gdp };
        update.SetAction(parse =>
        {
            var outDir = parse.GetValue(output) ?? ReferenceFiles.UpdateDirectory();
            UpdateReport report;
            if (parse.GetValue(from) is { } dir)
            {
                if (!Directory.Exists(dir)) throw new CliError($"reference update: no such directory: {dir}", ExitCodes.Usage);
                report = ReferenceUpdater.FromDirectory(dir, outDir);
            }
            else
            {
                using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
                http.DefaultRequestHeaders.UserAgent.ParseAdd("pledgewatch-reference-update/1.0");
                var urls = new ReferenceUpdater.Urls(parse.GetValue(ecb)!, parse.GetValue(population)!, parse.GetValue(gdp)!);
                report = new ReferenceUpdater(http).FromUrlsAsync(urls, outDir).GetAwaiter().GetResult();
            }
            foreach (var path in report.Written) Console.WriteLine($"wrote {path}");
            foreach (var version in report.Versions) Console.WriteLine($"  {version}");
            foreach (var problem in report.Problems) Console.Error.WriteLine($"pledgewatch: {problem}");
            return report.Written.Count == 0 ? ExitCodes.Usage : report.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        });
        return update;
    }

    public static Command CreateShow()
    {
        var show = new Command("show", "Say which versions of the reference data are in use.");
        show.SetAction(_ =>
        {
            var r = ComparisonReference.Default;
            Console.WriteLine($"ECB exchange rates     {r.Rates.Version} ({r.Rates.First:yyyy-MM-dd} to {r.Rates.Last:yyyy-MM-dd}, {r.Rates.Currencies.Count()} currencies)  [{r.RatesOrigin}]");
            Console.WriteLine($"World Bank population  {r.Indicators.PopulationVersion}  [{r.IndicatorsOrigin}]");
            Console.WriteLine($"World Bank GDP (US$)   {r.Indicators.GdpVersion}  [{r.IndicatorsOrigin}]");
            Console.WriteLine($"Countries and bodies   bundled with the coder (countries.tsv, bodies.tsv)");
            Console.WriteLine($"Update directory       {ReferenceFiles.UpdateDirectory()}");
            return ExitCodes.Success;
        });
        return show;
    }
}
