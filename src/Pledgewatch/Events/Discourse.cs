using System.Collections.Frozen;
using Pledgewatch.Entities;
using Pledgewatch.Events.Frames;
using Pledgewatch.Reading;
using Pledgewatch.Records;
using Pledgewatch.Syntax;

namespace Pledgewatch.Events;

/// <summary>
/// The events stage for one document: <see cref="Add"/> each parsed sentence in order, then <see cref="Finish"/>.
/// Sentences are coded by <see cref="SentenceCoder"/>; this class keeps what spans sentences: the time of the
/// paragraph and the report's news day, the parties a report follows, repeats merged into one record (EVENTS.md:
/// "one event reported twice in a document is one record"), ids and part_of. Drafts are held until the end; a long
/// document is flushed in windows so memory stays bounded. Not thread-safe: one per document.
/// </summary>
public sealed partial class Discourse
{
    /// <summary>Drafts kept for merging; older ones are written out (a repeat is almost always within a few paragraphs).</summary>
    private const int MergeWindow = 400;

    /// <summary>Events more than this many years before the report are background, not news (the gold files forbid them).</summary>
    private const int BackgroundYears = 3;

    private readonly Document _document;
    private readonly DateOnly _published;
    private readonly SentenceCoder _coder;
    private readonly List<EventDraft> _drafts = [];
    private readonly Dictionary<string, int> _mentionCounts = new(StringComparer.Ordinal);

    /// <summary>The states whose places (cities, regions) the body has named so far.</summary>
    private readonly HashSet<string> _placesNamed = new(StringComparer.Ordinal);

    /// <summary>The state of the last place the current paragraph has named (what the coder's ParagraphPlace reads).</summary>
    private Mention? _paragraphPlace;

    /// <summary>How many times the body names a place (city, region) of each state.</summary>
    private readonly Dictionary<string, int> _placeCounts = new(StringComparer.Ordinal);

    private readonly int _bodyStart;

    /// <summary>The place of the dateline ("GENEVA" → CHE), where a meeting with no place stated was held.</summary>
    private readonly Mention? _datelinePlace;
    private (DateOnly From, DateOnly To, string Text)? _newsDay;

    /// <summary>
    /// The first sentence after the news day was set that tells of the report's own day ("And today, we had a long
    /// discussion here"): from there on the report speaks of today, not of the earlier day it opened with.
    /// </summary>
    private int _todayFrom = int.MaxValue;
    private (DateOnly From, DateOnly To, string Text)? _paragraphDate;
    /// <summary>The paragraph's time was set by a sentence that told no event and is before the report's day ("On
    /// Tuesday, the dam burst."): the time of that background, which a promise of what will be done does not take.</summary>
    private bool _paragraphDateIsBackground;
    private (DateOnly From, DateOnly To, string Text)? _lastDate;
    private int _lastSentenceEnd;
    private bool _newParagraph;
    private int _written;

    /// <summary>True until the first sentence of the body: lines above it may be a headline or a rubric.</summary>
    private bool _atTop = true;

    internal Discourse(FrameTable frames, EventLexicon lexicon, Document document, DateOnly published, string? datelineCountry = null)
    {
        if (datelineCountry is not null && document.Dateline is { } dl) _datelinePlace = new Mention(default, dl, EntityKind.Place, MentionForm.Name, datelineCountry);
        _document = document;
        _published = published;
        _bodyStart = FindBodyStart(document);
        _coder = new SentenceCoder(frames, lexicon, _bodyStart) { Published = published };
    }

    /// <summary>Where the body starts (see <see cref="FindBodyStart"/>): the syntax stage reads the body's first word as a sentence's first.</summary>
    internal int BodyStart => _bodyStart;

    /// <summary>The character after a dateline's dash ("NAPLES NAVAL BASE, Italy — "), or 0 without a dateline.</summary>
    internal static int FindBodyStart(Document document)
    {
        if (document.Dateline is not { Length: > 0 } dateline) return 0;
        var text = document.Text.AsSpan(0, Math.Min(document.Text.Length, 2000));
        int at = text.IndexOf(dateline, StringComparison.Ordinal);
        if (at < 0 || at > 0 && text[at - 1] != '\n') return 0;
        int dash = text[at..].IndexOfAny("—–:-");
        return dash < 0 ? 0 : at + dash + 1;
    }

    /// <summary>
    /// "Britain paused its funding on Friday. Germany followed suit": a draft that repeats an act takes the kind,
    /// recipients and terms of the latest act of the last three sentences by other parties (not an amount, which would
    /// be the other party's); without one it is dropped.
    /// </summary>
    private void FillEchoes(List<EventDraft> drafts)
    {
        for (int k = drafts.Count - 1; k >= 0; k--)
        {
            var echo = drafts[k];
            if (echo.Category != EventDraft.Echo) continue;
            EventDraft? template = null;
            for (int j = k - 1; j >= 0 && template is null; j--)
                if (Repeatable(drafts[j], echo)) template = drafts[j];
            for (int j = _drafts.Count - 1; j >= 0 && template is null; j--)
                if (Repeatable(_drafts[j], echo)) template = _drafts[j];
            if (template is null)
            {
                drafts.RemoveAt(k);
                continue;
            }
            echo.Category = template.Category;
            echo.Mode = template.Mode;
            foreach (var c in template.Contexts) echo.Contexts.Add(c);
            echo.Recipients = [.. template.Recipients];
            echo.TriggerLemma = template.TriggerLemma;
            if (template.Sanction is { } sanction)
            {
                echo.Sanction = new SanctionDraft { Kind = sanction.Kind };
                echo.Sanction.Targets.AddRange(sanction.Targets);
            }
            if (template.Commitment is { } terms)
            {
                echo.Commitment = new CommitmentDraft { Stage = terms.Stage, Purpose = terms.Purpose };
                echo.Commitment.Instruments.AddRange(terms.Instruments);
            }
        }
    }

    private static bool Repeatable(EventDraft d, EventDraft echo) =>
        d.Category != EventDraft.Echo && echo.SentenceIndex - d.SentenceIndex <= 3 && d.Commitment?.Amount is null && d.PartOf is null
        && !d.ActorCodes.Intersect(echo.ActorCodes).Any() && d.Actors.Count > 0;

