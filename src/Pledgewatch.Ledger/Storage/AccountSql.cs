namespace Pledgewatch.Ledger.Storage;

/// <summary>Statements on users and API tokens (migration 3); both databases run them as written.</summary>
internal static class AccountSql
{
    public const string InsertUser = """
        INSERT INTO users (name, role, password_hash, created_at) VALUES (@name, @role, @hash, @at)
        ON CONFLICT (name) DO NOTHING RETURNING id
        """;

    public const string UpdateUser = "UPDATE users SET role = @role, password_hash = @hash WHERE name = @name";

    public const string SelectUser = "SELECT id, name, role, password_hash AS passwordHash FROM users WHERE name = @name";

    public const string InsertToken = "INSERT INTO api_tokens (user_id, token_hash, created_at) VALUES (@userId, @hash, @at) RETURNING id";

    /// <summary>The user a live (not revoked) token acts for.</summary>
    public const string SelectUserByToken = """
        SELECT u.id, u.name, u.role, u.password_hash AS passwordHash
        FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = @hash AND t.revoked_at IS NULL
        """;
}
