namespace Pledgewatch.Ledger.Recoding;

/// <summary>One thing a recode did (or, in a dry run, would do) to the ledger, for the command's report.</summary>
/// <param name="Fate">What happened to the record.</param>
/// <param name="EntryId">The entry concerned; for a new record, the entry it opened or joined.</param>
/// <param name="Detail">One line: "revised: amount 100 CAD → 120 CAD; accepted → candidate", "orphaned", …</param>
public sealed record RecodeChange(RecordFate Fate, long? EntryId, string Detail);
