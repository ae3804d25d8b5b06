namespace Pledgewatch.Ledger.Export;

/// <summary>csv and xlsx: one row per entry for analysts; json: the round-trip contract (<see cref="EntryJson"/>); plover: EVENTS.md JSON Lines.</summary>
public enum ExportFormat
{
    Csv,
    Json,
    Xlsx,
    Plover,
}
