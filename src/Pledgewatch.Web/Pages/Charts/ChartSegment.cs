namespace Pledgewatch.Web.Pages.Charts;

/// <summary>
/// A stacked part of a bar: its label, value and the value as shown, and its colour: an index into the palette of
/// site.css (<c>seg0</c>…<c>seg7</c>, the same label keeps its colour across a chart), or <see cref="Rest"/> for what no
/// part accounts for.
/// </summary>
internal sealed record ChartSegment(string Label, decimal Value, string ValueText, int Color)
{
    public const int Rest = -1;

    /// <summary>The palette's size; colours beyond it repeat.</summary>
    public const int Colors = 8;

    public string Class => Color == Rest ? "seg-rest" : $"seg{Color % Colors}";
}
