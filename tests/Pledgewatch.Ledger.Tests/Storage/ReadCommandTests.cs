using Pledgewatch.Ledger.Storage;
using Pledgewatch.Ledger.Tests.Support;

namespace Pledgewatch.Ledger.Tests.Storage;

/// <summary>Read commands never create a ledger (issue 10): a missing one is one line and exit 2; only init, ingest and import make one.</summary>
public abstract class ReadCommandTests<TDatabase> where TDatabase : TestDatabase, new()
{
    public static TheoryData<string[]> ReadCommands => new()
    {
        { ["ledger", "list"] },
        { ["ledger", "show", "1"] },
        { ["export", "--format", "csv"] },
        { ["rank"] },
        { ["claim", "Canada gave more than France"] },
        { ["serve", "--urls", "http://127.0.0.1:9"] },
        { ["document", "list"] },
        { ["recode", "--all"] },
    };

    [Theory]
    [MemberData(nameof(ReadCommands))]
    public void AReadCommandWithAMissingLedgerExitsTwoAndCreatesNothing(string[] command)
    {
        using var db = new TDatabase();
        var run = CliProcess.Run([.. command, "--db", db.Db]);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("pledgewatch: no ledger at ", line);
        Assert.False(LedgerStore.ExistsIn(db.Target));
    }

    [Fact]
    public void InitMakesAnEmptyLedgerThatReadCommandsThenRead()
    {
        using var db = new TDatabase();
        var init = CliProcess.Run("init", "--db", db.Db);
        Assert.Equal(0, init.ExitCode);
        Assert.StartsWith("made an empty ledger at ", init.Stdout);
        Assert.True(LedgerStore.ExistsIn(db.Target));
        Assert.Equal(0, CliProcess.Run("ledger", "list", "--db", db.Db).ExitCode);
        Assert.Contains("exists", CliProcess.Run("init", "--db", db.Db).Stdout);
    }
}