    /// <summary>Codes one parsed sentence; returns records only when old drafts are flushed (long documents).</summary>
    public IEnumerable<EventRecord> Add(SentenceParse parse)
    {
        var sentence = parse.Analysis;
        _newParagraph = _document.Text.AsSpan(_lastSentenceEnd, Math.Max(0, sentence.Sentence.Span.Start - _lastSentenceEnd)).Contains('\n');
        if (_newParagraph)
        {
            _paragraphDateIsBackground = false;
            // A live page's entries ("10:20 …") happen on the day its top line gives, unless they say otherwise; a
            // paragraph without a time of its own goes on with the entry above it (a time heading, then its text).
            // "6/ The readout is blunt: …": a thread's numbered post without a time of its own goes on in its
            // predecessor's.
            bool post = ThreadPost(sentence.Sentence.Span.Start);
            // ("4/ 10:05 — Official welcome on the square": a numbered post that opens with a time is an entry too.)
            bool clock = ClockTime(sentence.Sentence.Span.Start) || post && ClockTime(AfterPostNumber(sentence.Sentence.Span.Start));
            if (post && !clock && _sectionDate is null)
            {
                // "5/ Friday: …" dates the posts after it that have no date of their own.
                _paragraphDate = PostHeadingDate(sentence) ?? _postDate;
                _postDate = _paragraphDate;
            }
            // ("• The Brussels meeting. On April 5, …" then "  – The Commission announced €270 million …": an indented
            // bullet under another goes on in the time of the line it hangs from.)
            else if (!SubBulletLine(sentence.Sentence.Span) && (_sectionDate is not null || clock || !_inEntry)) _paragraphDate = _sectionDate ?? (clock ? _topDate ?? PageDay(sentence.Sentence.Span.Start, post) : null);
            _inEntry = clock || _inEntry && _sectionDate is null;
            _clocked |= clock;
            _coder.NarrativePresent = _sectionDate is not null || _inEntry;
            _sectionPlace = null;
        }
        _lastSentenceEnd = sentence.Sentence.Span.End;
        if (_newParagraph) _paragraphPlace = null;
        _coder.ParagraphPlace = _paragraphPlace;
        // ("On Monday in Brasília, I announced … And today, Gabriel, we had a long discussion …": the report's own day told
        // after an earlier news day.)
        if (_newsDay is { } opening && opening.To < _published && _todayFrom == int.MaxValue && !_clocked)
            foreach (var d in BodyDatesPossessivesLast(sentence))
                if (d.Relative && d.From == _published && d.To == _published && IsToday(d.Text) && TakenByClause(parse, d)) { _todayFrom = sentence.Sentence.Index; break; }
        Remember(sentence);
        // A headline restates the body in telegraphic grammar: its entities and beneficiaries count, its events are
        // coded in the body.
        var helped = _coder.Beneficiaries(parse);
        foreach (var b in helped)
            if (b.Code is not null) _beneficiaries[b.Code] = _beneficiaries.GetValueOrDefault(b.Code) + 1;
        if (helped.Count > 0) _helpedHere[sentence.Sentence.Index] = [.. helped.Select(b => b.Code).OfType<string>().Distinct()];
        // "Saturday, 9th March" on a line of its own: the date of the entries below it, up to the next such line.
        if (DateLine(parse) is { } dateLine)
        {
            // At the top, under the headline, it is the day of the page (a press release's, a live page's).
            if (_atTop) _topDate = dateLine;
            else
            {
                _sectionDate = _paragraphDate = dateLine;
                _paragraphDateIsBackground = false;
            }
            return [];
        }
        if (_atTop && Heading(sentence.Sentence.Span))
        {
            // "Canada pledges $500 million more for Ukraine's air defence": a headline's amounts, for the body's
            // commitments that tell the same pledge without one.
            foreach (var d in _coder.CodeHeadline(parse))
                if (d is { Commitment.Amount: { } money, Category: "AGREE" or "AID" } && d.Actors.Exists(a => a.Code is not null))
                {
                    // ("UK to contribute €541 million to policing the French coast": whom the headline says it helps.)
                    // (Else the one state it names after the amount: "… to reception centres on the Greek islands".)
                    if (d.Recipients.Count == 0) d.Recipients = helped.FindAll(b => b.Code is not null && !d.ActorCodes.Contains(b.Code));
                    if (d.Recipients.Count == 0 && sentence.Mentions.Where(m => m.Kind == EntityKind.State && m.Span.Start > money.Span.End && m.Code is { } c
                            && IsState(c) && !d.ActorCodes.Contains(c)).DistinctBy(m => m.Code).ToList() is [{ } only])
                        d.Recipients = [only];
                    _headlineAmounts.Add((d, money));
                }
            return [];
        }
        _atTop = false;

        _coder.OutletState = _document.OutletCountry;
        _coder.TopicState = Topic();
        _coder.TopicSanctioner = TopicSanctioner() ?? _coder.TopicState;
        _coder.OtherSanctioner = OtherSanctioner(_coder.TopicSanctioner);
        // ("KATHMANDU — The South Asia Rights Monitor called on the Bangladeshi authorities …": a dateline whose state the
        // report has not named again, while it keeps naming another and places in it, says where the sender sits, not
        // where things happen.)
        bool unnamedHome = _datelinePlace is { Code: { } home } && !_mentionCounts.ContainsKey(home) && !_placesNamed.Contains(home);
        var focus = _datelinePlace is null || unnamedHome ? FocusState() : null;
        bool datelineAside = unnamedHome && focus is { Code: { } mostNamed } && mostNamed != _datelinePlace!.Code && _placesNamed.Contains(mostNamed);
        _coder.DatelinePlace = datelineAside ? null : _datelinePlace;
        _coder.FocusState = _datelinePlace is null || datelineAside ? focus : null;
        _coder.PreviousAgreement = PreviousAgreement();
        _coder.PreviousCommitment = PreviousCommitment(sentence.Sentence.Index);
        _coder.PreviousGroup = PreviousGroup();
        _coder.MainPair = MainPair();
        SectionPlace(parse);
        _coder.EntryPlace = _sectionPlace is { Code: { Length: 3 } here } && IsState(here) ? _sectionPlace : null;
        // A quote of its own right after a quoted speaker's sentence goes on in that speaker's voice.
        _coder.QuoteSpeaker = _quoteSpeaker is { } q && q.Sentence == sentence.Sentence.Index - 1 && _coder.WhollyQuoted(parse) ? q.Speaker : null;
        // ('"Paper is cheap," said Fatmata Sesay, a researcher. "If the detainees are not home by Christmas, the APC will
        // walk out again."': a quote of its own right after a commentator's goes on in the commentator's voice: an opinion.)
        bool commentary = _commentatorQuote == sentence.Sentence.Index - 1 && _coder.WhollyQuoted(parse);
        var drafts = commentary ? [] : _coder.Code(parse);
        // ("… when France, Germany and Britain notified the Security Council …. The three European foreign ministers
        // issued a joint statement": states named together, in an event or not, are a group a later "the three" names.)
        if (_coder.NamedTogether(parse) is { } together)
        {
            _coder.NamedGroups.Add(together);
            if (_coder.NamedGroups.Count > 8) _coder.NamedGroups.RemoveAt(0);
        }
        if (commentary || _coder.QuotedCommentator(parse)) _commentatorQuote = sentence.Sentence.Index;
        _coder.NoteSpeaker(parse);
        if (_coder.SpeakerOfQuote(parse) is { } quoted) _quoteSpeaker = (quoted, sentence.Sentence.Index);
        else if (_coder.QuoteSpeaker is { } goesOn) _quoteSpeaker = (goesOn, sentence.Sentence.Index);
        // A bulleted line under a package ("…:" then "- $50 million to …"), or a donor table's row.
        bool bullet = BulletLine(sentence.Sentence.Span);
        // ("- $25 million in budget support, delivered through the World Bank": an amount with no giver of its own is an item.)
        // ("- Denmark: DKK 1.6 billion, confirmed by its minister on 4 March, of which …": a donor line is read as one, whatever
        // its participles code.)
        if (ReceiversCue(sentence))
        {
            _receiversCueAt = sentence.Sentence.Index;
            // (The body the lead names, "the European Commission told the member states …", shares the money out.)
            _receiversGiver = sentence.Mentions.FirstOrDefault(m => m.Kind == EntityKind.Body && m.Code is not null) ?? _receiversGiver;
        }
        if (bullet && _coder.ListItem(parse, _listPackage) is { } items
            && (!drafts.Exists(d => d.Commitment?.Amount is not null && d.Actors.Exists(a => a.Code is not null)) || items.Count > 1 && items[0].PartOf is null))
        {
            drafts = [.. drafts.Where(d => d.Commitment is null), .. items];
            // ("… informed the eighteen member states how much each can expect to borrow" then "- Poland: €43.7 billion": under
            // a lead that says what the listed states receive, a state's line is what the body that shares the money out
            // gives it.)
            if (_receiversCueAt >= 0 && sentence.Sentence.Index - _receiversCueAt <= ReceiversCueReach
                && (_drafts.FindLast(d => d.Category is "AGREE" or "AID" && d.Actors.Exists(a => a.Kind == EntityKind.Body && a.Code is not null))?.Actors
                    ?? (_receiversGiver is { } lead ? [lead] : null)) is { } sharers)
                foreach (var item in items)
                    if (item is { PartOf: null, Actors: [{ Kind: EntityKind.State, Code: { } taker } listed] } && !sharers.Exists(a => a.Code == taker))
                    {
                        item.Recipients = [listed];
                        item.Actors = [.. sharers];
                    }
        }
        // "The package consists of $270 million from the aid agency and …": the parts of the package named just before.
        // ("… combines a $500 million loan guaranteed by Britain and …": what the list's relatives coded yields to the parts.)
        if (drafts.Exists(d => d.Commitment?.Amount is not null) && RecentPackage(sentence.Sentence.Index) is not null
            && drafts.TrueForAll(d => d.Commitment?.Amount is null || _coder.InPartsList(parse, d.Clause)))
            drafts.RemoveAll(d => d.Commitment?.Amount is not null);
        // ("Of the total, €27 million will go to farmers, and €10 million to rebuilding homes": what a sentence that opens
        // with the whole it divides codes of its amounts are the whole's parts; amounts it left uncoded are parts too.)
        if (SentenceCoder.OfTheWholeEnd(parse) >= 0 && RecentPackage(sentence.Sentence.Index) is { Commitment.Amount: { } divided } whole
            && drafts.Exists(d => d.Commitment?.Amount is { } a && a.Currency == divided.Currency && a.Value < divided.Value))
            drafts.AddRange(AsPartsOf(whole, drafts, _coder.PartsOf(parse, whole), sentence.Sentence.Span));
        else if (!drafts.Exists(d => d.Commitment?.Amount is not null) && RecentPackage(sentence.Sentence.Index) is { } named)
        {
            drafts.AddRange(_coder.PartsOf(parse, named));
            // "It contains 40 Marder vehicles and 25 tanks": the package's contents, added to it.
            _coder.ContentsOf(parse, named);
        }
        // ("• €5 billion in loans. A first €1 billion is to be disbursed this year." — a bullet's own further sentences
        // keep the list open for the bullets after it.)
        if (!bullet && !BulletLineGoesOn(sentence.Sentence.Span)) _listPackage = null;
        // ("… will provide $40 million. The funding includes:" — a line with no act of its own lists the package before it.)
        if (EndsWithColon(sentence.Sentence.Span) && (drafts.LastOrDefault(d => d.Commitment?.Amount is not null) ?? (drafts.Count == 0 ? RecentPackage(sentence.Sentence.Index) : null)) is { } package)
            _listPackage = package;
        FoldDescriptions(parse, drafts);
        FoldTermsOfAgreement(parse, drafts);
        FillEchoes(drafts);
        if (_coder.TripDestination(parse) is var (tripPlace, tripTravellers))
            _trip = (tripPlace, CodesOf(tripTravellers), sentence.Sentence.Index);
        bool timed = false, lastDated = false;
        // ("Aliyev apologised to Putin in a telephone call the following day": the sentence's "the following day" counts
        // from the time before the sentence, for each of its acts, not from the first act it dates.)
        var relativeAnchor = _paragraphDate ?? _lastDate;
        foreach (var draft in drafts)
        {
            // "Hours after the signing": the day of the latest act of that kind told before.
            if (draft.From is null && draft.AfterAct is { } act && draft.RelativeDays is int after && LatestAct(act) is { From: { } actFrom } earlier)
            {
                draft.From = actFrom.AddDays(after);
                draft.To = earlier.To!.Value.AddDays(after);
                draft.DateText = earlier.DateText;
            }
            // "The next day …": a day on from the time of the paragraph, else of the last dated event.
            if (draft.From is null && draft.AfterAct is null && draft.RelativeDays is int days && (DayStatedBefore(parse, sentence, draft) ?? relativeAnchor) is { } anchor)
            {
                draft.From = anchor.From.AddDays(days);
                draft.To = anchor.To.AddDays(days + draft.RelativeSpan);
                // (A span told of the past ends by the report's day at the latest.)
                if (draft.RelativeSpan > 0 && draft.From <= _published && draft.To > _published) draft.To = _published;
                draft.DateText = anchor.Text;
            }
            // ("The Government calls on its creditors …" after a paragraph about yesterday's decision: what a report
            // tells in the present happens as it is published, outside a live page, a thread or a timeline.)
            if (draft.From is null && draft.SaidNow && !_clocked && _sectionDate is null && !_coder.NarrativePresent && _postDate is null)
            {
                draft.From = draft.To = _published;
                draft.DateText = null;
            }
            // ("Albanese said Australia would fund it with $400 million. ¶ Albanese also announced $100 million for …": what
            // the same actor also did, told with no time of its own, was done on the same occasion.)
            if (draft.From is null && draft.Also && _paragraphDate is null && draft.ActorCodes.Any(c => c is not null)
                && _drafts.FindLast(e => e.From is not null && e.DateText is not null && draft.SentenceIndex - e.SentenceIndex <= 4
                    && e.ActorCodes.Intersect(draft.ActorCodes).Any(c => c is not null)) is { } occasion)
            {
                draft.From = occasion.From;
                draft.To = occasion.To;
                draft.DateText = occasion.DateText;
            }
            // An undated statement belongs to the time of its paragraph (a promise too: it was made then); the
            // report's news day is the last resort.
            if (draft.From is null && _paragraphDate is { } pd && !(draft.Future && _paragraphDateIsBackground))
            {
                draft.From = pd.From;
                draft.To = pd.To;
                draft.DateText = pd.Text;
            }
            // A year or a season ("last year") is background, not the time the paragraph goes on in.
            else if (draft.From is { } from && !timed && !draft.Future && !draft.InRelativeClause && !draft.GivesCause && !draft.PastPerfect && draft.DateText is not null && draft.To <= _published
                     && !InClauseOfTime(parse, draft)
                     && draft.To!.Value.DayNumber - from.DayNumber <= 31)
            {
                _paragraphDate = _thatWeekday.TryGetValue(draft.DateText, out var told) ? (told, told, draft.DateText) : (from, draft.To!.Value, draft.DateText);
                _paragraphDateIsBackground = false;
                timed = true;
            }
            // ("held talks on Tuesday, a year after hosting him on 30 November 2023. Later that day, …": the day a sentence
            // leaves for the next is its first act's, not a dependent clause's after it.)
            // ("announced on Jan. 15 that it would no longer recognize Taipei. ¶ Taipei moved within hours …": a promise dated
            // before the report was made that day, and the story was there.)
            // ("Qassem gave the group's first speech since Nasrallah was killed on Friday. … Barrot met Mikati the same day": not
            // the day of an act told in a clause of time.)
            if (draft.From is { } dated && (!draft.Future || draft.To < _published) && draft.DateText is not null && draft.To <= _published && !lastDated
                && !InClauseOfTime(parse, draft))
            {
                _lastDate = (dated, draft.To!.Value, draft.DateText);
                lastDated = true;
            }
            if (draft.Category == "CONSULT" && draft.Mode != "phone")
            {
                // "… during a trip to Kyiv. He then held talks with Zelenskyy": a traveller meets where the trip went.
                if (draft.Location is null && _trip is var (place, travellers, at) && sentence.Sentence.Index - at <= 8
                    && draft.ActorCodes.Any(c => c is not null && travellers.Contains(c)))
                    draft.Location = place;
                // A meeting with no place stated, told with a meeting named ("the conference was organised by …", "on
                // the sidelines"), is held where the report's last meeting was.
                draft.Location ??= _sectionPlace ?? (_coder.NamesMeeting(parse) ? _venue : null);
                // ("members of the mission that had visited Kyiv in June held talks with Putin on Friday": a meeting told
                // only by its month or year is background; its place is no venue for the meetings told after it.)
                bool toldByMonth = draft.From is { } start && draft.To is { } end && end.DayNumber - start.DayNumber > 7;
                if (!toldByMonth) _venue = draft.Location ?? _venue;
                if (draft.Mode == "visit" && draft.Location is { Code: not null } visited && !toldByMonth)
                    _trip = (visited, CodesOf(draft.Actors), sentence.Sentence.Index);
            }
            // ("the Solomon Islands, which signed a security agreement with China last year, is watching closely": a clause
            // set off to say who a party is, told of a month or a year before the report's, is background to the news.)
            if (draft is { From: { } since, To: { } until } && until.Year < _published.Year && until.DayNumber - since.DayNumber >= 27
                && draft.Clause >= 0 && draft.Clause < parse.Clauses.Count && parse.Clauses[draft.Clause] is { Kind: Syntax.ClauseKind.Relative, Antecedent: { } party } who
                && parse.AtomOf(party.Head) is { Kind: Syntax.AtomKind.Entity } && party.Index + 1 < parse.Chunks.Count && parse.Chunks[party.Index + 1].Kind == Syntax.ChunkKind.Comma
                && who.Verb?.Verb is { Tense: Syntax.Tense.Past, Perfect: false })
                continue;
            // "France provided €1.7 billion in military aid in 2022", "provided around €120 million last year": what was
            // given over a past calendar year is that year's sum, not an act.
            if (draft is { Category: "AID", Future: false, Commitment.Amount: not null, From: { } first, To: { } last } && first.Month == 1 && first.Day == 1
                && last.Month == 12 && last.Day == 31 && first.Year == last.Year && last < _published && draft.VerbLemma is "provide" or "give" or "spend" or "disburse" or "contribute")
            {
                // (It still says whom the report's help goes to.)
                Tally(draft);
                continue;
            }
            // ("On that Tuesday afternoon, …": the day told before that fell on a Tuesday; so for the statements the
            // paragraph's time gives it to.)
            if (draft.DateText is { } thatText && _thatWeekday.TryGetValue(thatText, out var thatDay)) draft.From = draft.To = thatDay;
            AddDraft(draft);
        }
        // A date stated in a sentence whose events did not set the time of its paragraph still sets it ("On Tuesday,
        // …"; "said on Sunday that nine of the people accused had been dismissed").
        // ("DOHA, Sept 19 — …": the dateline's date is when the report was filed, not a time the sentence states.)
        // ("… because Tokyo signed yesterday's statement": not the date of a cause, nor of an act reacted to.)
        // ("In January, the court upheld the ban. Washington responded within days …": a month that opens the sentence
        // sets the time too.)
        // ("Lula decreed an intervention that evening, …": a time told relative to the one before goes on in the paragraph.)
        if (!timed && RelativeTime(parse, sentence, drafts) is { } relative)
        {
            _paragraphDate = relative;
            _paragraphDateIsBackground = false;
        }
        // ("Villages cut off by last weekend's storms …, she said in Valencia on Thursday": a date that owns a noun tells
        // when that thing happened; another date of the sentence is the paragraph's time, if it has one.)
        // ("… as a violation of the statement of 9 November 2020": not a date that only dates a noun, which no clause took.)
        else if (!timed && BodyDatesPossessivesLast(sentence).FirstOrDefault(d => TakenByClause(parse, d)) is { } stated
            && stated.To <= _published
            && (stated.To.DayNumber - stated.From.DayNumber <= 7 || stated.To.DayNumber - stated.From.DayNumber <= 31 && parse.Count > 0 && stated.Span.Start <= parse.Tokens[0].Start + 3)
            && !drafts.Exists(d => d.GivesCause && d.DateText == stated.Text || d.ReferredActDate == stated.Text)
            // ("Both delegations agreed to meet again in Istanbul on October 25": a day that may lie ahead, told in a clause of
            // what is to be done, is no time the paragraph goes on in.)
            && !(stated.Next is not null && TakenByPlan(parse, stated)) && !TakenBySince(parse, stated))
        {
            _paragraphDate = (stated.From, stated.To, stated.Text);
            // ("Then came Thursday evening. The other 26 leaders agreed to open accession talks": a sentence that tells only
            // the time is where the story goes on, not background to it.)
            _paragraphDateIsBackground = drafts.Count == 0 && stated.To < _published && ClauseTaking(parse, stated) is not { Subject: null, Object: null };
            // ("- TEPCO began releasing the water on 24 August." then "- The same day, China's customs agency suspended …":
            // in a list, a date told with no event of the coder's is still the time the next item counts from.)
            if (!drafts.Exists(d => d.Actors.Count > 0) && BulletLine(sentence.Sentence.Span)) _lastDate = _paragraphDate;
        }
        if (_drafts.Count <= MergeWindow * 2) return [];
        HeadlineAmounts(_drafts, _headlineAmounts);
        var flushed = _drafts.GetRange(0, MergeWindow);
        _drafts.RemoveRange(0, MergeWindow);
        return Complete(flushed);
    }

