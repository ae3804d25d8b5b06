using System.Data.Common;

namespace Pledgewatch.Ledger.Storage;

/// <summary>What storing one document of a batch did, or the database's refusal (then nothing of it is stored).</summary>
internal readonly record struct DocumentResult(IngestOutcome Outcome, DbException? Error);
