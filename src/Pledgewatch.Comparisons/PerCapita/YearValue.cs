namespace Pledgewatch.Comparisons.PerCapita;

/// <summary>A yearly figure and the year it is for; <see cref="IsFallback"/> when that is not the year that was asked for.</summary>
internal readonly record struct YearValue(double Value, int Year, int AskedFor)
{
    public bool IsFallback => Year != AskedFor;
}
