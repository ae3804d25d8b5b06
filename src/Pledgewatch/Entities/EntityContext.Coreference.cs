using Pledgewatch.Reference;
using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

public sealed partial class EntityContext
{
    /// <summary>The subject of the last sentence that had a mention, and of the last one that had a person.</summary>
    private Mention? _lastSubject;

    /// <summary>The last subject is the first of several states listed together ("Lithuania, Norway and Croatia").</summary>
    private bool _lastSubjectListed;
    private Mention? _lastSubjectPerson;
    /// <summary>The people named in the last sentence that named any, in text order: "him" looks among them.</summary>
    private readonly List<Mention> _previousPersons = [];
    /// <summary>The last national institution named ("Global Affairs Canada"): "the department" is it.</summary>
    private Mention? _lastInstitution;
    /// <summary>The last group or plural nationality of the last sentence that had one: "they" may refer to it.</summary>
    private Mention? _lastPlural;
    /// <summary>The last subject opened its sentence and was a state or body: "it" in the next sentence is it.</summary>
    private bool _lastSubjectIsThing;

    /// <summary>
    /// "he"/"she"/"his" → the person who is the subject of this sentence so far, else of the last sentence with a
    /// person (commentators included: "He stressed …" after a professor's sentence stays the professor);
    /// "it"/"its" → the state or body that is the subject here or was in the last sentence (no mention otherwise:
    /// most "it" are no entity); "him" → someone other than the subject; "they"/"their" → a group or plural
    /// nationality, else a state or body subject. Unresolved: code null.
    /// </summary>
    private void EmitPronoun(int i, PronounKind kind)
    {
        int at = _tokens[i].Start;
        var word = _tokens[i].In(_text);
        if (kind == PronounKind.FirstPerson)
        {
            EmitFirstPerson(i, word);
            return;
        }
        bool possessive = word.Equals("his", StringComparison.OrdinalIgnoreCase) || word.Equals("its", StringComparison.OrdinalIgnoreCase)
            || word.Equals("their", StringComparison.OrdinalIgnoreCase);
        bool objectCase = word.Equals("him", StringComparison.OrdinalIgnoreCase);
        Mention? antecedent = kind switch
        {
            PronounKind.Person when objectCase => ObjectAntecedent(at),
            PronounKind.Person => SubjectHere(at, person: true) ?? _lastSubjectPerson,
            PronounKind.Thing => ThingAntecedent(at, possessive),
            _ => PluralAntecedent(at),
        };
        // "The biggest commitment came from the Islamic Development Bank. Its president …": an office's "its" goes
        // to the one state or body the last sentence named, when no subject serves.
        if (antecedent is null && kind == PronounKind.Thing && possessive && _soleThing is not null && i + 1 < _tokens.Count && IsOfficeNoun(i + 1))
            antecedent = _soleThing;
        if (antecedent is null)
        {
            if (kind == PronounKind.Thing) return;
            Emit(i, i + 1, kind == PronounKind.Person ? EntityKind.Person : EntityKind.Group, MentionForm.Pronoun, null, possessive: possessive);
            return;
        }
        Emit(i, i + 1, antecedent.Kind, MentionForm.Pronoun, antecedent.Code, antecedent.Sector, antecedent.Name, possessive);
    }

    /// <summary>The person a statement is by: named in its first lines ("Statement by the Minister for Defence, the Hon Alan Marsh").</summary>
    private Mention? _author;
    private bool _authorDecided;

    /// <summary>Where the author must be named: the heading of a statement or a release.</summary>
    private const int AuthorWithin = 300;

