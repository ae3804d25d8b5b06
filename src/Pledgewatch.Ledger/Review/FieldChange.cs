namespace Pledgewatch.Ledger.Review;

/// <summary>One field of an entry as an audit row changed it: its path ("status", "commitment.amount.value", "actor") and its values in words ("—" for none).</summary>
public sealed record FieldChange(string Field, string Before, string After);
