namespace Pledgewatch.Records;

/// <summary>One coded event: the EVENTS.md record. Its JSON shape is pinned by <see cref="RecordJson"/> and a snapshot test.</summary>
public sealed record EventRecord
{
    public required string Doc { get; init; }

    /// <summary>
    /// The record's identifier within its document ("e1", "e2", … in the order of the evidence), stable for the same
    /// text; <see cref="Commitment.PartOf"/> refers to it. Empty only for records built by hand outside the coder.
    /// </summary>
    public string Id { get; init; } = "";

    /// <summary>PLOVER category, upper case (AGREE, CONSULT, …).</summary>
    public required string EventType { get; init; }

    public string? Mode { get; init; }

    /// <summary>PLOVER contexts plus the auxiliary modes future, historical, hypothetical, negation.</summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    public IReadOnlyList<EntityRef> Actor { get; init; } = [];

    public IReadOnlyList<EntityRef> Recipient { get; init; } = [];

    public required EventDate Date { get; init; }

    public PlaceRef? Location { get; init; }

    public Commitment? Commitment { get; init; }

    public SanctionInfo? Sanction { get; init; }

    public required Evidence Evidence { get; init; }

    public double Confidence { get; init; }

    /// <summary>Which frame and attitude rule made the record, for <c>pledgewatch explain</c>; not part of the JSON record.</summary>
    public string? Explanation { get; init; }
}

/// <summary>An entity as written in a record: <c>{"text", "code", "sector", "name"}</c>.</summary>
public sealed record EntityRef(string Text, string? Code, string? Sector = null, string? Name = null);

/// <summary>Where an event happened: the place as written and its country's ISO3 when known.</summary>
public sealed record PlaceRef(string Text, string? Code);

/// <summary>When an event happened: one day (<c>From == To</c>) or an inclusive range; <see cref="Text"/> is null when the report's own date was used.</summary>
public sealed record EventDate(DateOnly From, DateOnly To, string? Text);

/// <summary>Resources promised, given, sought or withdrawn (EVENTS.md, Commitments).</summary>
public sealed record Commitment
{
    public Money? Amount { get; init; }

    public IReadOnlyList<string> Instruments { get; init; } = [];

    public string? Purpose { get; init; }

    public IReadOnlyList<Item> Items { get; init; } = [];

    /// <summary>sought, pledged, committed, delivered or withdrawn.</summary>
    public required string Stage { get; init; }

    /// <summary>
    /// The <see cref="EventRecord.Id"/> of the record whose amount includes this one: a package's part or a member's
    /// share of a joint commitment (EVENTS.md, "Packages, parts, shares and totals"). Null for a whole.
    /// </summary>
    public string? PartOf { get; init; }
}

/// <summary>An amount in units of an ISO 4217 currency, with the text it was read from.</summary>
public sealed record Money(decimal Value, string? Currency, string Text);

public sealed record Item(string Text, int Quantity);

/// <summary>What a SANCTION event names: its targets, the number of designations and the legal act.</summary>
public sealed record SanctionInfo(IReadOnlyList<EntityRef> Targets, int? Count, string? Instrument);

/// <summary>The sentence a record rests on: index, half-open UTF-16 offsets into the document text, and its text.</summary>
public sealed record Evidence(int Sentence, int Start, int End, string Text);
