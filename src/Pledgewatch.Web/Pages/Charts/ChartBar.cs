namespace Pledgewatch.Web.Pages.Charts;

/// <summary>One bar: its label, value, the value as shown (with unit), and where it links (null for none).</summary>
internal sealed record ChartBar(string Label, decimal Value, string ValueText, string? Href = null);
