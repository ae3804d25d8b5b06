namespace Pledgewatch.Web.Tests.Support;

/// <summary>The app with 1 KiB bodies (no rate limits), for the order of the refusals.</summary>
public sealed class SmallBodyFactory : WebAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["MaxBodyBytes"] = "1024" };
}
