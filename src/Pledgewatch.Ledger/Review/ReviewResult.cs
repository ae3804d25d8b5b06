namespace Pledgewatch.Ledger.Review;

/// <summary>The outcome of a review action: the entry it produced or changed, or why it was refused (one sentence).</summary>
public readonly record struct ReviewResult(long EntryId, string? Error)
{
    public static ReviewResult Ok(long id) => new(id, null);

    public static ReviewResult Fail(string error) => new(0, error);

    public bool Succeeded => Error is null;
}
