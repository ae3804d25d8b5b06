using System.Collections;

namespace Pledgewatch.Events.Frames;

/// <summary>
/// The frames of one lemma, in table order (<see cref="FrameTable.Verb"/>). A struct over the table's own array:
/// the coder looks up every clause's verb, and <c>foreach</c> over this allocates nothing.
/// </summary>
public readonly struct FrameRows(EventFrame[] rows) : IReadOnlyList<EventFrame>
{
    // Null only in default(FrameRows), which reads as no rows.
    private readonly EventFrame[]? _rows = rows;

    private EventFrame[] Rows => _rows ?? [];

    public int Count => Rows.Length;

    public EventFrame this[int index] => Rows[index];

    public ReadOnlySpan<EventFrame>.Enumerator GetEnumerator() => new ReadOnlySpan<EventFrame>(_rows).GetEnumerator();

    IEnumerator<EventFrame> IEnumerable<EventFrame>.GetEnumerator() => ((IEnumerable<EventFrame>)Rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => Rows.GetEnumerator();
}
