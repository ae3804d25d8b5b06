using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Pledgewatch.Ledger.Dedup;

/// <summary>
/// What two entries must share to be one: category family, actor codes, recipient codes and currency ("-" when
/// none). Stored indexed on each entry, so finding candidates is one index lookup, never a scan of the ledger.
/// </summary>
/// <param name="Value">"family|actors|recipients|currency", e.g. "AGREE/AID|CAN|UKR|CAD".</param>
internal readonly record struct DedupKey(string Value)
{
    public static DedupKey Of(EntryFields f)
    {
        var currency = f.Commitment?.Amount?.Currency ?? "-";
        return new($"{CategoryFamily.Of(f.EventType)}|{EntryFields.Codes(f.Actor)}|{EntryFields.Codes(f.Recipient)}|{currency}");
    }

    /// <summary>A stable 64-bit id of the key for PostgreSQL advisory locks (the first 8 bytes of its SHA-256).</summary>
    public long LockId => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(Value)));

    public override string ToString() => Value;
}
