using Pledgewatch.Records;

namespace Pledgewatch.Comparisons.Conversion;

/// <summary>What fraction of a package a part is: the ratio of the amounts in one currency, else of their EUR values at their own dates.</summary>
internal static class AmountRatio
{
    /// <returns>The fraction (may exceed 1 for a part larger than its package), or null when either amount has no rate or the whole is zero.</returns>
    public static double? Of(CurrencyConverter converter, Money part, DateOnly partDay, Money whole, DateOnly wholeDay)
    {
        if (whole.Value == 0) return null;
        if (part.Currency == whole.Currency) return (double)(part.Value / whole.Value);
        return converter.Convert((double)part.Value, part.Currency, partDay).Eur is double p
            && converter.Convert((double)whole.Value, whole.Currency, wholeDay).Eur is double w && w > 0
            ? p / w
            : null;
    }
}
