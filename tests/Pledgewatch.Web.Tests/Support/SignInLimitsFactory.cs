namespace Pledgewatch.Web.Tests.Support;

/// <summary>The app with small failed sign-in budgets: 2 per account and 4 per address (no volume limit).</summary>
public sealed class SignInLimitsFactory : WebAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["SignInFailuresPerAccount"] = "2",
        ["SignInFailuresPerAddress"] = "4",
    };
}
