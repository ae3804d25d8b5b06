namespace Pledgewatch.Ledger;

/// <summary>One commitment, sanction, meeting, request… however many reports repeat it.</summary>
/// <param name="Status">candidate, accepted or rejected (<see cref="EntryStatus"/>).</param>
/// <param name="MergedInto">Set when a merge folded this entry into another; such entries keep their history but no sources.</param>
/// <param name="Revision">1 when created; each change adds one (the revisions table keeps every one).</param>
public sealed record LedgerEntry(long Id, string Status, EntryFields Fields, IReadOnlyList<EntrySource> Sources, long? MergedInto = null, int Revision = 1)
{
    /// <summary>
    /// The package (or joint commitment) whose amount includes this entry's (EVENTS.md, "Packages, parts, shares and
    /// totals"); null for a whole. Totals count only entries without a parent.
    /// </summary>
    public long? Parent { get; init; }

    /// <summary>The live entries whose <see cref="Parent"/> is this one, in id order.</summary>
    public IReadOnlyList<long> Parts { get; init; } = [];

    /// <summary>The dataset the entry belongs to (<see cref="Ledger.Dataset"/>): <c>news</c> when coded from reports.</summary>
    public string Dataset { get; init; } = Ledger.Dataset.News;

    /// <summary>
    /// The amount in EUR at the ECB rate of the announcement date, as the last refresh of the comparisons converted it;
    /// null without an amount, without a rate, or when the entry changed since.
    /// </summary>
    public double? AmountEur { get; init; }

    /// <summary>
    /// For a coded entry: the imported entry that is the same commitment (same donor, recipient, month and amount within
    /// 1% in EUR), as the last refresh of the comparisons found; the combined view counts that one only. Null otherwise.
    /// </summary>
    public long? SameAs { get; init; }
}
