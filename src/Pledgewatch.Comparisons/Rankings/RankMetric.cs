namespace Pledgewatch.Comparisons.Rankings;

/// <summary>What a ranking compares. Command-line names: total, per-capita, share-of-gdp.</summary>
internal enum RankMetric
{
    /// <summary>EUR at the rates of the announcement dates.</summary>
    Total,

    /// <summary>EUR per person of the actor's population in each entry's year.</summary>
    PerCapita,

    /// <summary>Percent of the actor's GDP in EUR (the dataset's own baseline where it publishes one).</summary>
    ShareOfGdp,
}
