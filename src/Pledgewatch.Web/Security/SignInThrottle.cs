using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Pledgewatch.Web.Hosting;

namespace Pledgewatch.Web.Security;

/// <summary>
/// Failed sign-ins, limited per account (against guessing one user's password from many addresses) and per client
/// address (against trying many users from one), in windows of <see cref="WebOptions.SignInFailureWindowMinutes"/>.
/// Only failures count: people who sign in right use up nothing, so one person's typos do not lock out the others
/// behind the same address. While an account's or address's budget is spent every attempt is refused, the right
/// password too (an attacker must not learn it by being let in). Uses the limiters of System.Threading.RateLimiting,
/// as the ASP.NET Core rate limiter does. Thread-safe singleton.
/// </summary>
internal sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _accounts;
    private readonly PartitionedRateLimiter<string> _addresses;

    public SignInThrottle(IOptions<WebOptions> options)
    {
        var o = options.Value;
        var window = TimeSpan.FromMinutes(Math.Max(1, o.SignInFailureWindowMinutes));
        _accounts = Limiter(o.SignInFailuresPerAccount, window);
        _addresses = Limiter(o.SignInFailuresPerAddress, window);
    }

    /// <summary>Null when <paramref name="account"/> may try to sign in from <paramref name="address"/>; else how long to wait and why.</summary>
    public (TimeSpan Wait, string Why)? Refusal(string account, string address)
    {
        using var byAccount = _accounts.AttemptAcquire(Key(account), 0);
        if (!byAccount.IsAcquired) return (Wait(byAccount), "Too many failed sign-ins for this account");
        using var byAddress = _addresses.AttemptAcquire(address, 0);
        if (!byAddress.IsAcquired) return (Wait(byAddress), "Too many failed sign-ins from this address");
        return null;
    }

    /// <summary>Counts a failed attempt against the account and the address.</summary>
    public void Failed(string account, string address)
    {
        _accounts.AttemptAcquire(Key(account)).Dispose();
        _addresses.AttemptAcquire(address).Dispose();
    }

    public void Dispose()
    {
        _accounts.Dispose();
        _addresses.Dispose();
    }

    // Names compare as the ledger's user table compares them: exactly; a very long name is cut to bound the key.
    private static string Key(string account) => account.Length > 100 ? account[..100] : account;

    private static TimeSpan Wait(RateLimitLease lease) => lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);

    private static PartitionedRateLimiter<string> Limiter(int failures, TimeSpan window) => PartitionedRateLimiter.Create<string, string>(key =>
        failures <= 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = failures, Window = window, QueueLimit = 0 }));
}
