namespace Pledgewatch.Comparisons.Storage;

/// <summary>An entry to normalise, as <see cref="ComparisonSql.ChangedEntries"/> reads it.</summary>
internal sealed class ChangedEntryRow
{
    public long Id { get; set; }
    public string Status { get; set; } = "";
    public string Fields { get; set; } = "";
    /// <summary>The entry's dataset: the source of its values.</summary>
    public string Dataset { get; set; } = Ledger.Dataset.News;
}
