namespace Pledgewatch.Comparisons.Storage;

/// <summary>
/// The datasets the comparisons know by name: the ledger's own coded reports (<see cref="Ledger.Dataset.News"/>) and
/// the Kiel tracker's import. A value's <c>source</c> is its entry's dataset, whatever it is called.
/// </summary>
internal static class DatasetSources
{
    public const string Kiel = "kiel", News = Ledger.Dataset.News;
}
