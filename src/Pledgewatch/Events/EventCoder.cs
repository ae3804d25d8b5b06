using Pledgewatch.Reading;
using Pledgewatch.Records;

namespace Pledgewatch.Events;

/// <summary>Codes PLOVER events from analysed sentences. Built once; thread-safe; per-document state lives in <see cref="EventContext"/>.</summary>
public sealed class EventCoder
{
    public EventContext StartDocument(Document document, DateOnly published) => new(this, document, published);
}

public sealed class EventContext(EventCoder coder, Document document, DateOnly published)
{
    public EventCoder Coder { get; } = coder;
    public Document Document { get; } = document;
    public DateOnly Published { get; } = published;

    public IEnumerable<EventRecord> Add(SentenceAnalysis sentence) => [];

    public IEnumerable<EventRecord> Finish() => [];
}
