namespace Pledgewatch.Comparisons.Storage;

/// <summary>
/// A GDP a dataset publishes with its figures and divides by (the Kiel tracker uses each donor's 2021 GDP): shares of
/// GDP for that dataset's entries use it, so that they reproduce the dataset's own percentages.
/// </summary>
/// <param name="GdpEur">GDP in EUR (not billions).</param>
/// <param name="Basis">What it is, for the output ("Kiel tracker GDP baseline").</param>
internal sealed record GdpBaseline(double GdpEur, string Basis);
