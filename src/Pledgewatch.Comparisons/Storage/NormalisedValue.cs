namespace Pledgewatch.Comparisons.Storage;

/// <summary>
/// One row of <c>comparison_values</c>: a quantified ledger entry, for one of its actors, in EUR and USD and relative
/// to the actor's population and GDP. An entry with several actors has one row per actor, each with an equal share of
/// the amount. Null figures mean "could not be computed" and <see cref="Problem"/> (or the basis fields) says why.
/// </summary>
internal sealed class NormalisedValue
{
    public long EntryId { get; set; }
    public string Actor { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Stage { get; set; } = "";
    /// <summary>The entry's review status (candidate, accepted or rejected), so rankings can count reviewed entries only.</summary>
    public string Status { get; set; } = "";
    /// <summary>The announcement date (the start of the entry's date range), yyyy-MM-dd.</summary>
    public string Day { get; set; } = "";
    /// <summary>The entry's dataset: "news" for entries coded from reports, "kiel" for the tracker's aggregates, or an import's name.</summary>
    public string Source { get; set; } = "";
    /// <summary>
    /// For a coded entry's row: the imported entry that is the same commitment (<see cref="Datasets.CommitmentMatcher"/>);
    /// the combined view leaves this row out. Null otherwise; set after the rows are written, by the refresh's matching.
    /// </summary>
    public long? SameAs { get; set; }
    /// <summary>The recipients' codes between '+' signs ("+UKR+"), so that LIKE '%+UKR+%' finds them.</summary>
    public string Recipients { get; set; } = "";
    public string? Currency { get; set; }
    public double Amount { get; set; }
    /// <summary>Amount in EUR at the ECB rate of <see cref="RateDay"/>; null when there is no rate.</summary>
    public double? Eur { get; set; }
    public double? Usd { get; set; }
    public string? RateDay { get; set; }
    /// <summary>Why the amount could not be converted; null when it was.</summary>
    public string? Problem { get; set; }
    /// <summary>EUR per person of the actor's population in <see cref="PopulationYear"/>.</summary>
    public double? EurPerCapita { get; set; }
    /// <summary>The year of the population used: the entry's year, or the latest before it (then said so).</summary>
    public long? PopulationYear { get; set; }
    /// <summary>Percent of the actor's GDP (EUR) described by <see cref="GdpBasis"/>.</summary>
    public double? PctGdp { get; set; }
    public string? GdpBasis { get; set; }
}
