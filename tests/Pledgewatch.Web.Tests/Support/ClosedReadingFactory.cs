namespace Pledgewatch.Web.Tests.Support;

/// <summary>The app with reading closed: every page and GET needs a user or token.</summary>
public sealed class ClosedReadingFactory : WebAppFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["OpenReading"] = "false" };
}
