namespace Pledgewatch.Cli;

/// <summary>A failure to report to the user as one line on standard error, with the exit code to return.</summary>
internal sealed class CliError(string message, int exitCode = ExitCodes.Failure) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

internal static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Some input could not be processed (a missing, unreadable or binary file); the others were.</summary>
    public const int Failure = 1;
    /// <summary>The command line itself is wrong (unknown flag, bad date, bad country code).</summary>
    public const int Usage = 2;
    /// <summary>A bug: reported in one line; the details go nowhere near the user's output.</summary>
    public const int Internal = 70;
}
