using Pledgewatch.Ledger.Dedup;
using Pledgewatch.Ledger.Export;
using Pledgewatch.Records;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// A record with everything its storing derives from it alone: the entry fields it would open, their JSON and
/// de-duplication key, the record's JSON line and its evidence's JSON. Made by the coders (<see cref="PendingDocument.Encode"/>),
/// which run in parallel, so the one writer mostly binds strings. Immutable (the fields' JSON is made on first use).
/// </summary>
internal sealed class EncodedRecord
{
    private EncodedRecord(EventRecord record)
    {
        Record = record;
        Fields = EntryFields.From(record);
        Key = DedupKey.Of(Fields);
        LockId = Key.LockId;
        RecordJson = Records.RecordJson.ToJsonLine(record);
        EvidenceJson = EntryJson.SerializeEvidence(record.Evidence);
    }

    public EventRecord Record { get; }

    /// <summary><see cref="DedupKey.LockId"/> of <see cref="Key"/> (a SHA-256, so worth making once).</summary>
    public long LockId { get; }

    public EntryFields Fields { get; }

    /// <summary>
    /// <see cref="EntryJson.SerializeFields"/> of <see cref="Fields"/>: the entry's stored fields when the record opens
    /// one. Made when first asked for, by the writer as it inserts the entry: only a record that opens an entry needs
    /// it, and most records join one (49,644 of the benchmark's 68,966; BENCHMARKS.md, "The writer, ninth pass").
    /// Thread-safe: two threads asking at once may both make it, and get equal texts.
    /// </summary>
    public string FieldsJson => _fieldsJson ??= EntryJson.SerializeFields(Fields);

    private string? _fieldsJson;

    public DedupKey Key { get; }

    /// <summary>The <c>records.json</c> column.</summary>
    public string RecordJson { get; }

    /// <summary>The <c>entry_sources.evidence</c> column.</summary>
    public string EvidenceJson { get; }

    public static EncodedRecord Of(EventRecord record) => new(record);
}
