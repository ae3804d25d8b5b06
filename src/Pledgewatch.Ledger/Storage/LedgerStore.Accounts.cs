using Dapper;

namespace Pledgewatch.Ledger.Storage;

public abstract partial class LedgerStore
{
    /// <summary>
    /// Adds a user, or with <paramref name="replace"/> changes the role and password of an existing one. Recorded in the
    /// audit log (action <c>user-add</c> / <c>user-update</c>, no entry) with the name and role, never the hash.
    /// </summary>
    /// <returns>The user's id, or null when the name is taken and <paramref name="replace"/> is false.</returns>
    public long? AddUser(string name, string role, string passwordHash, string who, bool replace = false)
    {
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        var at = Now();
        var id = c.ExecuteScalar<long?>(AccountSql.InsertUser, new { name, role, hash = passwordHash, at }, tx);
        var action = "user-add";
        if (id is null)
        {
            if (!replace) return null;
            c.Execute(AccountSql.UpdateUser, new { name, role, hash = passwordHash }, tx);
            id = c.QuerySingle<UserAccount>(AccountSql.SelectUser, new { name }, tx).Id;
            action = "user-update";
        }
        var after = System.Text.Json.JsonSerializer.Serialize(new { user = name, role });
        c.Execute(LedgerSql.InsertAudit, new { at, who, action, entryId = (long?)null, before = (string?)null, after }, tx);
        tx.Commit();
        return id;
    }

    public UserAccount? FindUser(string name)
    {
        using var c = OpenConnection();
        return c.QuerySingleOrDefault<UserAccount>(AccountSql.SelectUser, new { name });
    }

    /// <summary>Stores the hash of a new API token acting for <paramref name="user"/> (audit action <c>token-create</c>).</summary>
    public long AddToken(UserAccount user, string tokenHash, string who)
    {
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        var at = Now();
        var id = c.ExecuteScalar<long>(AccountSql.InsertToken, new { userId = user.Id, hash = tokenHash, at }, tx);
        var after = System.Text.Json.JsonSerializer.Serialize(new { user = user.Name, token = id });
        c.Execute(LedgerSql.InsertAudit, new { at, who, action = "token-create", entryId = (long?)null, before = (string?)null, after }, tx);
        tx.Commit();
        return id;
    }

    /// <summary>The API tokens of one user (or of all, when <paramref name="userName"/> is null), oldest first, without their hashes.</summary>
    public IReadOnlyList<ApiTokenInfo> Tokens(string? userName = null)
    {
        using var c = OpenConnection();
        return (userName is null
            ? c.Query<ApiTokenInfo>(AccountSql.SelectAllTokens)
            : c.Query<ApiTokenInfo>(AccountSql.SelectTokensOfUser, new { name = userName })).ToList();
    }

    /// <summary>
    /// Revokes token <paramref name="id"/> for good (audit action <c>token-revoke</c>); the row stays, so the audit log
    /// keeps pointing at it. Returns the error when there is no such token or it is revoked already.
    /// </summary>
    public string? RevokeToken(long id, string who)
    {
        using var c = OpenConnection();
        using var tx = BeginWrite(c);
        var token = c.QuerySingleOrDefault<ApiTokenInfo>(AccountSql.SelectToken, new { id }, tx);
        if (token is null) return $"no token {id} (see 'pledgewatch token list')";
        if (token.RevokedAt is not null) return $"token {id} was revoked already, at {token.RevokedAt}";
        var at = Now();
        c.Execute(AccountSql.RevokeToken, new { id, at }, tx);
        var before = System.Text.Json.JsonSerializer.Serialize(new { user = token.UserName, token = id });
        c.Execute(LedgerSql.InsertAudit, new { at, who, action = "token-revoke", entryId = (long?)null, before, after = (string?)null }, tx);
        tx.Commit();
        return null;
    }

    /// <summary>The user a live token acts for, by the token's SHA-256 (lower-case hex); null when unknown or revoked.</summary>
    public UserAccount? FindUserByToken(string tokenHash)
    {
        using var c = OpenConnection();
        return c.QuerySingleOrDefault<UserAccount>(AccountSql.SelectUserByToken, new { hash = tokenHash });
    }
}
