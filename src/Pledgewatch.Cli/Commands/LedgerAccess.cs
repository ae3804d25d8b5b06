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

    public static Option<string?> UserOption() => new("--user") { Description = "Who is acting, for the audit log (default $USER; refused when neither is set)." };

    /// <summary>
    /// The author of a write: <c>--user</c>, else the login name in $USER (or %USERNAME%); a write that cannot name
    /// anyone is refused (usage error) rather than recorded as "unknown".
    /// </summary>
    public static string Who(string? user)
    {
        var who = (user ?? NonEmpty("USER") ?? NonEmpty("USERNAME"))?.Trim();
        if (who is null) throw new CliError("who is acting? give --user NAME (every change in the ledger records its author; $USER is not set)", ExitCodes.Usage);
        if (Pledgewatch.Ledger.Review.Author.Missing(who) is { } problem) throw new CliError($"--user: {problem}", ExitCodes.Usage);
        return who;
    }

    private static string? NonEmpty(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value) ? value : null;

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
