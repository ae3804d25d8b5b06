using System.Globalization;
using Pledgewatch.Ledger.Dedup;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Review;

/// <summary>
/// Checks of a package against its parts that review should see: a part cannot be larger than the whole that
/// includes it (EVENTS.md, "Packages, parts, shares and totals"). Amounts are compared in one currency only, within
/// the 1% by which reports round (<see cref="EntryMatcher.AmountTolerance"/>); the ledger holds no exchange rates.
/// </summary>
internal static class PackageCheck
{
    /// <summary>Why part <paramref name="partId"/> is flagged, or null when its amount fits in its package's (or they cannot be compared).</summary>
    public static string? PartExceeds(long partId, EntryFields part, long packageId, EntryFields package)
    {
        if (part.Commitment?.Amount is not { } p || package.Commitment?.Amount is not { } whole || p.Currency != whole.Currency) return null;
        return p.Value > whole.Value * (1 + EntryMatcher.AmountTolerance)
            ? $"entry {partId} ({Show(p)}) is larger than its package, entry {packageId} ({Show(whole)})"
            : null;
    }

    /// <summary>Why package <paramref name="packageId"/> is flagged when its parts in its own currency add up to more than it, else null.</summary>
    public static string? PartsExceed(long packageId, EntryFields package, IEnumerable<EntryFields> parts)
    {
        if (package.Commitment?.Amount is not { } whole) return null;
        var same = parts.Select(f => f.Commitment?.Amount).OfType<Money>().Where(m => m.Currency == whole.Currency).ToList();
        if (same.Count < 2) return null; // one part alone is PartExceeds' case
        var sum = same.Sum(m => m.Value);
        return sum > whole.Value * (1 + EntryMatcher.AmountTolerance)
            ? $"the parts of entry {packageId} add up to {Show(new Money(sum, whole.Currency, ""))}, more than the package ({Show(whole)})"
            : null;
    }

    private static string Show(Money m) => $"{m.Value.ToString("N0", CultureInfo.InvariantCulture)} {m.Currency ?? "?"}";
}
