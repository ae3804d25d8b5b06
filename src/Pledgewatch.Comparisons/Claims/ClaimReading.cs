using Pledgewatch.Comparisons.Rankings;

namespace Pledgewatch.Comparisons.Claims;

/// <summary>
/// How a claim was read: who, by which metric, over which kind of support, and what it asserts. Unset parts take the
/// defaults the notes state (total, all kinds, every stage, any recipient).
/// </summary>
/// <param name="Threshold">For a rank claim: the place asserted (exact) or the number of places ("top 5").</param>
/// <param name="ExactRank">True for "the second-largest" (exactly that place), false for "one of the largest" (within the threshold).</param>
/// <param name="Largest">False when the claim is about the smallest ("the lowest per capita").</param>
/// <param name="Negated">"X is not one of …": the verdict is that of the claim without "not", inverted.</param>
/// <param name="Notes">Defaults taken and words read loosely.</param>
/// <param name="Problems">Why the claim could not be read (then <see cref="Kind"/> is <see cref="ClaimKind.Unread"/>).</param>
internal sealed record ClaimReading(
    string Text,
    ClaimKind Kind,
    string? Actor,
    string? Other,
    RankMetric Metric,
    string Type,
    string? Stage,
    string? Recipient,
    int? Threshold,
    bool ExactRank,
    bool Largest,
    bool Negated,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Problems);
