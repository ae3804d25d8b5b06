using Pledgewatch.Ledger.Dedup;
using Pledgewatch.Ledger.Export;

namespace Pledgewatch.Ledger.Storage;

/// <summary>
/// Entry fields read back from their stored JSON, with their de-duplication key, remembered by that JSON:
/// de-duplication compares each new record with the same few entries of its key again and again, and parsing their
/// fields cost more than the query that found them. Keyed by the text itself, so an entry edited by anyone (another
/// process included) is parsed afresh, and a stale parse can never be used. The fields of the entries the writer
/// opens are remembered as it stores them (<see cref="Remember"/>): most candidates are entries this process opened,
/// and their fields need not be parsed back from the text it wrote. Thread-safe; holds at most <see cref="Capacity"/>
/// entries, then starts over.
/// </summary>
internal sealed class ParsedFields
{
    /// <summary>Fields of this many entries at most (a few kilobytes each).</summary>
    public const int Capacity = 20_000;

    private readonly Dictionary<string, (EntryFields, DedupKey)> _parsed = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>How many texts were parsed so far (<see cref="EntryJson.DeserializeFields"/>), remembered ones not counted.</summary>
    public long Parses { get; private set; }

    /// <summary>
    /// The fields of <paramref name="json"/> (<see cref="EntryJson.DeserializeFields"/>) and their <see cref="DedupKey.Of"/>;
    /// the fields are shared, and immutable.
    /// </summary>
    public (EntryFields Fields, DedupKey Key) Parse(string json)
    {
        lock (_lock)
        {
            if (_parsed.TryGetValue(json, out var known)) return known;
        }
        var fields = EntryJson.DeserializeFields(json);
        var parsed = (fields, DedupKey.Of(fields));
        lock (_lock)
        {
            Parses++;
            Add(json, parsed);
        }
        return parsed;
    }

    /// <summary>
    /// Remembers <paramref name="fields"/> as the parse of <paramref name="json"/>, which must be their
    /// <see cref="EntryJson.SerializeFields"/> (reading it back gives equal fields: <see cref="EntryJson"/>'s round trip),
    /// with <paramref name="key"/> their <see cref="DedupKey.Of"/>: an encoded record's, as the entry it opens is stored.
    /// </summary>
    public void Remember(string json, EntryFields fields, DedupKey key)
    {
        lock (_lock) Add(json, (fields, key));
    }

    private void Add(string json, (EntryFields, DedupKey) parsed)
    {
        if (_parsed.Count >= Capacity) _parsed.Clear();
        _parsed[json] = parsed;
    }
}
