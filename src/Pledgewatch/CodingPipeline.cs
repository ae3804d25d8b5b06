using Pledgewatch.Amounts;
using Pledgewatch.Dates;
using Pledgewatch.Entities;
using Pledgewatch.Events;
using Pledgewatch.Reading;
using Pledgewatch.Records;
using Pledgewatch.Reference;
using Pledgewatch.Sentences;

namespace Pledgewatch;

/// <summary>
/// The coder, stage by stage: read this file first. A document's text is split into sentences; each sentence is
/// tokenised once, and its entities, amounts, items and dates are found; the events stage turns that analysis into
/// EVENTS.md records, merging an event stated twice. Built once (loading the reference data), immutable, thread-safe.
/// </summary>
public sealed class CodingPipeline
{
    private readonly EntityExtractor _entities;
    private readonly Syntax.SyntaxParser _syntax = new();

    private CodingPipeline(ReferenceData reference)
    {
        _entities = new EntityExtractor(reference);
    }

    public static CodingPipeline Create() => new(ReferenceData.Load());

    /// <summary>Fills in what the document leaves open: the outlet country from its dateline.</summary>
    public Document Complete(Document document)
    {
        if (document.OutletCountry is null && document.Dateline is not null)
        {
            var country = _entities.ResolvePlace(document.Dateline);
            if (country is not null) return document with { OutletCountry = country };
        }
        return document;
    }

    /// <summary>What the stages before the events stage found in each sentence, for <c>pledgewatch explain</c>.</summary>
    public IEnumerable<SentenceAnalysis> Analyse(Document document, DateOnly fallbackDate)
    {
        document = Complete(document);
        var published = SpokenDate(document.Text, document.Published ?? fallbackDate);
        var entities = _entities.StartDocument(document);
        foreach (var sentence in SentenceSplitter.Split(document.Text))
        {
            var tokens = Tokenizer.Tokenize(document.Text, sentence.Span);
            yield return new SentenceAnalysis(sentence, tokens, entities.Next(sentence, tokens),
                MoneyExtractor.Extract(document.Text, tokens, document.OutletCountry),
                ItemExtractor.Extract(document.Text, tokens),
                DateExtractor.Extract(document.Text, tokens, published));
        }
    }

    private static readonly System.Buffers.SearchValues<string> s_spokenCues =
        System.Buffers.SearchValues.Create(["delivered", "spoken", "recorded"], StringComparison.OrdinalIgnoreCase);

    /// <summary>How many sentences at the top of a document may say when its words were spoken.</summary>
    private const int SpokenHeaderSentences = 4;

    /// <summary>
    /// The day a transcript's words were spoken, when its header says so and it is up to a week before the publication
    /// date ("Delivered at the press centre in Washington on Wednesday evening, April 26 (local time); released in Seoul on
    /// Thursday, April 27"): its "this afternoon" and "yesterday" count from that day. Otherwise the publication date.
    /// </summary>
    private static DateOnly SpokenDate(string text, DateOnly published)
    {
        int seen = 0;
        var tokens = new List<Token>(64);
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (++seen > SpokenHeaderSentences) break;
            if (text.AsSpan(sentence.Span.Start, sentence.Span.Length).IndexOfAny(s_spokenCues) < 0) continue;
            tokens.Clear();
            Tokenizer.Tokenize(text, sentence.Span, tokens);
            foreach (var date in DateExtractor.Extract(text, tokens, published))
                if (date.From == date.To && date.From < published && date.From.AddDays(7) >= published) return date.From;
        }
        return published;
    }

    /// <summary>Where a completed document's body starts, after its dateline (for <c>pledgewatch explain</c>).</summary>
    public static int BodyStart(Document document) => Discourse.FindBodyStart(document);

    /// <summary>The parse of an analysed sentence (for <c>pledgewatch explain</c>).</summary>
    public Syntax.SentenceParse Parse(string text, SentenceAnalysis sentence, int bodyStart = 0) => _syntax.Parse(text, sentence, bodyStart);

    /// <summary>
    /// Codes a document. Records come out lazily, in the order of the sentences they rest on.
    /// </summary>
    /// <param name="fallbackDate">The publication date to assume when the document has none (the caller's clock, not ours).</param>
    public IEnumerable<EventRecord> Code(Document document, DateOnly fallbackDate)
    {
        int n = 0;
        foreach (var record in CodeUnnumbered(document, fallbackDate))
            yield return record.Id.Length > 0 ? record : record with { Id = "e" + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    private IEnumerable<EventRecord> CodeUnnumbered(Document document, DateOnly fallbackDate)
    {
        document = Complete(document);
        var published = SpokenDate(document.Text, document.Published ?? fallbackDate);
        var text = document.Text;
        var entities = _entities.StartDocument(document);
        var discourse = new Discourse(Events.Frames.FrameTable.Default, Events.Frames.EventLexicon.Default, document, published,
            document.Dateline is null ? null : _entities.ResolvePlace(document.Dateline, document.OutletCountry));

        // One token buffer per document: every stage is done with a sentence's tokens before the next is read.
        var tokens = new List<Token>(64);
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            tokens.Clear();
            Tokenizer.Tokenize(text, sentence.Span, tokens);
            var analysis = new SentenceAnalysis(
                sentence,
                tokens,
                entities.Next(sentence, tokens),
                MoneyExtractor.Extract(text, tokens, document.OutletCountry),
                ItemExtractor.Extract(text, tokens),
                DateExtractor.Extract(text, tokens, published));
            foreach (var record in discourse.Add(_syntax.Parse(text, analysis, discourse.BodyStart))) yield return record;
        }
        foreach (var record in discourse.Finish()) yield return record;
    }
}
