using System.Collections.Concurrent;
using System.Text;
using Pledgewatch.Reference;

namespace Pledgewatch.Events.Frames;

/// <summary>
/// The rows of event-frames-cameo.tsv (40,700 rows, 6 MB), read lazily: the table's bytes are indexed once, by the
/// lemma each row serves, in one pass that splits no row (a few milliseconds); a lemma's rows are parsed the first
/// time the coder asks for it. Most reports never ask (our own frames serve their verbs), and a one-sentence `code`
/// no longer parses the whole table at start-up (issue 12). What a lemma gets is what the eager reader gave it: its
/// rows in file order, the same rows skipped. Thread-safe.
/// </summary>
internal sealed class CameoFrames
{
    public const string Name = "event-frames-cameo.tsv";

    private readonly byte[] _data;
    // Lemma → the rows that may serve it: (line number, start, length) in _data, in file order.
    private readonly Dictionary<string, List<(int Line, int Start, int Length)>> _index;
    private readonly ConcurrentDictionary<string, EventFrame[]> _parsed = new(StringComparer.Ordinal);

    private CameoFrames(byte[] data, Dictionary<string, List<(int, int, int)>> index)
    {
        _data = data;
        _index = index;
    }

    /// <summary>Reads the embedded table's bytes and indexes its rows by lemma.</summary>
    /// <exception cref="InvalidDataException">A row has fewer than 7 columns (file and line named).</exception>
    public static CameoFrames Load()
    {
        byte[] data;
        using (var stream = EmbeddedTable.OpenStream(Name))
        {
            data = new byte[stream.Length];
            stream.ReadExactly(data);
        }
        var index = new Dictionary<string, List<(int, int, int)>>(StringComparer.Ordinal);
        var lookup = index.GetAlternateLookup<ReadOnlySpan<char>>();
        var problems = new List<string>();
        Span<char> buffer = stackalloc char[128];
        int line = 0, start = 0;
        while (start < data.Length)
        {
            int newline = data.AsSpan(start).IndexOf((byte)'\n');
            int end = newline < 0 ? data.Length : start + newline;
            line++;
            var row = data.AsSpan(start, end - start);
            int rowStart = start;
            start = end + 1;
            if (row.Length == 0 || row[0] == '#') continue;
            if (row.Count((byte)'\t') < 6) { problems.Add($"{Name}:{line}: expected 7 columns"); continue; }
            // Columns: kind, lemma, forms or spec, cameo, category, mode, contexts.
            var rest = row[(row.IndexOf((byte)'\t') + 1)..];
            var lemma = rest[..rest.IndexOf((byte)'\t')];
            rest = rest[(lemma.Length + 1)..];
            rest = rest[(rest.IndexOf((byte)'\t') + 1)..];
            if (rest.Length > 0 && rest[0] == ':') continue; // reversed pairs: roles swapped (see FrameTable.ReadCameo)
            // Phrasal verbs mark the inflected word with '+': "+back down" serves "back".
            int space = lemma.IndexOf((byte)' ');
            if (space >= 0)
            {
                if (lemma[0] != '+' || lemma[(space + 1)..].Contains((byte)' ')) continue;
                lemma = lemma[1..space];
            }
            if (lemma.Length > buffer.Length) { problems.Add($"{Name}:{line}: lemma longer than {buffer.Length} characters"); continue; }
            int n = Encoding.UTF8.GetChars(lemma, buffer);
            if (!lookup.TryGetValue(buffer[..n], out var rows)) lookup[buffer[..n]] = rows = [];
            rows.Add((line, rowStart, row.Length));
        }
        if (problems.Count > 0) throw new InvalidDataException("Bad rows in the event frames: " + string.Join("; ", problems));
        return new CameoFrames(data, index);
    }

    /// <summary>The lemmas the table has rows for (some may parse to none).</summary>
    public IEnumerable<string> Lemmas => _index.Keys;

    /// <summary>The frames of <paramref name="lemma"/> in file order; empty when it has none this engine can read.</summary>
    public EventFrame[] Rows(string lemma)
    {
        if (_parsed.TryGetValue(lemma, out var frames)) return frames;
        if (!_index.TryGetValue(lemma, out var rows)) return [];
        var list = new List<EventFrame>(rows.Count);
        foreach (var (line, start, length) in rows)
            if (FrameTable.ReadCameoRow(Encoding.UTF8.GetString(_data, start, length), Name, line) is { } frame) list.Add(frame);
        frames = [.. list];
        _parsed.TryAdd(lemma, frames);
        return frames;
    }
}
