using Pledgewatch.Records;

namespace Pledgewatch.Ledger;

/// <summary>
/// The normalised fields of a ledger entry: what the entry says happened, shaped as an EVENTS.md record without the
/// per-document parts (doc, evidence, confidence). Serialised by <see cref="Export.EntryJson"/>; edits replace it whole.
/// </summary>
public sealed record EntryFields
{
    /// <summary>PLOVER category, upper case.</summary>
    public required string EventType { get; init; }

    public string? Mode { get; init; }

    public IReadOnlyList<string> Context { get; init; } = [];

    public IReadOnlyList<EntityRef> Actor { get; init; } = [];

    public IReadOnlyList<EntityRef> Recipient { get; init; } = [];

    public required EventDate Date { get; init; }

    public PlaceRef? Location { get; init; }

    public Commitment? Commitment { get; init; }

    public SanctionInfo? Sanction { get; init; }

    /// <summary>
    /// The fields a record contributes when it opens a new entry. A record's <c>part_of</c> names a record of its own
    /// document; the ledger keeps the link as the entry's parent instead, so the fields never carry it.
    /// </summary>
    public static EntryFields From(EventRecord r) => new()
    {
        EventType = r.EventType,
        Mode = r.Mode,
        Context = r.Context,
        Actor = r.Actor,
        Recipient = r.Recipient,
        Date = r.Date,
        Location = r.Location,
        Commitment = r.Commitment is { PartOf: not null } c ? c with { PartOf = null } : r.Commitment,
        Sanction = r.Sanction,
    };

    /// <summary>Distinct entity codes, sorted ordinally, joined by '+'; "-" when none is known.</summary>
    public static string Codes(IEnumerable<EntityRef> entities)
    {
        var codes = entities.Select(e => e.Code).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return codes.Count == 0 ? "-" : string.Join('+', codes);
    }
}
