using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Web.Api;

/// <summary>An entry's revisions (each state, with its author) and its audit log (each change, before and after).</summary>
internal sealed record EntryHistory(IReadOnlyList<Revision> Revisions, IReadOnlyList<AuditRecord> Audit);
