namespace Pledgewatch.Comparisons.Conversion;

/// <summary>
/// An amount in EUR and USD at the rates of one day, or the reason it could not be converted. Both values are null
/// exactly when <see cref="Problem"/> is set ("no rate"): callers must say so, not count it as zero.
/// </summary>
/// <param name="RateDay">The ECB publication day whose rates were used (the nearest on or before the date asked for).</param>
internal sealed record Converted(double? Eur, double? Usd, DateOnly? RateDay, string? Problem)
{
    public bool HasRate => Problem is null;

    public static Converted NoRate(string problem) => new(null, null, null, problem);
}
