using Pledgewatch.Comparisons.Conversion;
using Pledgewatch.Comparisons.Rankings;
using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Comparisons.Storage;
using Pledgewatch.Ledger;

namespace Pledgewatch.Comparisons;

/// <summary>
/// Turns a ledger entry into the rows rankings read: the one place where conversion, per capita and share of GDP meet.
/// Read it first. Stateless over immutable reference data, so one instance serves any number of threads.
/// </summary>
internal sealed class Normaliser(ComparisonReference reference, IReadOnlyDictionary<(string Source, string Actor), GdpBaseline> baselines)
{
    /// <summary>Stages that count as support given or promised; <c>sought</c> and <c>withdrawn</c> are not contributions.</summary>
    private static readonly HashSet<string> Counted = new(StringComparer.Ordinal) { "pledged", "committed", "delivered" };

    private readonly CurrencyConverter _converter = reference.Converter;

    /// <summary>
    /// Rows of one entry: none when it is not a quantified contribution (no amount, sought or withdrawn, no actor code,
    /// merged away); one per actor code otherwise, carrying the entry's status (rankings leave out rejected entries
    /// unless asked for them).
    /// </summary>
    public IEnumerable<NormalisedValue> Rows(long entryId, string status, EntryFields fields, string source)
    {
        if (fields.Commitment is not { Amount: { } money } commitment || !Counted.Contains(commitment.Stage)) yield break;
        var actors = fields.Actor.Select(a => a.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (actors.Count == 0) yield break;

        var day = fields.Date.From;
        var share = (double)money.Value / actors.Count;
        var converted = _converter.Convert(share, money.Currency, day);
        var recipients = "+" + string.Join('+', fields.Recipient.Select(r => r.Code).OfType<string>().Distinct(StringComparer.Ordinal)) + "+";
        var kind = ContributionKinds.Default.Of(commitment);
        foreach (var actor in actors)
        {
            var row = new NormalisedValue
            {
                EntryId = entryId, Actor = actor, Kind = kind, Stage = commitment.Stage, Status = status, Day = ExchangeRates.Iso(day), Source = source,
                Recipients = recipients, Currency = money.Currency, Amount = share, Eur = converted.Eur, Usd = converted.Usd,
                RateDay = converted.RateDay is { } d ? ExchangeRates.Iso(d) : null, Problem = converted.Problem,
            };
            if (converted.Eur is double eur) Relate(row, actor, eur, day.Year, source);
            yield return row;
        }
    }

    /// <summary>Per person and share of GDP; left null (with no guess) where the World Bank has no figure for the actor.</summary>
    private void Relate(NormalisedValue row, string actor, double eur, int year, string source)
    {
        var code = reference.Actors.IndicatorCode(actor);
        if (reference.Indicators.Population(code, year) is { } population && population.Value > 0)
        {
            row.EurPerCapita = eur / population.Value;
            row.PopulationYear = population.Year;
        }
        if (baselines.TryGetValue((source, actor), out var baseline))
        {
            row.PctGdp = eur / baseline.GdpEur * 100;
            row.GdpBasis = baseline.Basis;
        }
        else if (reference.Indicators.GdpUsd(code, year) is { } gdp && reference.Rates.AnnualAverage("USD", gdp.Year) is double usdPerEur)
        {
            row.PctGdp = eur / (gdp.Value / usdPerEur) * 100;
            row.GdpBasis = gdp.IsFallback ? $"World Bank GDP {gdp.Year} (latest available for {year})" : $"World Bank GDP {gdp.Year}";
        }
    }
}
