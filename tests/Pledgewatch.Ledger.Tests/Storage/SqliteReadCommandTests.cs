using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Storage;

public sealed class SqliteReadCommandTests : ReadCommandTests<SqliteDatabase>
{
    [Fact]
    public void ATypoInTheFolderOfDbCreatesNoFolder()
    {
        using var db = new SqliteDatabase();
        var typo = Path.Combine(Path.GetDirectoryName(db.Db)!, "ledgers-typo", "ledger.db");
        var run = CliProcess.Run("rank", "--db", typo);
        Assert.Equal((2, $"pledgewatch: no ledger at {typo} (check --db; 'pledgewatch init --db ...' or 'pledgewatch ingest' makes one)"), (run.ExitCode, run.Stderr.Trim()));
        Assert.False(Directory.Exists(Path.GetDirectoryName(typo)));
    }
}
