using Pledgewatch.Ledger.Dedup;
using Pledgewatch.Ledger.Export;

namespace Pledgewatch.Ledger.Recoding;

/// <summary>
/// Pairs the records a document has in the ledger with the records the current coder makes of it. Pure.
/// <list type="number">
/// <item>the same fields on the same evidence span: <see cref="RecordFate.Same"/>;</item>
/// <item>then, on the same span and in the same category family (AGREE with AID, EVENTS.md "Coding rules"), the
/// first left in document order: <see cref="RecordFate.Changed"/>;</item>
/// <item>a new record left over is <see cref="RecordFate.New"/>, a stored one left over <see cref="RecordFate.Vanished"/>.</item>
/// </list>
/// A record whose sentence moved or whose category changed family is therefore a vanished record and a new one: the
/// new one is filed as at ingest and may join the entry the vanished one held.
/// </summary>
internal static class RecordPairing
{
    /// <param name="stored">The document's live records in the ledger, by ordinal.</param>
    /// <param name="coded">The records the coder makes now, in its order.</param>
    /// <returns>For each coded record, the index of its stored counterpart and the fate (Same, Changed or New); and the stored records left over.</returns>
    public static (IReadOnlyList<(int? Stored, RecordFate Fate)> Coded, IReadOnlyList<int> Vanished) Pair(
        IReadOnlyList<(EntryFields Fields, int Start, int End)> stored, IReadOnlyList<(EntryFields Fields, int Start, int End)> coded)
    {
        var result = new (int? Stored, RecordFate Fate)[coded.Count];
        var taken = new bool[stored.Count];
        var storedJson = stored.Select(s => EntryJson.SerializeFields(s.Fields)).ToList();
        for (int i = 0; i < coded.Count; i++)
        {
            var json = EntryJson.SerializeFields(coded[i].Fields);
            int match = Find(stored, taken, j => stored[j].Start == coded[i].Start && stored[j].End == coded[i].End && storedJson[j] == json);
            result[i] = match >= 0 ? (match, RecordFate.Same) : (null, RecordFate.New);
            if (match >= 0) taken[match] = true;
        }
        for (int i = 0; i < coded.Count; i++)
        {
            if (result[i].Fate != RecordFate.New) continue;
            var family = CategoryFamily.Of(coded[i].Fields.EventType);
            int match = Find(stored, taken, j => stored[j].Start == coded[i].Start && stored[j].End == coded[i].End
                && CategoryFamily.Of(stored[j].Fields.EventType) == family);
            if (match < 0) continue;
            result[i] = (match, RecordFate.Changed);
            taken[match] = true;
        }
        return (result, [.. Enumerable.Range(0, stored.Count).Where(j => !taken[j])]);
    }

    private static int Find(IReadOnlyList<(EntryFields, int, int)> stored, bool[] taken, Func<int, bool> fits)
    {
        for (int j = 0; j < stored.Count; j++)
            if (!taken[j] && fits(j)) return j;
        return -1;
    }
}
