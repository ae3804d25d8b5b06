namespace Pledgewatch.Ledger.Storage;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