    /// <summary>
    /// ("Fresh clashes broke out on Wednesday morning, after which the two governments agreed that evening to a truce": a
    /// day the sentence itself states before the act's verb is the one its "that evening" counts from.)
    /// </summary>
    private (DateOnly From, DateOnly To, string Text)? DayStatedBefore(SentenceParse parse, SentenceAnalysis sentence, EventDraft draft)
    {
        if (draft.TriggerAt < 0 || draft.TriggerAt >= parse.Count) return null;
        int verbStart = parse.Tokens[draft.TriggerAt].Start;
        (DateOnly, DateOnly, string)? stated = null;
        foreach (var d in sentence.Dates)
            if (d.Span.Start >= _bodyStart && d.Span.End <= verbStart && d.From == d.To && d.To <= _published && TakenByClause(parse, d))
                stated = (d.From, d.To, d.Text);
        return stated;
    }

    /// <summary>The sentence that last quoted a commentator (or went on with such a quote).</summary>
    private int _commentatorQuote = -2;

    /// <summary>Single days the report has stated, in order: what "that Tuesday" may refer back to.</summary>
    private readonly List<DateOnly> _daysTold = [];
    /// <summary>"that Tuesday" → the day told before that fell on it, by the date's text.</summary>
    private readonly Dictionary<string, DateOnly> _thatWeekday = new(StringComparer.Ordinal);

