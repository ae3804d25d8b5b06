using System.CommandLine;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Cli.Commands;

/// <summary>The <c>--db</c> and <c>--user</c> options the ledger commands share, and opening the ledger with a one-line error.</summary>
internal static class LedgerAccess
{
    public static Option<string?> DbOption() => new("--db")
    {
        Description = "The ledger: a SQLite file (default pledgewatch.db), or PostgreSQL as \"Host=...;Database=...\" or a postgres:// URL.",
    };

    public static Option<string?> UserOption() => new("--user") { Description = "Who is acting, for the audit log (default $USER)." };

    public static string Who(string? user) =>
        user ?? Environment.GetEnvironmentVariable("USER") ?? Environment.GetEnvironmentVariable("USERNAME") ?? "unknown";

    public static LedgerStore Open(string? db)
    {
        var target = DatabaseTarget.Parse(db);
        try
        {
            return LedgerStore.Open(target);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException or ArgumentException or TimeoutException or InvalidOperationException)
        {
            throw new CliError($"cannot open the ledger at {target.Describe()} ({e.Message.Split('\n')[0].Trim()})");
        }
    }
}
