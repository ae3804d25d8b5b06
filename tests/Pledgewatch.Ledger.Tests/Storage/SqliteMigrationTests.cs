using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Storage;

public sealed class SqliteMigrationTests : MigrationTests<SqliteDatabase>
{
    [Fact]
    public void TheFileMainMadeIsMigratedInPlaceWithNoLoss()
    {
        using var db = new SqliteDatabase();
        File.Copy(MainLedger.File, db.Db);
        var store = db.Open();
        MainLedger.AssertNothingLost(store);
    }
}
