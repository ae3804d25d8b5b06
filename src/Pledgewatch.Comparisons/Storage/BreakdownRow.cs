namespace Pledgewatch.Comparisons.Storage;

/// <summary>One actor's sums for one label of a breakdown, as the database returns them.</summary>
internal sealed class BreakdownRow
{
    public string Actor { get; set; } = "";
    public string Label { get; set; } = "";
    public double? Eur { get; set; }
    public double? EurPerCapita { get; set; }
    public double? PctGdp { get; set; }
}
