namespace Pledgewatch.Comparisons.Storage;

/// <summary>A live part of a package whose breakdown is being refreshed, as <see cref="ComparisonSql.PartsOfChanged"/> reads it.</summary>
internal sealed class PartRow
{
    public long ParentId { get; set; }
    public string Status { get; set; } = "";
    public string Fields { get; set; } = "";
}
