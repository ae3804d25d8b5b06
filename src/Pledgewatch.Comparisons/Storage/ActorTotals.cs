namespace Pledgewatch.Comparisons.Storage;

/// <summary>The sums behind one actor's place in a ranking, as the database returns them.</summary>
internal sealed class ActorTotals
{
    public string Actor { get; set; } = "";
    public long Entries { get; set; }
    public double? Eur { get; set; }
    public double? EurPerCapita { get; set; }
    public double? PctGdp { get; set; }
    /// <summary>Entries left out of every sum because their amount has no exchange rate.</summary>
    public long NoRate { get; set; }
    /// <summary>Converted entries left out of the per capita sum (no population figure for the actor).</summary>
    public long NoPopulation { get; set; }
    /// <summary>Converted entries left out of the share of GDP (no GDP figure).</summary>
    public long NoGdp { get; set; }
    public long? PopulationFrom { get; set; }
    public long? PopulationTo { get; set; }
    public string? GdpBasisFirst { get; set; }
    public string? GdpBasisLast { get; set; }
    public string? FirstDay { get; set; }
    public string? LastDay { get; set; }
}
