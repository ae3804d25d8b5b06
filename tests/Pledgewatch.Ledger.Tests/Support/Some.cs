using Pledgewatch.Ledger.Storage;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Tests.Support;

/// <summary>Builders of records and documents for storage tests (the coder is not involved).</summary>
internal static class Some
{
    public static EventRecord Pledge(string doc, string actor, string recipient, decimal? amount, string? currency, DateOnly from, DateOnly to,
        string? dateText = "at some point", string type = "AGREE", params string[] instruments) => new()
    {
        Doc = doc,
        EventType = type,
        Actor = [new EntityRef(actor, actor, "GOV")],
        Recipient = [new EntityRef(recipient, recipient)],
        Date = new EventDate(from, to, dateText),
        Commitment = new Commitment
        {
            Amount = amount is { } a ? new Money(a, currency, $"{a} {currency}") : null,
            Instruments = instruments,
            Purpose = "recovery",
            Stage = "pledged",
        },
        Evidence = new Evidence(0, 0, 10, "Some text."),
        Confidence = 0.9,
    };

    public static EventRecord Meeting(string doc, string actor, string recipient, DateOnly day) => new()
    {
        Doc = doc,
        EventType = "CONSULT",
        Mode = "visit",
        Actor = [new EntityRef(actor, actor)],
        Recipient = [new EntityRef(recipient, recipient)],
        Date = new EventDate(day, day, "on the day"),
        Evidence = new Evidence(0, 0, 10, "Some text."),
    };

    /// <summary>
    /// A commitment as the coder codes it under EVENTS.md ("Packages, parts, shares and totals"): record id
    /// <paramref name="id"/>, and <paramref name="partOf"/> the id of the package record that includes it.
    /// </summary>
    public static EventRecord Commitment(string doc, string id, string actor, decimal amount, string currency, string day, string? partOf = null,
        string purpose = "military", string type = "AGREE", string recipient = "UKR", params string[] instruments) => new()
    {
        Doc = doc,
        Id = id,
        EventType = type,
        Actor = [new EntityRef(actor, actor, "GOV")],
        Recipient = [new EntityRef(recipient, recipient)],
        Date = new EventDate(Day(day), Day(day), "on Monday"),
        Commitment = new Commitment
        {
            Amount = new Money(amount, currency, $"{amount} {currency}"),
            Instruments = instruments,
            Purpose = purpose,
            Stage = "pledged",
            PartOf = partOf,
        },
        Evidence = new Evidence(0, 0, 10, "Some text."),
        Confidence = 0.9,
    };

    /// <summary>
    /// "Australia announced a further $95 million for Ukraine on Monday, of which $50 million goes to the NATO fund,
    /// $2 million to the drone coalition and $43 million to military equipment": the package (e1) and its three parts.
    /// </summary>
    public static IReadOnlyList<EventRecord> AustralianPackage(string doc) =>
    [
        Commitment(doc, "e1", "AUS", 95_000_000m, "AUD", "2026-02-02"),
        Commitment(doc, "e2", "AUS", 50_000_000m, "AUD", "2026-02-02", "e1", "military", "AGREE", "UKR", "weapons"),
        Commitment(doc, "e3", "AUS", 2_000_000m, "AUD", "2026-02-02", "e1", "military", "AGREE", "UKR", "equipment"),
        Commitment(doc, "e4", "AUS", 43_000_000m, "AUD", "2026-02-02", "e1", "military", "AGREE", "UKR", "equipment"),
    ];

    public static StoredDocument Document(string doc, string? text = null, DateOnly? published = null) =>
        new(doc, text ?? $"The text of {doc}.", $"Title of {doc}", $"https://news.example/{doc}", $"/corpus/{doc}.txt", "news.example", "CAN", published ?? new DateOnly(2026, 1, 5));

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
