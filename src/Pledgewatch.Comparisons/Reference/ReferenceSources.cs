namespace Pledgewatch.Comparisons.Reference;

/// <summary>The official addresses <c>reference update</c> fetches (the same formats as the copies in ../shared/data).</summary>
internal static class ReferenceSources
{
    /// <summary>A zip holding eurofxref-hist.csv; the plain CSV is accepted too.</summary>
    public const string EcbRates = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip";

    /// <summary>World Bank SP.POP.TOTL as the datasets/population package publishes it.</summary>
    public const string Population = "https://raw.githubusercontent.com/datasets/population/main/data/population.csv";

    /// <summary>World Bank NY.GDP.MKTP.CD as the datasets/gdp package publishes it.</summary>
    public const string Gdp = "https://raw.githubusercontent.com/datasets/gdp/main/data/gdp.csv";
}
