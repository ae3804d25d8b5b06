namespace Pledgewatch.Comparisons.Reference;

/// <summary>What an update wrote (paths and the versions they hold) and what went wrong, each problem naming its source.</summary>
internal sealed record UpdateReport(IReadOnlyList<string> Written, IReadOnlyList<string> Versions, IReadOnlyList<string> Problems);
