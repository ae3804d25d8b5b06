using Pledgewatch.Ledger.Dedup;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// A record with everything its storing derives from it alone: the entry fields it would open, their JSON and
/// de-duplication key, the record's JSON line and its evidence's JSON. Made by the coders (<see cref="PendingDocument.Encode"/>),
/// which run in parallel, so the one writer only binds strings. Immutable.
/// </summary>
internal sealed class EncodedRecord
{
    private EncodedRecord(EventRecord record)
    {
        Record = record;
        Fields = EntryFields.From(record);
        FieldsJson = EntryJson.SerializeFields(Fields);
        Key = DedupKey.Of(Fields);
        LockId = Key.LockId;
        RecordJson = Records.RecordJson.ToJsonLine(record);
        EvidenceJson = EntryJson.SerializeEvidence(record.Evidence);
    }

    public EventRecord Record { get; }

    /// <summary><see cref="DedupKey.LockId"/> of <see cref="Key"/> (a SHA-256, so worth making once).</summary>
    public long LockId { get; }

    public EntryFields Fields { get; }

    /// <summary><see cref="EntryJson.SerializeFields"/> of <see cref="Fields"/>: the entry's stored fields when the record opens one.</summary>
    public string FieldsJson { get; }

    public DedupKey Key { get; }

    /// <summary>The <c>records.json</c> column.</summary>
    public string RecordJson { get; }

    /// <summary>The <c>entry_sources.evidence</c> column.</summary>
    public string EvidenceJson { get; }

    public static EncodedRecord Of(EventRecord record) => new(record);
}
