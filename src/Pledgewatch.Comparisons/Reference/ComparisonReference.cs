using Pledgewatch.Comparisons.Conversion;
using Pledgewatch.Comparisons.PerCapita;

namespace Pledgewatch.Comparisons.Reference;

/// <summary>
/// The reference data comparisons rest on: ECB rates, World Bank population and GDP, actor names. Built once per
/// process (<see cref="Load"/>) and immutable; <see cref="Version"/> changes whenever any part does, which tells the
/// stored normalised values that they must be recomputed.
/// </summary>
internal sealed class ComparisonReference
{
    private static readonly Lazy<ComparisonReference> Shared = new(() => Load(ReferenceFiles.UpdateDirectory()));

    public required ExchangeRates Rates { get; init; }

    public required Indicators Indicators { get; init; }

    public required ActorDirectory Actors { get; init; }

    /// <summary>Where each part was read from: "bundled" or the path of an updated file.</summary>
    public required string RatesOrigin { get; init; }

    public required string IndicatorsOrigin { get; init; }

    public CurrencyConverter Converter => new(Rates);

    /// <summary>One string naming every version in use: stored beside the normalised values.</summary>
    public string Version => $"ecb {Rates.Version}; population {Indicators.PopulationVersion}; gdp {Indicators.GdpVersion}";

    /// <summary>The reference data of this process: updated files when <c>reference update</c> wrote some, else the bundle.</summary>
    public static ComparisonReference Default => Shared.Value;

    /// <summary>Reads the files in <paramref name="directory"/> where present, the bundled copies otherwise.</summary>
    public static ComparisonReference Load(string? directory)
    {
        var (ratesStream, ratesOrigin) = ReferenceFiles.Open(RatesFile.FileName, directory);
        ExchangeRates rates;
        using (ratesStream) rates = RatesFile.Read(ratesStream);
        var (indicatorsStream, indicatorsOrigin) = ReferenceFiles.Open(IndicatorsFile.FileName, directory);
        Indicators indicators;
        using (indicatorsStream) indicators = IndicatorsFile.Read(indicatorsStream);
        return new ComparisonReference
        {
            Rates = rates,
            Indicators = indicators,
            Actors = ActorDirectory.Load(),
            RatesOrigin = ratesOrigin,
            IndicatorsOrigin = indicatorsOrigin,
        };
    }
}
