namespace Pledgewatch.Comparisons.Conversion;

/// <summary>
/// A rate found (units of currency per 1 EUR, and the publication day it comes from) or the reason there is none.
/// Never a silent zero: <see cref="Rate"/> is meaningful only when <see cref="Problem"/> is null.
/// </summary>
internal readonly record struct RateLookup(double Rate, DateOnly Day, string? Problem)
{
    public bool HasRate => Problem is null;

    public static RateLookup Found(double rate, DateOnly day) => new(rate, day, null);

    public static RateLookup Missing(string problem) => new(double.NaN, default, problem);
}
