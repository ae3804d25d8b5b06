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

    public static StoredDocument Document(string doc, string? text = null, DateOnly? published = null) =>
        new(doc, text ?? $"The text of {doc}.", $"Title of {doc}", $"https://news.example/{doc}", $"/corpus/{doc}.txt", "news.example", "CAN", published ?? new DateOnly(2026, 1, 5));

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
