namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// Where the ledger lives, from <c>--db</c>: nothing means <c>pledgewatch.db</c> in the working directory; a
/// connection string with <c>Host=</c> or a <c>postgres://</c> / <c>postgresql://</c> URL means PostgreSQL; anything
/// else is the path of a SQLite file.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultFile = "pledgewatch.db";

    public static DatabaseTarget Parse(string? db)
    {
        if (string.IsNullOrWhiteSpace(db)) return Sqlite(DefaultFile);
        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
            return new(DatabaseProvider.Postgres, FromUrl(new Uri(db)));
        if (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) || db.Contains("Server=", StringComparison.OrdinalIgnoreCase))
            return new(DatabaseProvider.Postgres, db);
        return Sqlite(db);
    }

    public static DatabaseTarget Sqlite(string path) => new(DatabaseProvider.Sqlite, path);

    /// <summary>postgres://user:password@host:port/database?k=v → an Npgsql connection string.</summary>
    private static string FromUrl(Uri url)
    {
        var parts = new List<string> { $"Host={url.Host}" };
        if (url.Port > 0) parts.Add($"Port={url.Port}");
        var database = url.AbsolutePath.Trim('/');
        if (database.Length > 0) parts.Add($"Database={Uri.UnescapeDataString(database)}");
        if (url.UserInfo.Length > 0)
        {
            var user = url.UserInfo.Split(':', 2);
            parts.Add($"Username={Uri.UnescapeDataString(user[0])}");
            if (user.Length == 2) parts.Add($"Password={Uri.UnescapeDataString(user[1])}");
        }
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            if (kv.Length == 2) parts.Add($"{Uri.UnescapeDataString(kv[0])}={Uri.UnescapeDataString(kv[1])}");
        }
        return string.Join(';', parts);
    }

    /// <summary>For messages: the file path, or the PostgreSQL host and database without the password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite) return ConnectionString;
        var b = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"postgresql://{b.Host}/{b.Database}";
    }
}
