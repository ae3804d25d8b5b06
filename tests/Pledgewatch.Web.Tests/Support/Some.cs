using Pledgewatch.Ledger.Storage;
using Pledgewatch.Records;

namespace Pledgewatch.Web.Tests.Support;

/// <summary>Builders of records and documents for a known ledger: tests do not depend on the coder's current output.</summary>
public static class Some
{
    public static EventRecord Record(string doc, string type, string actor, string? recipient, string date, decimal? amount = null, string? currency = null,
        string? stage = null, string? purpose = null, int start = 0, int end = 10, string text = "Evidence.") => new()
    {
        Doc = doc,
        EventType = type,
        Actor = [new EntityRef(actor, actor)],
        Recipient = recipient is null ? [] : [new EntityRef(recipient, recipient)],
        Date = new EventDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), null),
        Commitment = stage is null ? null : new Commitment
        {
            Amount = amount is null ? null : new Money(amount.Value, currency, $"{amount} {currency}"),
            Instruments = ["grant"],
            Purpose = purpose,
            Stage = stage,
        },
        Sanction = type == "SANCTION" ? new SanctionInfo([new EntityRef("Rosneft", null)], 1, null) : null,
        Evidence = new Evidence(0, start, end, text),
        Confidence = 0.9,
    };

    /// <summary>
    /// Two documents, seven entries (all candidates): CAN pledges 2.5bn CAD to UKR; CAN and UKR meet; DEU gives 1bn EUR
    /// and commits 2bn EUR; FRA pledges 0.5bn EUR (military); EU sanctions RUS; FRA and DEU meet.
    /// </summary>
    public static void Seed(LedgerStore store)
    {
        const string halifax = "Canada will provide $2.5 billion to Ukraine, Carney said. Carney met Zelenskyy in Halifax.";
        store.Ingest(new StoredDocument("halifax", halifax, "Carney pledges $2.5 billion", null, "test", null, "CAN", new DateOnly(2025, 12, 28)),
        [
            Record("halifax", "AGREE", "CAN", "UKR", "2025-12-27", 2_500_000_000m, "CAD", "pledged", "recovery", 0, 57, halifax[..57]),
            Record("halifax", "CONSULT", "CAN", "UKR", "2025-12-27", start: 58, end: halifax.Length, text: halifax[58..]),
        ], "seed");
        const string brussels = "Germany delivered EUR 1 billion. Germany committed EUR 2 billion. France pledged EUR 500 million for arms. The EU sanctioned Rosneft. Macron met Merz.";
        store.Ingest(new StoredDocument("brussels", brussels, "Brussels summit", "https://example.org/brussels", "test", "example.org", "BEL", new DateOnly(2026, 1, 15)),
        [
            Record("brussels", "AID", "DEU", "UKR", "2026-01-14", 1_000_000_000m, "EUR", "delivered", "financial", 0, 32, brussels[..32]),
            Record("brussels", "AGREE", "DEU", "UKR", "2026-01-14", 2_000_000_000m, "EUR", "committed", "financial", 33, 65, brussels[33..65]),
            Record("brussels", "AGREE", "FRA", "UKR", "2026-01-14", 500_000_000m, "EUR", "pledged", "military", 66, 106, brussels[66..106]),
            Record("brussels", "SANCTION", "EU", "RUS", "2026-01-15", start: 107, end: 133, text: brussels[107..133]),
            Record("brussels", "CONSULT", "FRA", "DEU", "2026-01-15", start: 134, end: brussels.Length, text: brussels[134..]),
        ], "seed");
    }
}
