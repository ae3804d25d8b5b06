namespace Pledgewatch.Web.Pages.Charts;

/// <summary>One bar: its label, value, the value as shown (with unit), where it links (null for none), and its stacked segments (null for a plain bar).</summary>
internal sealed record ChartBar(string Label, decimal Value, string ValueText, string? Href = null, IReadOnlyList<ChartSegment>? Segments = null);
