using Pledgewatch.Entities;
using Pledgewatch.Reading;
using Pledgewatch.Records;

namespace Pledgewatch.Events;

/// <summary>
/// The events stage for one document: <see cref="Add"/> each analysed sentence in order, then <see cref="Finish"/>.
/// Drafts are held until the end so that an event stated twice becomes one record and undated events take the
/// report's news day; a long document is flushed in windows so memory stays bounded.
/// </summary>
public sealed partial class EventContext
{
    /// <summary>Drafts kept for merging; older ones are written out (a repeat is almost always within a few paragraphs).</summary>
    private const int MergeWindow = 400;

    private readonly EventCoder _coder;
    private readonly Document _document;
    private readonly DateOnly _published;
    private readonly string? _datelineCountry;
    private readonly List<EventDraft> _drafts = [];
    private readonly Dictionary<string, int> _mentionCounts = new(StringComparer.Ordinal);
    private readonly List<Mention> _people = [];
    private List<Mention> _topic = [];
    private (DateOnly From, DateOnly To, string Text)? _newsDay;
    private (DateOnly From, DateOnly To)? _lastDate;
    private (DateOnly From, DateOnly To, string Text)? _paragraphDate;
    private int _lastSentenceEnd;

    /// <summary>True until the first sentence of the body: lines above it may be a headline or a rubric.</summary>
    private bool _atTop = true;

    internal EventContext(EventCoder coder, Document document, DateOnly published, string? datelineCountry)
    {
        _coder = coder;
        _document = document;
        _published = published;
        _datelineCountry = datelineCountry;
        _bodyStart = BodyStart(document);
    }

    /// <summary>The character after a dateline's dash ("RAMSTEIN AIR BASE, Germany — "), or 0 without a dateline.</summary>
    private readonly int _bodyStart;

    private static int BodyStart(Document document)
    {
        if (document.Dateline is not { Length: > 0 } dateline) return 0;
        var text = document.Text.AsSpan(0, Math.Min(document.Text.Length, 2000));
        int at = text.IndexOf(dateline, StringComparison.Ordinal);
        if (at < 0 || at > 0 && text[at - 1] != '\n') return 0;
        int dash = text[at..].IndexOfAny("—–:-");
        return dash < 0 ? 0 : at + dash + 1;
    }

    public IEnumerable<EventRecord> Add(SentenceAnalysis sentence)
    {
        if (_document.Text.AsSpan(_lastSentenceEnd, Math.Max(0, sentence.Sentence.Span.Start - _lastSentenceEnd)).Contains('\n'))
            _paragraphDate = null;
        _lastSentenceEnd = sentence.Sentence.Span.End;
        Remember(sentence);
        // A headline restates the body in telegraphic grammar ("EU agrees loan for Kyiv as Washington adds sanctions"):
        // its entities count, its events are the body's and are coded there.
        if (_atTop && Heading(sentence.Sentence.Span)) return [];
        _atTop = false;
        var triggers = _coder.Triggers.Find(_document.Text, sentence.Tokens);
        // Most sentences name no event: they only feed the discourse state above and below.
        SentenceView? view = triggers.Count > 0 || sentence.Money.Count > 0 || sentence.Dates.Count > 0 ? new SentenceView(_document.Text, sentence, _bodyStart) : null;
        if (view is not null && (triggers.Count > 0 || sentence.Money.Count > 0))
        {
            foreach (var draft in Code(view, triggers))
            {
                // An undated statement belongs to the time of its paragraph ("Poland, Hungary and Slovakia promptly
                // introduced bans" after "… beyond Sept. 15"); the report's news day is the last resort.
                if (draft.From is null && _paragraphDate is { } p)
                {
                    draft.From = p.From;
                    draft.To = p.To;
                    draft.DateText = p.Text;
                }
                else if (draft.From is { } from && !draft.Future && !draft.InRelativeClause && draft.DateText is not null)
                    _paragraphDate = (from, draft.To!.Value, draft.DateText);
                AddDraft(draft);
            }
        }
        // A date stated in a sentence without events still sets the time of its paragraph ("on Tuesday, X said …").
        if (view is not null && sentence.Dates.Count > 0 && sentence.Dates[0] is var stated && stated.To <= _published && stated.To.DayNumber - stated.From.DayNumber <= 7
            && !AfterFutureMarker(view, stated))
            _paragraphDate = (stated.From, stated.To, stated.Text);
        // "the same day" later on follows the last event, or the report's news day when that event had no date.
        if (_drafts.Count > 0 && _drafts[^1] is var lastDraft)
            _lastDate = lastDraft.From is { } f ? (f, lastDraft.To!.Value) : _newsDay is { } n ? (n.From, n.To) : _lastDate;
        if (_drafts.Count <= MergeWindow * 2) return [];
        var flushed = _drafts.GetRange(0, MergeWindow);
        _drafts.RemoveRange(0, MergeWindow);
        return Complete(flushed);
    }

    public IEnumerable<EventRecord> Finish()
    {
        var rest = _drafts.ToList();
        _drafts.Clear();
        return Complete(rest);
    }

    /// <summary>"to be detailed on Tuesday", "is due to meet on Tuesday": a date of what is still to come.</summary>
    private static bool AfterFutureMarker(SentenceView v, Dates.DateMention d)
    {
        int at = v.TokenAt(d.Span.Start);
        for (int i = Math.Max(0, at - 4); i < at; i++)
            if (v.Is(i, "be") || v.Is(i, "will") || v.Is(i, "would") || v.Is(i, "due")) return true;
        return false;
    }

    /// <summary>What later sentences need from this one: mention counts, the people seen, the report's news day.</summary>
    private void Remember(SentenceAnalysis sentence)
    {
        foreach (var m in sentence.Mentions)
        {
            if (m.Code is null || m.Kind == EntityKind.Place || m.Sector is "EDU" or "MED") continue;
            _mentionCounts[m.Code] = _mentionCounts.GetValueOrDefault(m.Code) + 1;
            if (m.Kind == EntityKind.Person)
            {
                // Only the last few people are ever looked at ("the two leaders"): keep memory flat on long documents.
                if (_people.Count == 64) _people.RemoveRange(0, 32);
                _people.Add(m);
            }
        }
        if (_newsDay is null)
        {
            foreach (var d in sentence.Dates)
            {
                int days = _published.DayNumber - d.From.DayNumber;
                if (d.Relative && days is >= 0 and <= 7 && d.To.DayNumber - d.From.DayNumber <= 1)
                {
                    _newsDay = (d.From, d.To, d.Text);
                    break;
                }
            }
        }
    }

    /// <summary>A line of its own, short and without closing punctuation: a headline, kicker or rubric.</summary>
    private bool Heading(TextSpan span)
    {
        var text = _document.Text.AsSpan();
        var line = text[span.Start..span.End].TrimEnd();
        if (line.Length == 0 || line.Contains('\n') || line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ':' or ';' or ',') return false;
        bool startsLine = span.Start == 0 || text[..span.Start].TrimEnd(' ').TrimEnd('\t') is var before && (before.Length == 0 || before[^1] == '\n');
        // Only above a body: a one-line report without a full stop ("Canada pledges $50M to Ukraine") is coded.
        var after = text[span.End..].TrimStart(' ').TrimStart('\t');
        bool endsLine = after.Length > 0 && after[0] is '\n' or '\r';
        return startsLine && endsLine && !after.IsWhiteSpace() && line.Count(' ') < 20;
    }
}
