namespace Pledgewatch.Ledger.Dedup;

/// <summary>
/// Categories that report one commitment in different words share a family: a pledge (AGREE) and its delivery
/// (AID) are the same commitment in the ledger (EVENTS.md, "Coding rules": promises are AGREE, aid given is AID).
/// Every other PLOVER category is its own family.
/// </summary>
internal static class CategoryFamily
{
    public static string Of(string eventType) => eventType switch
    {
        "AGREE" or "AID" => "AGREE/AID",
        _ => eventType,
    };
}
