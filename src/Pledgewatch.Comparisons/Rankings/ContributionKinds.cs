using Pledgewatch.Comparisons.Reference;
using Pledgewatch.Records;

namespace Pledgewatch.Comparisons.Rankings;

/// <summary>Classifies a commitment as financial, military, humanitarian or other, by contribution-kinds.tsv. Immutable.</summary>
internal sealed class ContributionKinds
{
    public const string Financial = "financial", Military = "military", Humanitarian = "humanitarian", Other = "other";

    /// <summary>The values <c>rank --type</c> takes besides <c>all</c>.</summary>
    public static IReadOnlyList<string> Named { get; } = [Financial, Military, Humanitarian];

    private readonly Dictionary<string, string> _byPurpose = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byInstrument = new(StringComparer.Ordinal);

    public static ContributionKinds Default { get; } = Load();

    private static ContributionKinds Load()
    {
        var k = new ContributionKinds();
        foreach (var row in ReferenceFiles.BundledRows("contribution-kinds.tsv"))
            (row[0] == "purpose" ? k._byPurpose : k._byInstrument)[row[1]] = row[2];
        return k;
    }

    public string Of(Commitment commitment)
    {
        if (commitment.Purpose is { } p && _byPurpose.TryGetValue(p, out var kind)) return kind;
        foreach (var i in commitment.Instruments)
            if (_byInstrument.TryGetValue(i, out var byInstrument)) return byInstrument;
        return Other;
    }
}
