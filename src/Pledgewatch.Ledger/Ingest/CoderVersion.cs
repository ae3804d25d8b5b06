using System.Reflection;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>
/// The version of the coder in this build, stored with every document and record it codes: the coder assembly's
/// informational version, which the SDK makes "1.0.0+" and the commit it was built from (shortened to 12 characters).
/// Records of two builds of one commit carry the same version; <c>pledgewatch recode</c> compares records, not versions.
/// </summary>
public static class CoderVersion
{
    public static string Current { get; } = Of(typeof(CodingPipeline).Assembly);

    internal static string Of(Assembly coder)
    {
        var version = coder.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? coder.GetName().Version?.ToString() ?? "unknown";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 && version.Length > plus + 13 ? version[..(plus + 13)] : version;
    }
}
