namespace Pledgewatch.Comparisons.Storage;

/// <summary>A comparison_gdp_baselines row as Dapper reads it.</summary>
internal sealed class BaselineRow
{
    public string Source { get; set; } = "";
    public string Actor { get; set; } = "";
    public double GdpEur { get; set; }
    public string Basis { get; set; } = "";
}
