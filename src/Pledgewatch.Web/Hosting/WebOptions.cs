namespace Pledgewatch.Web.Hosting;

/// <summary>
/// The configuration section <c>Pledgewatch</c> (appsettings, environment <c>Pledgewatch__OpenReading=false</c>, or
/// what <c>pledgewatch serve</c> sets). Read per request, so the test host can override it.
/// </summary>
internal sealed class WebOptions
{
    public const string Section = "Pledgewatch";

    /// <summary>The ledger, as <c>--db</c> takes it: null for <c>pledgewatch.db</c> in the working directory.</summary>
    public string? Db { get; set; }

    /// <summary>When true (the default) anyone may read pages and GET the API; when false reading needs a signed-in user or a token.</summary>
    public bool OpenReading { get; set; } = true;

    /// <summary>Largest request body accepted (bytes); larger ones answer 413. Default 2 MiB: a long report in HTML.</summary>
    public long MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>API requests per client address per minute; 0 switches the limit off (load tests).</summary>
    public int ApiPermitsPerMinute { get; set; } = 600;

    /// <summary>Sign-in attempts per client address per minute; 0 switches the limit off.</summary>
    public int SignInPermitsPerMinute { get; set; } = 10;
}
