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

    /// <summary>
    /// Opens the ledger of a command that reads or reviews it: a SQLite file that does not exist, or a PostgreSQL
    /// database without a ledger in it, is refused (one line, usage exit code) and nothing is created, so a typo in
    /// <c>--db</c> cannot make an empty ledger. Only <c>ingest</c>, <c>import</c>, <c>watch</c> and <c>init</c> create one.
    /// </summary>
    public static LedgerStore OpenExisting(string? db)
    {
        var target = DatabaseTarget.Parse(db);
        bool missing;
        try
        {
            missing = !LedgerStore.ExistsIn(target);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or ArgumentException or TimeoutException or InvalidOperationException)
        {
            throw new CliError($"cannot open the ledger at {target.Describe()} ({e.Message.Split('\n')[0].Trim()})");
        }
        if (missing)
            throw new CliError($"no ledger at {target.Describe()} (check --db; 'pledgewatch init{(db is null ? "" : " --db ...")}' or 'pledgewatch ingest' makes one)", ExitCodes.Usage);
        return Open(db);
    }

    /// <summary>
    /// Refuses a dataset the ledger does not have (a typo would show an empty ranking or export as if it were the
    /// answer); "news" and "all" are always there.
    /// </summary>
    public static void RequireDataset(LedgerStore store, string dataset)
    {
        if (dataset is Ledger.Dataset.News or Ledger.Dataset.All) return;
        var names = store.Datasets().Select(d => d.Name).ToList();
        if (!names.Contains(dataset))
            throw new CliError($"--dataset: this ledger has no dataset '{dataset}' (it has {string.Join(", ", names.DefaultIfEmpty("none"))}; 'all' combines them)", ExitCodes.Usage);
    }

    /// <summary>Opens the ledger, creating it (and its folder) when there is none: for the commands that write documents or entries.</summary>
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
