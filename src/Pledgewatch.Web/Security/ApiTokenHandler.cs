using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Pledgewatch.Ledger.Storage;

namespace Pledgewatch.Web.Security;

/// <summary>Authenticates <c>Authorization: Bearer pw_…</c> against the hashed tokens in the ledger; the token acts as its user.</summary>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, LedgerStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "token";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return Task.FromResult(AuthenticateResult.Fail("the Authorization header is not a bearer token"));
        var token = header["Bearer ".Length..].Trim();
        if (!token.StartsWith(ApiTokens.Prefix, StringComparison.Ordinal) || token.Length > 100) return Task.FromResult(AuthenticateResult.Fail("not a Pledgewatch token"));
        var user = store.FindUserByToken(ApiTokens.Hash(token));
        if (user is null) return Task.FromResult(AuthenticateResult.Fail("unknown or revoked token"));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(Auth.Principal(user.Name, user.Role, SchemeName), SchemeName)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
