using System.CommandLine;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Cli.Commands;

/// <summary>
/// <c>pledgewatch init [--db]</c>: makes an empty ledger (a SQLite file, or the tables in a PostgreSQL database), or
/// migrates an existing one to the latest schema. The commands that only read a ledger refuse one that does not exist.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var db = LedgerAccess.DbOption();
        var command = new Command("init", "Make an empty ledger (or bring an existing one to the latest schema).") { db };
        command.SetAction(parse =>
        {
            var target = DatabaseTarget.Parse(parse.GetValue(db));
            bool existed;
            try
            {
                existed = LedgerStore.ExistsIn(target);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or ArgumentException or TimeoutException or InvalidOperationException)
            {
                throw new CliError($"cannot open the ledger at {target.Describe()} ({e.Message.Split('\n')[0].Trim()})");
            }
            var store = LedgerAccess.Open(parse.GetValue(db));
            Console.WriteLine(existed
                ? $"the ledger at {target.Describe()} exists (schema version {store.CurrentVersion()})"
                : $"made an empty ledger at {target.Describe()} (schema version {store.CurrentVersion()})");
            return ExitCodes.Success;
        });
        return command;
    }
}