    /// <summary>
    /// "I announced $40 million", "we will send": in a statement, the first person outside quotes is its author ("I",
    /// "my") or the author's government ("we", "our"). Inside quotes, or with no author named at the top, it stays
    /// unresolved and names no one; "we" in a text that no person signs is the publishing state's government.
    /// </summary>
    private void EmitFirstPerson(int i, ReadOnlySpan<char> word)
    {
        if (word.SequenceEqual("i") || InsideQuote(_tokens[i].Start)) return;
        bool possessive = word.Equals("my", StringComparison.OrdinalIgnoreCase) || word.Equals("our", StringComparison.OrdinalIgnoreCase);
        bool singular = word.SequenceEqual("I") || word.Equals("my", StringComparison.OrdinalIgnoreCase) || word.Equals("me", StringComparison.OrdinalIgnoreCase);
        // ("MARTA HURTADO, spokesperson for the UN Human Rights Office (OHCHR): We are very concerned …": in a paragraph
        // a speaker's label opens, "we" is the body or state the label names.)
        if (!singular && LabelVoice(_tokens[i].Start) is { Code: { } voiced } voice)
        {
            Emit(i, i + 1, voice.Kind == EntityKind.Person ? EntityKind.State : voice.Kind, MentionForm.Pronoun, voiced, voice.Kind == EntityKind.Person ? "GOV" : voice.Sector, null, possessive);
            return;
        }
        // "Today we announced …" in a release that no person signs: "we" is the government of the publishing state.
        if (_author is null && _outlet is { } publisher)
        {
            Emit(i, i + 1, EntityKind.State, MentionForm.Pronoun, publisher, "GOV", null, possessive);
            return;
        }
        if (_author is not { Code: { } code } author) return;
        if (author.Kind != EntityKind.Person) Emit(i, i + 1, author.Kind, MentionForm.Pronoun, code, author.Sector, null, possessive);
        else if (singular) Emit(i, i + 1, EntityKind.Person, MentionForm.Pronoun, code, author.Sector, author.Name, possessive);
        else Emit(i, i + 1, EntityKind.State, MentionForm.Pronoun, code, author.Sector ?? "GOV", null, possessive);
    }

    /// <summary>The paragraph whose speaker's label was last read, and the party it names (null: none).</summary>
    private (int Paragraph, Mention? Voice) _label = (-1, null);

