namespace Pledgewatch.Comparisons.Storage;

/// <summary>
/// One row of <c>comparison_parts</c>: the fraction of a counted entry's amount that goes to a label of a breakdown
/// dimension (a purpose, instruments, or "unassigned"). The fractions of one entry and dimension add up to 1.
/// </summary>
internal sealed class PartShare
{
    public long EntryId { get; set; }
    public string Dimension { get; set; } = "";
    public string Label { get; set; } = "";
    public double Share { get; set; }
}