    /// <summary>The weekday of "that Tuesday", "On that Tuesday afternoon" (the mention may start after "that"); null for other dates.</summary>
    private static DayOfWeek? ThatWeekday(string text, bool afterThat)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i++)
            if ((afterThat && i == 0 || i > 0 && words[i - 1].Equals("that", StringComparison.OrdinalIgnoreCase))
                && char.IsUpper(words[i][0]) && Enum.TryParse<DayOfWeek>(words[i], ignoreCase: true, out var day))
                return day;
        return null;
    }

    /// <summary>
    /// The weekday of a date told as the one that followed: "the following Tuesday", "the next Tuesday", "the Tuesday that
    /// followed", "the Tuesday after that"; else null.
    /// </summary>
    private DayOfWeek? FollowingWeekday(Dates.DateMention d)
    {
        // (Read without splitting: most dates are no weekday, and this runs for every one.)
        var told = d.Text.AsSpan().Trim();
        var last = told[(told.LastIndexOf(' ') + 1)..];
        if (last.Length == 0 || !char.IsUpper(last[0]) || !Enum.TryParse<DayOfWeek>(last, ignoreCase: true, out var day)) return null;
        var text = _document.Text;
        var before = text.AsSpan(0, d.Span.Start).TrimEnd();
        var after = text.AsSpan(d.Span.End).TrimStart();
        bool following = told.StartsWith("the following ", StringComparison.OrdinalIgnoreCase) || told.StartsWith("the next ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith("the following", StringComparison.OrdinalIgnoreCase) || before.EndsWith("the next", StringComparison.OrdinalIgnoreCase);
        bool the = told.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || before.EndsWith("the", StringComparison.OrdinalIgnoreCase);
        bool followed = the && (after.StartsWith("that followed", StringComparison.OrdinalIgnoreCase) || after.StartsWith("after that", StringComparison.OrdinalIgnoreCase));
        return following || followed ? day : null;
    }

    /// <summary>The later of the last single day the report stated and the last dated event's day, when either is known.</summary>
    private DateOnly? LatestDayTold()
    {
        DateOnly? last = _daysTold.Count > 0 ? _daysTold[^1] : null;
        if (_lastDate is { } dated && dated.From == dated.To && (last is null || dated.From > last)) last = dated.From;
        return last;
    }

    /// <summary>The word right before <paramref name="at"/> in the document is "that".</summary>
    private bool AfterThat(int at)
    {
        var before = _document.Text.AsSpan(0, at).TrimEnd();
        return before.EndsWith("that", StringComparison.OrdinalIgnoreCase) && (before.Length == 4 || !char.IsLetter(before[^5]));
    }

    /// <summary>
    /// "that evening", "the next day": the time a sentence tells relative to the one before, as its events were dated,
    /// or, when it coded none and states no date, from the paragraph's time (else the last dated event's).
    /// </summary>
    private (DateOnly From, DateOnly To, string Text)? RelativeTime(SentenceParse parse, SentenceAnalysis sentence, List<EventDraft> drafts)
    {
        if (drafts.Find(d => d.RelativeDays is not null && d.AfterAct is null && d.From is not null && !d.Future && d.DateText is not null) is { } dated)
            return (dated.From!.Value, dated.To!.Value, dated.DateText!);
        if (drafts.Count > 0 || sentence.Dates.Any(d => d.Span.Start >= _bodyStart) || _coder.SentenceRelativeDays(parse) is not int days
            || (_paragraphDate ?? _lastDate) is not { } anchor)
            return null;
        return (anchor.From.AddDays(days), anchor.To.AddDays(days), anchor.Text);
    }

    public IEnumerable<EventRecord> Finish()
    {
        HeadlineAmounts(_drafts, _headlineAmounts);
        var rest = _drafts.ToList();
        _drafts.Clear();
        return Complete(rest);
    }

    /// <summary>
    /// "signed an agreement …, under which the company will pay the state 244 billion CFA francs": a commitment told in a
    /// clause on the terms of an agreement the sentence signs or reaches is that agreement's amount, one record.
    /// </summary>
    private static void FoldTermsOfAgreement(SentenceParse parse, List<EventDraft> drafts)
    {
        for (int k = drafts.Count - 1; k >= 0; k--)
        {
            var terms = drafts[k];
            if (terms.Commitment?.Amount is null || terms.Clause < 0 || terms.Clause >= parse.Clauses.Count) continue;
            var clause = parse.Clauses[terms.Clause];
            if (clause is not { Kind: Syntax.ClauseKind.Relative, Opener: "which", Antecedent: { } agreement } || clause.FirstToken < 1
                || !(parse.Is(clause.FirstToken - 1, "under") || parse.Is(clause.FirstToken - 1, "by"))) continue;
            var signed = drafts.Find(d => d != terms && d.Category == "AGREE" && d.Commitment?.Amount is null && d.Clause >= 0 && d.Clause < parse.Clauses.Count
                && parse.Clauses[d.Clause].Object is { } o && (o == agreement || o.Index < agreement.Index && agreement.Index - o.Index <= 6));
            if (signed is null) continue;
            signed.Commitment = terms.Commitment;
            drafts.RemoveAt(k);
        }
    }

    /// <summary>How many sentences after a lead on what states receive its list of states and amounts may run.</summary>
    private const int ReceiversCueReach = 15;
    private int _receiversCueAt = -1;
    private Mention? _receiversGiver;

    // Words of a lead that says what states receive: "how the €150 billion pot is being shared out", "how much each can
    // expect to borrow", "the allocations", "the beneficiaries".
    private static readonly System.Buffers.SearchValues<string> s_receiversCues = System.Buffers.SearchValues.Create(
        ["borrow", "shared out", "share out", "allocations", "recipients", "beneficiaries", "will receive", "can expect"], StringComparison.OrdinalIgnoreCase);

    private bool ReceiversCue(SentenceAnalysis sentence) =>
        _document.Text.AsSpan(sentence.Sentence.Span.Start, sentence.Sentence.Span.Length).IndexOfAny(s_receiversCues) >= 0;

    private readonly Dictionary<string, int> _beneficiaries = new(StringComparer.Ordinal);

    /// <summary>
    /// A sentence that describes the commitment told just before ("The package is worth $500 million and includes
    /// drones", "The aid totals $30 million", "The Ukraine Facility combines €33 billion in loans with €17 billion in
    /// grants") adds to it instead of telling a commitment of its own: its amount when the commitment has none, its
    /// items and instruments; amounts that add up to no more than the commitment's are its parts.
    /// </summary>
    private void FoldDescriptions(SentenceParse parse, List<EventDraft> drafts)
    {
        // (Only after a commitment: most sentences follow none.)
        if (_coder.PreviousCommitment is null) return;
        // Whatever the verb: "The package, worth 7.1 billion crowns, includes …", "Berlin said the package amounts to …".
        if (_coder.PreviousCommitment is { Commitment: { Amount: null } valued } && !drafts.Exists(d => d.Commitment?.Amount is not null)
            && _coder.DescribedAmount(parse) is { } describedAmount)
        {
            valued.TakeAmount(describedAmount, []);
            drafts.RemoveAll(d => d.Describes is not null);
        }
        var shares = drafts.Where(d => d is { Describes.Commitment.Amount: not null, Commitment.Amount: not null }).ToList();
        if (shares.Count > 0 && shares[0].Describes is { Commitment.Amount: { } whole } wholeDraft
            && shares.TrueForAll(d => d.Describes == wholeDraft && d.Commitment!.Amount!.Currency == whole.Currency)
            && shares.Sum(d => d.Commitment!.Amount!.Value) <= whole.Value * 1.01m)
            foreach (var share in shares)
            {
                share.PartOf = wholeDraft;
                share.Describes = null;
            }
        // ("Of the total, $2 billion will go to Kenya" after a pledge in crowns: amounts put to uses that are no parts of the
        // commitment before are no news of their own.)
        drafts.RemoveAll(d => d is { Allocated: true, PartOf: null });
        for (int k = drafts.Count - 1; k >= 0; k--)
        {
            // ("It … will be financed from the state budget": a description with no resources of its own adds nothing.)
            if (drafts[k] is { Describes.Commitment: not null, Commitment: null })
                drafts.RemoveAt(k);
            else if (drafts[k] is { Describes: { Commitment: { } told }, Commitment: { } described } && (told.Amount is null || described.Amount is null))
            {
                if (told.Amount is null && described.Amount is { } amount) told.TakeAmount(amount, described.Instruments);
                else foreach (var i in described.Instruments) if (!told.Instruments.Contains(i)) told.Instruments.Add(i);
                foreach (var held in described.Items) told.AddItem(held);
                told.Purpose ??= described.Purpose;
                drafts.RemoveAt(k);
            }
        }
    }

    /// <summary>Commitments the headline tells with an amount, and the amount.</summary>
    private readonly List<(EventDraft Draft, Amounts.MoneyMention Money)> _headlineAmounts = [];

    /// <summary>
    /// A headline's amount that the body never states goes to the body's first commitment by the same giver that has
    /// no amount ("Canada pledges $500 million more …" over "Canada will give Ukraine more money for air defence").
    /// </summary>
    private static void HeadlineAmounts(List<EventDraft> drafts, List<(EventDraft Draft, Amounts.MoneyMention Money)> headline)
    {
        foreach (var (told, money) in headline)
        {
            var giver = told.ActorCodes.ToHashSet();
            if (drafts.FindAll(d => d.Commitment?.Amount is { } a && a.Currency == money.Currency && Math.Abs(a.Value - money.Value) <= 0.01m * money.Value) is { Count: > 0 } same)
            {
                // "• UK to contribute €541 million to policing the French coast" over "the UK will provide €541
                // million": the body's pledge is the headline's, and goes where the headline says.
                foreach (var d in same)
                    if (d.Recipients.Count == 0 && told.Recipients.Count > 0 && d.ActorCodes.Any(giver.Contains)) d.Recipients = [.. told.Recipients];
                continue;
            }
            if (drafts.Find(d => d is { Commitment.Amount: null, Category: "AGREE" or "AID" } && d.ActorCodes.Any(giver.Contains)) is not { Commitment: { } terms }) continue;
            terms.TakeAmount(money, []);
        }
        headline.Clear();
    }

    /// <summary>The last commitment told, three sentences back at most (a question of a Q&amp;A may stand between).</summary>
    private EventDraft? PreviousCommitment(int sentence)
    {
        for (int k = _drafts.Count - 1; k >= 0; k--)
        {
            if (_drafts[k].SentenceIndex < sentence - 3) return null;
            if (_drafts[k] is { Commitment: not null, Category: "AGREE" or "AID", Actors.Count: > 0 }) return _drafts[k];
        }
        return null;
    }

    /// <summary>The actors of the last AGREE draft ("The pact promises …" continues it).</summary>
    private List<Mention>? PreviousAgreement()
    {
        for (int k = _drafts.Count - 1; k >= 0 && k >= _drafts.Count - 4; k--)
            if (_drafts[k].Category == "AGREE" && _drafts[k].Actors.Count > 0) return _drafts[k].Actors;
        return null;
    }

    /// <summary>The actors of the last event that had several (states or people of several states).</summary>
    private List<Mention>? PreviousGroup()
    {
        for (int k = _drafts.Count - 1; k >= 0 && k >= _drafts.Count - 8; k--)
        {
            var d = _drafts[k];
            // A meeting's parties are its actors and whoever hosted them ("Kishida visited Kyiv … the two leaders").
            bool meeting = d.Category == "CONSULT";
            if (TwoCodes(d.Actors, meeting ? d.Recipients : null)) return meeting ? d.Actors.Concat(d.Recipients).ToList() : d.Actors;
        }
        return null;
    }

    /// <summary>The mentions carry at least two different codes (a loop: this runs for every sentence).</summary>
    private static bool TwoCodes(List<Mention> first, List<Mention>? second)
    {
        string? seen = null;
        foreach (var list in (ReadOnlySpan<List<Mention>?>)[first, second])
            if (list is not null)
                foreach (var m in list)
                    if (m.Code is { } code)
                    {
                        if (seen is null) seen = code;
                        else if (seen != code) return true;
                    }
        return false;
    }

    /// <summary>"MADRID, Monday: …", "2/ VIENNA, Thursday: …": a place that opens a paragraph says where its events happened.</summary>
    private Mention? _sectionPlace;

    /// <summary>Where the last meeting with a place was held.</summary>
    private Mention? _venue;

    /// <summary>The latest trip told: where it went, who made it, in which sentence.</summary>
    private (Mention Place, HashSet<string> Travellers, int Sentence)? _trip;

    /// <summary>Who spoke in the last sentence with a quote, and which sentence that was.</summary>
    private (List<Mention> Speaker, int Sentence)? _quoteSpeaker;

    private static HashSet<string> CodesOf(List<Mention> parties) => parties.Where(m => m.Code is not null).Select(m => m.Code!).ToHashSet(StringComparer.Ordinal);

    /// <summary>The latest dated draft whose trigger is <paramref name="lemma"/> ("sign" for "the signing").</summary>
    private EventDraft? LatestAct(string lemma)
    {
        for (int k = _drafts.Count - 1; k >= 0; k--)
            if (_drafts[k].TriggerLemma == lemma && _drafts[k].From is not null && !_drafts[k].Future) return _drafts[k];
        return null;
    }

    private void SectionPlace(SentenceParse parse)
    {
        // ("5/ Thu afternoon, Seoul: police detained …": the place may follow the entry's time.)
        for (int i = 0; i < parse.Count && i < 10; i++)
        {
            if (parse.AtomOf(i) is { Kind: AtomKind.Entity, Entity: { Code: not null, Kind: EntityKind.Place or EntityKind.State } place } atom
                && atom.End < parse.Count && parse.Word(atom.End) is "," or ":" && place.Span.Start >= _bodyStart)
            {
                _sectionPlace = place;
                return;
            }
            if (parse.AtomOf(i) is { Kind: AtomKind.Date } || parse.Word(i) is "," && i > 0 && parse.AtomOf(i - 1) is { Kind: AtomKind.Date }) continue;
            if (parse.Tokens[i].Kind == Sentences.TokenKind.Word) break;
        }
    }

    /// <summary>
    /// Who imposes the sanctions a report follows: the latest sanction's actor, a body included ("The Council adopted
    /// its twelfth package … Diamond imports are banned": the EU's); else the state it follows.
    /// </summary>
    private Mention? TopicSanctioner()
    {
        for (int k = _drafts.Count - 1; k >= 0; k--)
            if (_drafts[k].Category == "SANCTION")
                foreach (var a in _drafts[k].Actors)
                    if (a.Code is not null && a.Kind == EntityKind.Body) return new Mention(default, a.Code, EntityKind.Body, MentionForm.Name, a.Code);
                    else if (a.Code is not null) return null;
        return null;
    }

    /// <summary>The latest sanction's actor other than <paramref name="first"/> ("Washington imposed tariffs … 11 US
    /// companies were added to the list": whoever listed them was not the US), else the report's state.</summary>
    private Mention? OtherSanctioner(Mention? first)
    {
        for (int k = _drafts.Count - 1; k >= 0; k--)
            if (_drafts[k].Category == "SANCTION")
                foreach (var a in _drafts[k].Actors)
                    if (a.Code is not null && a.Code != first?.Code) return new Mention(default, a.Code, a.Kind == EntityKind.Body ? EntityKind.Body : EntityKind.State, MentionForm.Name, a.Code);
        return _coder.TopicState is { } topic && topic.Code != first?.Code ? topic : null;
    }

    /// <summary>
    /// The two states the report names most so far, each at least twice and both ahead of any third ("both governments"
    /// in a report on a quarrel between two states); null otherwise.
    /// </summary>
    private List<Mention>? MainPair()
    {
        string? first = null, second = null;
        int a = 0, b = 0, c = 0;
        foreach (var (code, count) in _mentionCounts)
        {
            if (!IsState(code)) continue;
            if (count > a) { (second, b, c) = (first, a, b); (first, a) = (code, count); }
            else if (count > b) { c = b; (second, b) = (code, count); }
            else if (count > c) c = count;
        }
        if (first is null || second is null || b < 2 || b == c) return null;
        // (The pair is built again only when it changes: most sentences leave it as it was.)
        if (_mainPair is [{ Code: var x }, { Code: var y }] && x == first && y == second) return _mainPair;
        return _mainPair = [Mention.OfState(first), Mention.OfState(second)];
    }

    private List<Mention>? _mainPair;

    /// <summary>The state mentioned most so far, when one leads the others.</summary>
    private Mention? FocusState()
    {
        string? best = null;
        int most = 0, second = 0;
        foreach (var (code, count) in _mentionCounts)
        {
            if (!IsState(code)) continue;
            if (count > most) { second = most; most = count; best = code; }
            else if (count > second) second = count;
        }
        return best is not null && most > second ? new Mention(default, best, EntityKind.Place, MentionForm.Name, best) : null;
    }

    /// <summary>The state of the last actor that was a state or served one, else the outlet's country.</summary>
    private Mention? Topic()
    {
        for (int k = _drafts.Count - 1; k >= 0; k--)
            foreach (var a in _drafts[k].Actors)
                if (a.Code is { Length: 3 } && a.Kind is EntityKind.State or EntityKind.Person) return new Mention(default, a.Code, EntityKind.State, MentionForm.Name, a.Code, "GOV");
        // ("Geneva and Islamabad, 9 November" over a statement about Pakistan: before any state has acted, the state the
        // report is most about, when the outlet's own is not named as a state at all.)
        var outlet = _document.OutletCountry;
        var state = FocusState() is { Code: { } focus } && focus != outlet && (outlet is null || !_mentionCounts.ContainsKey(outlet)) ? focus : outlet;
        return state is not null ? new Mention(default, "the government", EntityKind.State, MentionForm.Title, state, "GOV") : null;
    }

    /// <summary>What later sentences need from this one: mention counts and the report's news day.</summary>
    private void Remember(SentenceAnalysis sentence)
    {
        // ("… the Israeli attack on Doha on 9 September …. On that Tuesday afternoon, …": "that Tuesday" is the day told
        // before that fell on a Tuesday, not the last Tuesday before the report.)
        foreach (var d in sentence.Dates)
        {
            if (d.Span.Start < _bodyStart || d.From != d.To) continue;
            bool afterThat = AfterThat(d.Span.Start);
            if ((afterThat || d.Text.Contains("that", StringComparison.OrdinalIgnoreCase)) && ThatWeekday(d.Text, afterThat) is { } weekday)
            {
                if (_daysTold.FindLast(t => t.DayOfWeek == weekday && t != d.From) is var told && told != default) _thatWeekday[d.Text] = told;
            }
            // ("began on Saturday 21 September …. On the Tuesday that followed, prosecutors charged …": a weekday told as
            // the one that followed is the first such day after the last day told, not the last before the report.)
            else if (FollowingWeekday(d) is { } next && LatestDayTold() is { } last)
            {
                var day = last.AddDays(1);
                while (day.DayOfWeek != next) day = day.AddDays(1);
                if (day <= _published) _thatWeekday[d.Text] = day;
            }
            else if (d.From <= _published) _daysTold.Add(d.From);
        }
        foreach (var m in sentence.Mentions)
        {
            if (m.Code is null || m.Span.End <= _bodyStart) continue;
            // (The first two states a sentence names are enough to tell whether it names one besides a given actor.)
            if (IsState(m.Code))
            {
                if (!_statesInSentence.TryGetValue(sentence.Sentence.Index, out var named)) _statesInSentence[sentence.Sentence.Index] = (m.Code, null);
                else if (named.Second is null && named.First != m.Code) _statesInSentence[sentence.Sentence.Index] = (named.First, m.Code);
            }
            // ("In Libya, hundreds of residents gathered …": a state named after "in" is a place too.)
            // (A place of a state the report does not name otherwise is more likely a namesake: "the Fano militia".)
            if (IsState(m.Code) && (m.Kind == EntityKind.Place && _mentionCounts.ContainsKey(m.Code)
                                    || m.Kind == EntityKind.State && m.Form is MentionForm.Name or MentionForm.Capital && AfterIn(m.Span.Start)))
                _paragraphPlace = Mention.OfState(m.Code);
            // ("a mass rally in central Dhaka": a capital named as a city is a place of its state too.)
            if (m.Kind == EntityKind.Place || m.Form == MentionForm.Capital)
            {
                _placesNamed.Add(m.Code);
                if (m.Kind == EntityKind.Place) _placeCounts[m.Code] = _placeCounts.GetValueOrDefault(m.Code) + 1;
            }
            if (m.Kind == EntityKind.Place || m.Sector is "EDU" or "MED") continue;
            // (An outlet's "we" and "our" tell who writes, not what the report is about.)
            if (EntityContext.OutletVoice(m)) continue;
            _mentionCounts[m.Code] = _mentionCounts.GetValueOrDefault(m.Code) + 1;
        }
        // (A live page's entries happen on their own day: a date one of them mentions is no news day for the rest.)
        if (_newsDay is null && !_clocked)
        {
            // ("the countries hit by last weekend's floods, von der Leyen said on Thursday": a date that owns a noun tells
            // when that thing happened; another date of the sentence is the day the report tells of, if it has one.
            // "At today's conference, we pledged …": else the possessive.)
            foreach (var d in BodyDatesPossessivesLast(sentence))
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

    /// <summary>
    /// The sentence's dates in the body (not the dateline's: when the report was filed), those that are no possessive
    /// first: "last weekend's floods" tells when that thing happened, another date of the sentence the time it tells of.
    /// </summary>
    private IEnumerable<Dates.DateMention> BodyDatesPossessivesLast(SentenceAnalysis sentence)
    {
        foreach (var d in sentence.Dates)
            if (d.Span.Start >= _bodyStart && !OwnsNoun(d)) yield return d;
        foreach (var d in sentence.Dates)
            if (d.Span.Start >= _bodyStart && OwnsNoun(d)) yield return d;
    }

    /// <summary>Some clause of the sentence has the date among its own (a date in a noun's "of" phrase is the noun's).</summary>
    private static bool TakenByClause(SentenceParse parse, Dates.DateMention d) => ClauseTaking(parse, d) is not null;

    /// <summary>The clause that has date <paramref name="d"/> among its own, if one has.</summary>
    private static Syntax.Clause? ClauseTaking(SentenceParse parse, Dates.DateMention d)
    {
        foreach (var c in parse.Clauses)
            foreach (var chunk in c.Dates)
                if (parse.Tokens[chunk.First].Start <= d.Span.Start && parse.Tokens[chunk.End - 1].End >= d.Span.End) return c;
        return null;
    }

    /// <summary>The draft's act is told in a clause of time since or until it ("the first speech since Nasrallah was killed on
    /// Friday"): its day is that act's, not the time the paragraph goes on in.</summary>
    private static bool InClauseOfTime(SentenceParse parse, EventDraft draft) =>
        draft.Clause >= 0 && draft.Clause < parse.Clauses.Count && IsClauseOfTime(parse.Clauses[draft.Clause]);

    private static bool IsClauseOfTime(Syntax.Clause? c) => c is { Kind: Syntax.ClauseKind.Adverbial, Opener: "since" or "until" };

    /// <summary>The clause that takes date <paramref name="d"/> is one of time since or until an act ("the first speech since
    /// Nasrallah was killed on Friday"): it dates that act, not the time the paragraph goes on in.</summary>
    private static bool TakenBySince(SentenceParse parse, Dates.DateMention d) => IsClauseOfTime(ClauseTaking(parse, d));

    /// <summary>The clause that takes date <paramref name="d"/> is an infinitive or in the future ("agreed to meet on October 25",
    /// "will meet on Friday").</summary>
    private static bool TakenByPlan(SentenceParse parse, Dates.DateMention d) =>
        ClauseTaking(parse, d) is { } c && (c.Kind == Syntax.ClauseKind.Infinitive || c.Verb?.Verb is { Tense: Syntax.Tense.Future } or { Modal: not null });

    /// <summary>The word right before <paramref name="start"/> is "in" ("In Libya", "in Kenya").</summary>
    private bool AfterIn(int start)
    {
        var before = _document.Text.AsSpan(0, start).TrimEnd();
        return before.Length >= 2 && before[^2..].Equals("in", StringComparison.OrdinalIgnoreCase) && (before.Length == 2 || !char.IsLetter(before[^3]));
    }

    /// <summary>The phrase names the report's own day as the present ("today", "this morning"), not by its weekday.</summary>
    private static bool IsToday(string text) =>
        text.Contains("today", StringComparison.OrdinalIgnoreCase) || text.Contains("this morning", StringComparison.OrdinalIgnoreCase)
        || text.Contains("this afternoon", StringComparison.OrdinalIgnoreCase) || text.Contains("this evening", StringComparison.OrdinalIgnoreCase);

    /// <summary>The date is a possessive ("last weekend's floods", "Sunday's vote").</summary>
    private bool OwnsNoun(Dates.DateMention d)
    {
        var text = _document.Text.AsSpan(d.Span.End);
        return text.StartsWith("'s", StringComparison.Ordinal) || text.StartsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>The date of a timeline's heading: a line that holds a past date and at most a few other words.</summary>
    private (DateOnly From, DateOnly To, string Text)? DateLine(SentenceParse parse)
    {
        var sentence = parse.Analysis;
        if (sentence.Dates.Count != 1 || sentence.Dates[0] is not { } d || d.To > _published || d.To.DayNumber - d.From.DayNumber > 7) return null;
        var span = sentence.Sentence.Span;
        // "Thursday 14 March 2024. All times CET.": a note of a few words may follow the page's date on its line.
        if (!StartsLine(span.Start) || !EndsLine(span.End) && !(_atTop && ShortRestOfLine(span.End))) return null;
        int words = 0, depth = 0;
        for (int i = 0; i < parse.Count; i++)
        {
            // "(Yemen time)": a parenthesis qualifies the date.
            if (parse.Word(i) is "(") depth++;
            else if (parse.Word(i) is ")") depth--;
            if (parse.Tokens[i].Start >= d.Span.Start && parse.Tokens[i].End <= d.Span.End) continue;
            // "Last updated Friday, Dec. 1, 2023, 6:25 p.m. Gulf Standard Time": a page's stamp under its headline;
            // the time of day and its zone end what counts.
            // (Not an entry's own time before its text: "18:05 — … said this afternoon.")
            if (_atTop && parse.Tokens[i].Start > d.Span.Start && ClockTime(parse.Tokens[i].Start)) break;
            if (parse.Tokens[i].Kind != Sentences.TokenKind.Word || depth > 0) continue;
            if (_atTop && PageStampWords.Contains(parse.Lower(i))) continue;
            if (parse.Tags[i].IsVerb() || ++words > 3) return null;
        }
        return (d.From, d.To, d.Text);
    }

    /// <summary>Words of a page's stamp around its date ("Last updated", "Published on", "Posted at").</summary>
    private static readonly FrozenSet<string> PageStampWords =
        FrozenSet.ToFrozenSet(["last", "updated", "published", "posted", "first", "on", "at"], StringComparer.Ordinal);

    private (DateOnly From, DateOnly To, string Text)? _sectionDate;

    /// <summary>The paragraph belongs to a live page's timed entry (its own time, or the entry's above it).</summary>
    private bool _inEntry;

    /// <summary>The report has had an entry headed by a time of day (a live page).</summary>
    private bool _clocked;

    /// <summary>The date line above the body ("Thursday 14 March 2024. All times CET.").</summary>
    private (DateOnly From, DateOnly To, string Text)? _topDate;

    /// <summary>The date a thread's last dated post opened with ("5/ Friday: …").</summary>
    private (DateOnly From, DateOnly To, string Text)? _postDate;

    /// <summary>A date right after a post's number, before its text ("5/ Friday: …", "2/ Same day" has none).</summary>
    private (DateOnly From, DateOnly To, string Text)? PostHeadingDate(SentenceAnalysis sentence)
    {
        foreach (var d in sentence.Dates)
            if (d.Span.Start - sentence.Sentence.Span.Start <= 5 && d.To <= _published) return (d.From, d.To, d.Text);
        return null;
    }

    /// <summary>The text at <paramref name="at"/> opens with a thread's post number ("6/ …").</summary>
    private bool ThreadPost(int at)
    {
        var text = _document.Text.AsSpan(at);
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        return digits is >= 1 and <= 3 && text.Length > digits + 1 && text[digits] == '/' && text[digits + 1] == ' ';
    }

    /// <summary>
    /// "10:05 — …" on a page whose top gives no date of its own: the entry happens on the day the page is published,
    /// told by its time of day.
    /// </summary>
    private (DateOnly From, DateOnly To, string Text) PageDay(int at, bool post)
    {
        if (post) at = AfterPostNumber(at);
        int end = at;
        var text = _document.Text;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        return (_published, _published, text[at..end]);
    }

    /// <summary>Where the text of a thread's post begins, after its number and the spaces that follow it ("4/ ").</summary>
    private int AfterPostNumber(int at)
    {
        var text = _document.Text;
        while (at < text.Length && char.IsAsciiDigit(text[at])) at++;
        if (at < text.Length && text[at] == '/') at++;
        while (at < text.Length && text[at] == ' ') at++;
        return at;
    }

    /// <summary>The text at <paramref name="at"/> opens with a time of day ("08:02", "9:15", "5.10pm", "9am"): an entry of a live page.</summary>
    private bool ClockTime(int at)
    {
        var text = _document.Text.AsSpan(at);
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits is not (1 or 2)) return false;
        // "10:20", "5.10pm"; "9am", "9 a.m.".
        // ("15.05 - …": a time with a point is a heading when a dash or colon follows it.)
        if (text.Length > digits + 2 && text[digits] is ':' or '.' && char.IsAsciiDigit(text[digits + 1]) && char.IsAsciiDigit(text[digits + 2]))
            return text[digits] == ':' || AmPm(text[(digits + 3)..]) || text[(digits + 3)..].TrimStart(' ') is ['-' or '–' or '—' or ':', ..];
        return AmPm(text[digits..]);
    }

    private static bool AmPm(ReadOnlySpan<char> after)
    {
        after = after.TrimStart(' ');
        return after.StartsWith("am", StringComparison.OrdinalIgnoreCase) || after.StartsWith("pm", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith("a.m.", StringComparison.OrdinalIgnoreCase) || after.StartsWith("p.m.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The quantified commitment of a sentence that ended with a colon: the package a list below breaks down.</summary>
    private EventDraft? _listPackage;

    /// <summary>How many sentences back a package may be named for a sentence that says what it consists of.</summary>
    private const int PackageReach = 3;

    /// <summary>
    /// Makes the sentence's commitments in <paramref name="whole"/>'s currency and smaller than it parts of it (with its
    /// giver, recipient and, unless they state their own, its date), and returns the listed parts whose amounts no draft
    /// has yet.
    /// </summary>
    private List<EventDraft> AsPartsOf(EventDraft whole, List<EventDraft> drafts, List<EventDraft> listed, TextSpan sentence)
    {
        var total = whole.Commitment!.Amount!;
        var text = _document.Text.AsSpan(sentence.Start, sentence.Length);
        foreach (var d in drafts)
        {
            if (d.Commitment?.Amount is not { } a || a.Currency != total.Currency || a.Value >= total.Value) continue;
            d.PartOf = whole;
            if (d.Actors.TrueForAll(x => x.Code is null)) d.Actors = whole.Actors;
            if (d.Recipients.TrueForAll(x => x.Code is null)) d.Recipients = whole.Recipients;
            if (d.DateText is not { } own || !text.Contains(own, StringComparison.Ordinal))
                (d.From, d.To, d.DateText, d.Future) = (whole.From, whole.To, whole.DateText, whole.Future);
        }
        return listed.FindAll(part => !drafts.Exists(d => d.Commitment?.Amount is { } a && a.Span.Start == part.Commitment!.Amount!.Span.Start));
    }

    /// <summary>Whom each sentence says is helped (<see cref="SentenceCoder.Beneficiaries"/>), by sentence index.</summary>
    private readonly Dictionary<int, List<string>> _helpedHere = [];
    /// <summary>The first two states (or places of states) each sentence names, by sentence index.</summary>
    private readonly Dictionary<int, (string First, string? Second)> _statesInSentence = [];

    /// <summary>The last whole commitment of the last few sentences.</summary>
    private EventDraft? RecentPackage(int sentence)
    {
        for (int k = _drafts.Count - 1; k >= 0; k--)
        {
            var d = _drafts[k];
            if (d.SentenceIndex < sentence - PackageReach) return null;
            if (d.Commitment?.Amount is not null && d.PartOf is null) return d;
        }
        return null;
    }

    /// <summary>The sentence opens a line with a bullet ("-", "•", "*", "–").</summary>
    private bool BulletLine(TextSpan span)
    {
        var text = _document.Text.AsSpan();
        int lineStart = text[..span.Start].LastIndexOf('\n') + 1;
        // The bullet is the sentence's first character, or stands alone before it.
        var lead = text[lineStart..Math.Min(text.Length, span.Start + 1)].TrimStart();
        return lead.Length > 0 && IsBulletMark(lead[0]) && text[lineStart..span.Start].Trim().Length <= 1;
    }

    /// <summary>The sentence opens an indented line with a bullet: a point under the bulleted line above it.</summary>
    private bool SubBulletLine(TextSpan span)
    {
        var text = _document.Text.AsSpan();
        int lineStart = text[..span.Start].LastIndexOf('\n') + 1;
        return lineStart < text.Length && text[lineStart] is ' ' or '\t' && BulletLine(span);
    }

    private static bool IsBulletMark(char c) => c is '-' or '•' or '*' or '–' or '·' or '▪';

    /// <summary>The sentence goes on a line that a bullet opens, after the bullet's first sentence.</summary>
    private bool BulletLineGoesOn(TextSpan span)
    {
        var text = _document.Text.AsSpan();
        int lineStart = text[..span.Start].LastIndexOf('\n') + 1;
        var line = text[lineStart..span.Start].TrimStart();
        return line.Length > 1 && IsBulletMark(line[0]);
    }

    /// <summary>Only spaces or tabs stand between the line's start and <paramref name="at"/>.</summary>
    private bool StartsLine(int at) =>
        at == 0 || _document.Text.AsSpan(0, at).TrimEnd(' ').TrimEnd('\t') is var before && (before.Length == 0 || before[^1] == '\n');

    /// <summary>Only spaces or tabs stand between <paramref name="at"/> and the line's end (or the text's).</summary>
    private bool EndsLine(int at) =>
        _document.Text.AsSpan(at).TrimStart(' ').TrimStart('\t') is var after && (after.Length == 0 || after[0] is '\n' or '\r');

    /// <summary>A short note of at most ten words stands between <paramref name="at"/> and the line's end ("All times BST.", "Times are Baghdad time (GMT+3). Newest posts first.").</summary>
    private bool ShortRestOfLine(int at)
    {
        var rest = _document.Text.AsSpan(at);
        int end = rest.IndexOf('\n');
        rest = (end < 0 ? rest : rest[..end]).Trim();
        return rest.Count(' ') < 10;
    }

    private bool EndsWithColon(TextSpan span)
    {
        var line = _document.Text.AsSpan(span.Start, span.End - span.Start).TrimEnd();
        return line.Length > 0 && line[^1] == ':';
    }

    /// <summary>A line of its own, short and without closing punctuation, above a body: a headline, kicker or rubric.</summary>
    private bool Heading(TextSpan span)
    {
        var text = _document.Text.AsSpan();
        var line = text[span.Start..span.End].TrimEnd();
        // (A closing quote ends a sentence only after its own stop: 'US warns of "consequences"' is a headline.)
        var last = line.Length > 1 && line[^1] is '"' or '”' or '’' or '\'' ? line[^2] : line.Length > 0 ? line[^1] : ' ';
        if (line.Length == 0 || line.Contains('\n') || last is '.' or '!' or '?' or ':' or ';' or ',') return false;
        // A heading has a body below it: the line ends, and more text follows.
        var after = text[span.End..];
        return StartsLine(span.Start) && EndsLine(span.End) && !after.IsWhiteSpace() && line.Count(' ') < 20;
    }
}
