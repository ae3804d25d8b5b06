namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>A SQLite file in a directory of its own under the temp folder.</summary>
public sealed class SqliteDatabase : TestDatabase
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pledgewatch-ledger-").FullName;

    public override string Db => Path.Combine(_dir, "ledger.db");

    public override void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
