using Pledgewatch.Reading;

namespace Pledgewatch.Events;

/// <summary>Codes PLOVER events from analysed sentences. Built once; thread-safe; per-document state lives in <see cref="EventContext"/>.</summary>
public sealed class EventCoder
{
    public TriggerLexicon Triggers { get; } = TriggerLexicon.Default;

    /// <param name="datelineCountry">ISO3 of the dateline's place: where a meeting "here" took place.</param>
    public EventContext StartDocument(Document document, DateOnly published, string? datelineCountry = null) =>
        new(this, document, published, datelineCountry);
}
