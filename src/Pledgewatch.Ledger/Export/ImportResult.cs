namespace Pledgewatch.Ledger.Export;

/// <summary>
/// What importing one exported entry did: added it, found it there already as it is in the file (<see cref="Unchanged"/>:
/// importing a file twice changes nothing and is no error), or refused it with one sentence saying why.
/// </summary>
public readonly record struct ImportResult(long EntryId, bool Unchanged, string? Error)
{
    public static ImportResult Added(long id) => new(id, false, null);

    public static ImportResult Same(long id) => new(id, true, null);

    public static ImportResult Fail(string error) => new(0, false, error);

    public bool Succeeded => Error is null;
}