    /// <summary>
    /// The party named in the label that opens the paragraph holding <paramref name="at"/> ("NAME, spokesperson for
    /// ORG:", "NAME, ORG:", "QUESTION (outlet):"): the last mention with a code before the label's colon. Read in the
    /// paragraph's first sentence and kept for the rest of it; null when the paragraph opens with no label.
    /// </summary>
    private Mention? LabelVoice(int at)
    {
        int paragraph = _text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        if (_label.Paragraph == paragraph) return _label.Voice;
        int colon = _text.IndexOf(':', paragraph, Math.Min(160, Math.Max(0, at - paragraph)));
        // ("A: Of course we are happy …" in an interview: the answers speak for the one the introduction says was
        // interviewed, in whichever sentence of the answer.)
        if (colon > paragraph && colon - paragraph <= 7 && _text.AsSpan(paragraph, colon - paragraph).Trim() is "A" or "ANSWER" or "Answer")
        {
            _label = (paragraph, _interviewee);
            return _label.Voice;
        }
        // (The label ends before the pronoun, opens the paragraph and is read in its first sentence.)
        bool labelled = colon > paragraph && _tokens.Count > 0 && _tokens[0].Start <= paragraph + 1 && _text.IndexOf('\n', paragraph, colon - paragraph) < 0
            && _text.IndexOf(". ", paragraph, colon - paragraph, StringComparison.Ordinal) < 0;
        Mention? voice = null;
        if (labelled)
        {
            foreach (var m in _found)
                if (m.Span.End <= colon && m.Span.Start >= paragraph && m.Code is not null && m.Form != MentionForm.Pronoun) voice = m;
            // ("Sudan: we will provide …": a label that is nothing but a name is the line's topic, not its speaker.)
            if (voice is not null && _text.AsSpan(paragraph, colon - paragraph).Trim().SequenceEqual(voice.Text)) voice = null;
            // ("HURTADO: We are not in a position …": a speaker labelled before by a longer label speaks for the same party.)
            var name = _text.AsSpan(paragraph, colon - paragraph);
            int comma = name.IndexOf(',');
            if (comma > 0) name = name[..comma];
            foreach (var word in name.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length < 3 || !char.IsUpper(word[0])) continue;
                if (voice is not null) _speakerVoices[word] = voice;
                else if (_speakerVoices.TryGetValue(word, out var known)) voice = known;
            }
        }
        // (A paragraph without a label, after labelled ones, goes on in the last speaker's voice.)
        else voice = _label.Voice;
        _label = (paragraph, voice);
        return voice;
    }

    /// <summary>Whom an interview's introduction says was interviewed (<see cref="NoteInterviewee"/>).</summary>
    private Mention? _interviewee;
    /// <summary>Sentences with mentions read so far (an interview's introduction is among the first).</summary>
    private int _sentencesRead;

    /// <summary>
    /// Notes whom the sentence just read says was interviewed ("We spoke to Franak Viačorka, chief political adviser to
    /// opposition leader Sviatlana Tsikhanouskaya"): the first party with a code named after "spoke to", "talked to",
    /// "interviewed" or "interview with"; the first such sentence of the report decides.
    /// </summary>
    private void NoteInterviewee()
    {
        // (An interview's introduction comes in its first sentences.)
        if (_interviewee is not null || _found.Count == 0 || _sentencesRead > 12) return;
        for (int i = 0; i + 1 < _tokens.Count; i++)
        {
            // "spoke to", "talked with", "interviewed", "an interview with": the party named next was interviewed.
            bool cue = IsAnyWord(i, ["spoke", "talked"]) && IsAnyWord(i + 1, ["to", "with"]) || IsWord(i, "interviewed")
                || IsWord(i, "interview") && IsWord(i + 1, "with");
            if (!cue) continue;
            foreach (var m in _found)
                if (m.Span.Start > _tokens[i].End && m.Code is not null && m.Form != MentionForm.Pronoun)
                {
                    _interviewee = m;
                    return;
                }
            return;
        }
    }

    /// <summary>The party each word of a speaker's label spoke for ("HURTADO" → UN), for shorter labels later.</summary>
    private readonly Dictionary<string, Mention> _speakerVoices = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An odd number of double quotes stands between the start of the paragraph and <paramref name="at"/>.</summary>
    private bool InsideQuote(int at)
    {
        int start = _text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        int quotes = 0;
        for (int k = start; k < at; k++)
            if (_text[k] is '"' or '\u201C' or '\u201D') quotes++;
        return quotes % 2 == 1;
    }

    /// <summary>
    /// "him": not the subject of its own sentence (that would be "himself") but the latest other person here, else
    /// of the last sentence with people; the subject when there is no other.
    /// </summary>
    private Mention? ObjectAntecedent(int at)
    {
        var subject = SubjectHere(at, person: true);
        // ("Pashinyan said …; Moscow's foreign ministry accused him the next day": a subject before a semicolon is
        // another clause's, and may be the antecedent.)
        if (subject is not null && _text.AsSpan(subject.Span.End, Math.Max(0, at - subject.Span.End)).Contains(';')) subject = null;
        bool skippedLocalSubject = false;
        for (int k = _found.Count - 1; k >= 0; k--)
        {
            var m = _found[k];
            if (m.Span.Start >= at || m.Kind != EntityKind.Person || m.Form == MentionForm.Pronoun || SamePerson(m, subject)) continue;
            // "Fiala said Zelensky had asked him": the subject of the pronoun's own clause is not its antecedent.
            if (!skippedLocalSubject && OpensClause(m))
            {
                skippedLocalSubject = true;
                continue;
            }
            return m;
        }
        for (int k = _previousPersons.Count - 1; k >= 0; k--)
            if (!SamePerson(_previousPersons[k], subject)) return _previousPersons[k];
        return subject ?? _lastSubjectPerson;
    }

    /// <summary>The mention follows "said", "that" or a comma: it is the subject of a new clause.</summary>
    private bool OpensClause(Mention m)
    {
        for (int k = _tokens.Count - 1; k >= 0; k--)
        {
            if (_tokens[k].Start >= m.Span.Start) continue;
            var w = _tokens[k].In(_text);
            return w is "said" or "says" or "that" or "," or "told";
        }
        return true;
    }

    /// <summary>A first-person plural pronoun ("we", "our"; the lexicon has no "us"): the writer's voice.</summary>
    internal static bool OutletVoice(Mention m) =>
        m.Form == MentionForm.Pronoun && (m.Text.Equals("we", StringComparison.OrdinalIgnoreCase) || m.Text.Equals("our", StringComparison.OrdinalIgnoreCase));

    private static bool SamePerson(Mention a, Mention? b) =>
        b is not null && (ReferenceEquals(a, b) || a.Name is not null && a.Name == b.Name);

    /// <summary>
    /// "it": the state or body that is the subject of this sentence, or was of the last one. "its" also looks for the
    /// first state or body of its own clause ("… that Ukraine is seeking guarantees from the United States to ensure
    /// its safety"), then for the latest before it.
    /// </summary>
    private Mention? ThingAntecedent(int at, bool possessive)
    {
        var subject = SubjectHere(at, person: false);
        bool subjectIsThing = subject is { Kind: EntityKind.State or EntityKind.Body } && StartsSubject(subject) && !OutletVoice(subject);
        if (possessive)
        {
            int clause = ClauseStart(at);
            // ("Our neighbour has had its worst week": not the outlet's "our".)
            foreach (var m in _found)
                if (m.Span.Start >= clause && m.Span.Start < at && m.Kind is EntityKind.State or EntityKind.Body && !OutletVoice(m)) return m;
            if (subjectIsThing) return subject;
            if (LatestHere(at) is { Kind: EntityKind.State or EntityKind.Body } latest && !OutletVoice(latest)) return latest;
        }
        else if (ClauseSubject(at) is { } local) return local;
        if (subjectIsThing) return subject;
        if (subject is null && _lastSubjectIsThing) return _lastSubject;
        return null;
    }

    /// <summary>
    /// "Norway pledged …, while Sweden said it would …", "Sweden said that it would …": the state or body that opens the
    /// pronoun's own clause, or that speaks just before it, rather than the sentence's first subject.
    /// </summary>
    private Mention? ClauseSubject(int at)
    {
        int k = _tokens.Count - 1;
        while (k >= 0 && _tokens[k].Start >= at) k--;
        if (k >= 0 && IsWord(k, "that")) k--;
        if (k < 1 || !(IsWord(k, "said") || IsWord(k, "says") || IsWord(k, "announced") || IsWord(k, "added") || IsWord(k, "stated"))) return null;
        var speechAt = _tokens[k].Start;
        int clause = ClauseStart(speechAt);
        // "the G7 condemned the strikes and said it would …": a speech verb coordinated with "and" or "but" shares the
        // subject of the clause before it.
        if (k >= 1 && (IsWord(k - 1, "and") || IsWord(k - 1, "but")) && _tokens[k - 1].End == clause)
            return FirstSubject(ClauseStart(_tokens[k - 1].Start), _tokens[k - 1].Start);
        return FirstSubject(clause, speechAt);
    }

    /// <summary>The first mention from <paramref name="from"/> to <paramref name="to"/> when it is a state or body.</summary>
    private Mention? FirstSubject(int from, int to)
    {
        foreach (var m in _found)
        {
            if (m.Span.Start >= to) break;
            if (m.Span.Start < from || m.Form == MentionForm.Pronoun) continue;
            return m.Kind is EntityKind.State or EntityKind.Body && m.Span.Start >= _subjectFromChar ? m : null;
        }
        return null;
    }

    /// <summary>The mention opens the sentence (after a fronted phrase and an article): "Canada has …", "The government said …".</summary>
    private bool StartsSubject(Mention m)
    {
        for (int k = 0; k < _tokens.Count; k++)
        {
            var t = _tokens[k];
            if (t.Kind != Sentences.TokenKind.Word || t.Start < _subjectFromChar) continue;
            if (t.Start == m.Span.Start) return true;
            return (IsWord(k, "the") || IsWord(k, "a")) && k + 1 < _tokens.Count && _tokens[k + 1].Start == m.Span.Start;
        }
        return false;
    }

    /// <summary>The character where the clause holding <paramref name="at"/> starts: after the last comma, "that", "which", "and", "but", "while".</summary>
    private int ClauseStart(int at)
    {
        for (int k = _tokens.Count - 1; k >= 0; k--)
        {
            var t = _tokens[k];
            if (t.Start >= at) continue;
            if (IsPunct(k, ',') || IsPunct(k, ';') || IsWord(k, "that") || IsWord(k, "which") || IsWord(k, "and") || IsWord(k, "but") || IsWord(k, "while"))
                return t.End;
        }
        return 0;
    }

    /// <summary>
    /// "they"/"their": a group or plural nationality here, else the state or body that is the subject here, else the
    /// last group of an earlier sentence, else the last subject when it was a state or body. "They include …" after a
    /// list of designations stays unresolved rather than borrowing the latest country.
    /// </summary>
    private Mention? PluralAntecedent(int at)
    {
        if (PluralHere(at) is { } plural) return plural;
        if (SubjectHere(at, person: false) is { Kind: EntityKind.State or EntityKind.Body } subject && StartsSubject(subject)) return subject;
        if (_lastPlural is not null) return _lastPlural;
        return _lastSubjectIsThing ? _lastSubject : null;
    }

    /// <summary>"they"/"their": the latest group or plural noun of nationality ("the Ukrainians") before <paramref name="at"/>.</summary>
    private Mention? PluralHere(int at)
    {
        for (int k = _found.Count - 1; k >= 0; k--)
        {
            var m = _found[k];
            if (m.Span.Start >= at) continue;
            if (m.Kind == EntityKind.Group || m.Form == MentionForm.Demonym && m.Text.EndsWith('s') && m.Sector is null) return m;
        }
        return null;
    }

    /// <summary>The subject of the current sentence before character <paramref name="at"/>: the first mention after a fronted phrase.</summary>
    private Mention? SubjectHere(int at, bool person)
    {
        Mention? first = null;
        foreach (var m in _found)
        {
            if (m.Span.Start >= at) break;
            if (person && m.Kind != EntityKind.Person) continue;
            if (!person && m.Kind is EntityKind.Place) continue;
            if (m.Span.Start >= _subjectFromChar) return m;
            first ??= m;
        }
        // "At a meeting with President X in Halifax, he pledged …": the pronoun is the subject after the fronted
        // phrase, so the person inside that phrase is not its antecedent.
        return _subjectFromChar > 0 && at >= _subjectFromChar ? null : first;
    }

    private Mention? LatestHere(int at)
    {
        for (int k = _found.Count - 1; k >= 0; k--)
        {
            var m = _found[k];
            if (m.Span.Start < at && m.Kind is EntityKind.State or EntityKind.Body or EntityKind.Group) return m;
        }
        return null;
    }

    /// <summary>The state that is the subject of this sentence so far, else of the last sentence.</summary>
    private string? SubjectState()
    {
        foreach (var m in _found)
            if (m.Kind == EntityKind.State && m.Code is not null && m.Form != MentionForm.Pronoun && m.Span.Start >= _subjectFromChar && !_whereOnly.Contains(m.Span.Start)) return m.Code;
        // ("Deby declared a state of emergency, and the government said …": a leader who opens the sentence, a state's.)
        if (_found.Count > 0 && _found[0] is { Kind: EntityKind.Person, Sector: "GOV", Form: not MentionForm.Pronoun, Code: { Length: 3 } leader } first
            && first.Span.Start >= _subjectFromChar && _firstWord < _tokens.Count && first.Span.Start <= _tokens[_firstWord].Start + 1)
            return leader;
        // ("According to the Saudi state news agency, the kingdom will …": a state's own source speaks of that state.)
        if (_firstWord >= 0 && _firstWord < _tokens.Count && IsWord(_firstWord, "according"))
            foreach (var m in _found)
                if (m.Kind == EntityKind.State && m.Code is not null && m.Form != MentionForm.Pronoun && m.Span.Start < _subjectFromChar) return m.Code;
        // ("Lithuania, Norway, Croatia … have offered beds. On Tuesday the government decided …": a state listed with
        // others is no government's antecedent.)
        if (_lastSubjectListed) return null;
        return _lastSubject switch
        {
            { Kind: EntityKind.State, Code: { } code } => code,
            // ("Foreign Minister Penny Wong said … The Government will also provide": a named official's state.)
            { Kind: EntityKind.Person, Sector: "GOV", Form: not MentionForm.Pronoun, Code: { Length: 3 } code } => code,
            _ => null,
        };
    }

    /// <summary>
    /// Who a title without a name is: the holder for the state in front ("Ukraine's president"); else the person
    /// named latest who holds that office ("the Prime Minister" after "Prime Minister Anna Berglund"); else the
    /// holder for the outlet's country on the date. A deputy or former holder is nobody in particular.
    /// </summary>
    private (string? Code, string? Name, PersonRecord? Record) ResolveTitle(Title title, string? cueCode, bool notHolder)
    {
        var role = title.Role;
        var country = cueCode ?? TitleCountry(title);
        if (notHolder || role == "official") return (country, null, null);
        if (country is null)
        {
            // Only the office the title names: "the Prime Minister" is no president, even one who heads a government.
            // The outlet's own holder, once named, is who a bare title means ("the Prime Minister will travel on to
            // Berlin" after "a meeting with Prime Minister Tusk", in London's release); else the latest holder named.
            PersonRecord? latest = null;
            foreach (var p in _recentPersons)
            {
                if (!p.Holds(role, _date)) continue;
                latest ??= p;
                if (_outlet is not null && p.TermOn(_date, role, _outlet).Code == _outlet) return (_outlet, p.Name, p);
            }
            if (latest is not null) return (latest.TermOn(_date, role, _outlet).Code, latest.Name, latest);
            // "Bangladesh imposed a curfew, the prime minister's office said" in a British report that has not named
            // Britain: the state the text is about, not the outlet's.
            country = _statesSeen.Count > 0 && _outlet is not null && !_statesSeen.Contains(_outlet) ? _statesSeen[0] : _outlet;
            // ("… products of the US memory maker Micron … In February the commerce ministry put Lockheed Martin on its
            // list", in a report about Beijing: a state named once in passing yields to the one the report keeps naming.)
            if (country is not null && _statesSeen.Count > 1 && country == _statesSeen[0] && _stateCounts.GetValueOrDefault(country) <= 1
                && MostNamedState() is { } most && most != country && _stateCounts[most] >= 3)
                country = most;
        }
        if (country is null) return (null, null, null);
        var holder = _reference.HolderOf(country, role, _date);
        if (holder is null) return (country, null, null);
        return (country, holder.Name, Extractor.PersonsByName.GetValueOrDefault(holder.Name));
    }

    /// <summary>
    /// "Haiti's prime minister, Ariel Henry, …", "Dina Boluarte, Peru's vice-president, …": a name the tables do not
    /// know, set off by commas beside a title that names a state, is that state's official from then on (its surname
    /// alone resolves in later sentences).
    /// </summary>
    private void RememberAppositions()
    {
        foreach (var m in _found)
        {
            if (m is not { Kind: EntityKind.Person, Form: MentionForm.Title, Code.Length: 3 }) continue;
            int first = TokenAt(m.Span.Start), last = TokenAt(m.Span.End - 1);
            if (first < 0 || last < 0) continue;
            // Title first: "Haiti's prime minister, Ariel Henry,".
            if (last + 2 < _tokens.Count && IsPunct(last + 1, ',') && IsCapitalised(last + 2) && Unclaimed(last + 2))
            {
                int run = NameRun(last + 2);
                if (run - (last + 2) >= 2 && run - (last + 2) <= 4 && (run >= _tokens.Count || IsPunct(run, ',') || IsPunct(run, '.')))
                    RememberName(last + 2, run, m);
            }
            // Name first: "Dina Boluarte, Peru's vice-president,".
            if (first >= 3 && IsPunct(first - 1, ','))
            {
                int start = first - 2;
                while (start > 0 && IsCapitalised(start - 1) && first - 1 - (start - 1) <= 4) start--;
                if (start < first - 1 && NameRun(start) == first - 1 && first - 1 - start >= 2 && Unclaimed(start)
                    && (start == _firstWord || IsPunct(start - 1, ',')))
                    RememberName(start, first - 1, m);
            }
        }
    }

    private void RememberName(int start, int end, Mention title)
    {
        string name = _text[_tokens[start].Start.._tokens[end - 1].End];
        if (!_docPersons.ContainsKey(name)) Remember(end, new DocPerson(name, title.Code, title.Sector, Commentator: false));
    }

    /// <summary>No mention found in this sentence covers token <paramref name="i"/>.</summary>
    private bool Unclaimed(int i)
    {
        foreach (var m in _found)
            if (m.Span.Start <= _tokens[i].Start && _tokens[i].End <= m.Span.End) return false;
        return true;
    }

    /// <summary>
    /// "Remarks at a press conference with President X", "Letter to Minister Y": a person named after "with", "to" or
    /// "for" is the author's company or addressee, not the author whose "we" the statement speaks in.
    /// </summary>
    private bool AddressedOrAccompanying(Mention m)
    {
        int i = TokenAt(m.Span.Start);
        if (i <= 0) return false;
        var before = _tokens[i - 1].In(_text);
        return before is "with" or "to" or "for";
    }

    /// <summary>The mention is followed on its line by a dash or a colon: it labels what follows.</summary>
    private bool HeadingLabel(Mention m)
    {
        int i = m.Span.End;
        while (i < _text.Length && _text[i] == ' ') i++;
        return i < _text.Length && _text[i] is '—' or '–' or ':' or '|' or '-';
    }

    /// <summary>The next mention after <paramref name="m"/> names another state, joined to it by only a comma or "and".</summary>
    private bool ListedWithOthers(Mention m)
    {
        int k = _found.IndexOf(m);
        if (m.Kind != EntityKind.State || k < 0 || k + 1 >= _found.Count) return false;
        var next = _found[k + 1];
        if (next.Kind != EntityKind.State || next.Code is null || next.Code == m.Code || next.Span.Start < m.Span.End) return false;
        var between = _text.AsSpan(m.Span.End, next.Span.Start - m.Span.End).Trim();
        return between is "," or "and" || between.SequenceEqual(", and");
    }

    /// <summary>The token that holds character <paramref name="at"/>, or -1.</summary>
    private int TokenAt(int at) => Tokenizer.IndexAt(_tokens, at) is var i && i < _tokens.Count && _tokens[i].Start <= at ? i : -1;

    private void EndSentence()
    {
        if (_found.Count == 0) return;
        NoteInterviewee();
        _sentencesRead++;
        RememberAppositions();
        // "European Commission — Midday briefing", "Ministry of Foreign Affairs: Statement on …": a body or a state's
        // organ that opens the text, before a dash or colon, is the voice its "we" speaks in.
        // (Not a state's bare name, the topic of what follows: "Georgia: Political Situation".)
        if (!_authorDecided && _found[0] is { Code: not null, Form: not MentionForm.Pronoun } opener
            && (opener.Kind == EntityKind.Body || opener.Kind == EntityKind.State && opener.Sector is not null)
            && opener.Span.Start <= 2 && HeadingLabel(opener))
        {
            _author = opener;
            _authorDecided = true;
        }
        if (!_authorDecided)
            foreach (var m in _found)
                if (m.Kind == EntityKind.Person && m.Code is not null && m.Form != MentionForm.Pronoun && !AddressedOrAccompanying(m))
                {
                    if (m.Span.Start < AuthorWithin) _author = m;
                    _authorDecided = true;
                    break;
                }
        Mention? subject = null, subjectPerson = null, firstPerson = null;
        foreach (var m in _found)
        {
            if (m.Kind == EntityKind.Place) continue;
            if (m.Span.Start >= _subjectFromChar) subject ??= m;
            if (m.Kind != EntityKind.Person) continue;
            firstPerson ??= m;
            if (m.Span.Start >= _subjectFromChar) subjectPerson ??= m;
        }
        subject ??= _found[0].Kind == EntityKind.Place ? null : _found[0];
        if (subject is not null)
        {
            _lastSubject = subject;
            _lastSubjectIsThing = subject.Kind is EntityKind.State or EntityKind.Body && StartsSubject(subject);
            _lastSubjectListed = ListedWithOthers(subject);
        }
        // "Serbia's ambassador to Chile … was unmoved. He said …": an office held by someone unnamed is a person.
        if (subjectPerson is null && subject is { Kind: EntityKind.State, Sector: "GOV" or "MIL" or "LEG" } && StartsSubject(subject) && NamesAnOfficeholder(subject))
            subjectPerson = subject;
        if ((subjectPerson ?? firstPerson) is { } person)
        {
            _lastSubjectPerson = person;
            _previousPersons.Clear();
            foreach (var m in _found)
                if (m.Kind == EntityKind.Person && m.Form != MentionForm.Pronoun) _previousPersons.Add(m);
        }
        for (int k = _found.Count - 1; k >= 0; k--)
        {
            var m = _found[k];
            if (m.Kind == EntityKind.Group && m.Form != MentionForm.Pronoun || m.Form == MentionForm.Demonym && m.Text.EndsWith('s') && m.Sector is null)
            {
                _lastPlural = m;
                break;
            }
        }
        foreach (var m in _found)
            if (m.Kind == EntityKind.State && m.Name is not null && m.Form == MentionForm.Name && m.Sector is not null) _lastInstitution = m;
        _soleThing = null;
        foreach (var m in _found)
        {
            if (m.Kind is not (EntityKind.State or EntityKind.Body) || m.Code is null || m.Form == MentionForm.Pronoun) continue;
            if (_soleThing is not null && _soleThing.Code != m.Code) { _soleThing = null; break; }
            _soleThing ??= m;
        }
        // "Where does this leave France? Its soldiers left Mali …": a question about one state or body makes it what the
        // answer's "it" and "its" stand for, wherever the question names it.
        if (_soleThing is not null && _tokens.Count > 0 && _tokens[^1].Kind == TokenKind.Punct && _text[_tokens[^1].Start] == '?')
        {
            _lastSubject = _soleThing;
            _lastSubjectIsThing = true;
        }
    }

    /// <summary>The one state or body (by code) the last sentence with mentions named, else null.</summary>
    private Mention? _soleThing;

    private bool IsOfficeNoun(int i)
    {
        foreach (var noun in OfficeNouns)
            if (IsWord(i, noun)) return true;
        return IsWord(i, "head");
    }

    private static readonly string[] OfficeNouns =
        ["ambassador", "envoy", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "chancellor", "secretary", "premier", "leader", "chief", "commander", "general"];

    /// <summary>The mention ends with an office held by one person ("Russia's ambassador", "the Kremlin spokesman").</summary>
    private static bool NamesAnOfficeholder(Mention m)
    {
        var text = m.Text.AsSpan().TrimEnd();
        int space = text.LastIndexOf(' ');
        var last = space < 0 ? text : text[(space + 1)..];
        foreach (var noun in OfficeNouns)
            if (last.Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
