using Pledgewatch.Comparisons.Rankings;

namespace Pledgewatch.Comparisons.Claims;

/// <summary>A checked claim: the verdict, how the claim was read, the ranking rows it rests on, and one line saying why.</summary>
/// <param name="Figures">The rows that decide: the top of the ranking down to the threshold, and the actors the claim names.</param>
/// <param name="Ranked">How many contributors the ranking has.</param>
internal sealed record ClaimResult(Verdict Verdict, ClaimReading Reading, IReadOnlyList<RankRow> Figures, int Ranked, string Reason)
{
    public static string Name(Verdict v) => v switch
    {
        Verdict.Supported => "supported",
        Verdict.NotSupported => "not_supported",
        _ => "cannot_tell",
    };
}
