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

    /// <summary>API requests per minute per account (signed in or by token), or per client address for anonymous readers; 0 switches the limit off (load tests).</summary>
    public int ApiPermitsPerMinute { get; set; } = 600;

    /// <summary>Sign-in posts per client address per minute, right or wrong (a volume cap); 0 switches the limit off.</summary>
    public int SignInPermitsPerMinute { get; set; } = 30;

    /// <summary>Failed sign-ins per account in <see cref="SignInFailureWindowMinutes"/>, from any address; 0 switches the limit off.</summary>
    public int SignInFailuresPerAccount { get; set; } = 5;

    /// <summary>Failed sign-ins per client address in <see cref="SignInFailureWindowMinutes"/>, for any account; 0 switches the limit off.</summary>
    public int SignInFailuresPerAddress { get; set; } = 20;

    /// <summary>The window of the failed sign-in limits, in minutes.</summary>
    public int SignInFailureWindowMinutes { get; set; } = 15;
}
