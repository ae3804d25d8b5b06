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

    /// <summary>Tokens (never their hashes) with their users, to be completed by a WHERE clause.</summary>
    private const string Tokens = """
        SELECT t.id, u.name AS userName, u.role, t.created_at AS createdAt, t.revoked_at AS revokedAt
        FROM api_tokens t JOIN users u ON u.id = t.user_id
        """;

    public const string SelectAllTokens = Tokens + " ORDER BY t.id";

    public const string SelectTokensOfUser = Tokens + " WHERE u.name = @name ORDER BY t.id";

    public const string SelectToken = Tokens + " WHERE t.id = @id";

    public const string RevokeToken = "UPDATE api_tokens SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL";

    /// <summary>The user a live (not revoked) token acts for.</summary>
    public const string SelectUserByToken = """
        SELECT u.id, u.name, u.role, u.password_hash AS passwordHash
        FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = @hash AND t.revoked_at IS NULL
        """;
}
