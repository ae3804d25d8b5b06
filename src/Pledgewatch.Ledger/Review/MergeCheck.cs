using Pledgewatch.Ledger.Dedup;

namespace Pledgewatch.Ledger.Review;

/// <summary>
/// The guard rail of a manual merge: two entries of different category families (<see cref="CategoryFamily"/>: a
/// pledge and its delivery are one family, a meeting another) are two events, so merging them needs force and the
/// refusal says why in words a reviewer knows.
/// </summary>
public static class MergeCheck
{
    /// <summary>Why entry <paramref name="from"/> should not be folded into <paramref name="into"/> without force, or null when they are of one family.</summary>
    public static string? AcrossFamilies(long into, EntryFields target, long from, EntryFields merged)
    {
        if (CategoryFamily.Of(target.EventType) == CategoryFamily.Of(merged.EventType)) return null;
        return $"entry {from} is {Kind(merged.EventType)} and entry {into} is {Kind(target.EventType)}: different kinds of event, so merging " +
               "would fold one into the other; if they really are one event, merge with force ('ledger merge --force', \"force\": true in the API)";
    }

    /// <summary>A category in words: "a meeting (CONSULT)", "a commitment (AGREE)".</summary>
    public static string Kind(string eventType) => eventType switch
    {
        "AGREE" => "a commitment (AGREE)",
        "AID" => "aid given (AID)",
        "CONSULT" => "a meeting (CONSULT)",
        "SANCTION" => "a sanction (SANCTION)",
        "REQUEST" => "a request (REQUEST)",
        "REJECT" => "a refusal (REJECT)",
        "COOPERATE" => "cooperation (COOPERATE)",
        "SUPPORT" => "a statement of support (SUPPORT)",
        _ => $"a {eventType} event",
    };
}
