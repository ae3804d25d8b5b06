using System.Security.Cryptography;
using System.Text;

namespace Pledgewatch.Web.Security;

/// <summary>
/// API tokens: 32 random bytes shown once as <c>pw_…</c> (base64url); the ledger keeps only their SHA-256, which is
/// enough for a secret of that strength (no salt or stretching needed, unlike passwords).
/// </summary>
internal static class ApiTokens
{
    public const string Prefix = "pw_";

    public static string Create() => Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
