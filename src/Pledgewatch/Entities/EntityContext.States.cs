using Pledgewatch.Reference;
using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

public sealed partial class EntityContext
{
    /// <summary>Places on their own beyond this size are taken even when the word is also a first name.</summary>
    private const long LargeCity = 1_000_000;
    private const long SentenceInitialCity = 100_000;

    /// <summary>The bodies named so far, each with when it was last named (a count of body mentions): a phrase several
    /// bodies share ("the bloc") names the latest.</summary>
    private readonly Dictionary<string, int> _bodyLastSeen = new(StringComparer.Ordinal);
    private int _bodiesNamed;
    /// <summary>States mentioned so far, most recent first: they settle which "Halifax" is meant.</summary>
    private readonly List<string> _statesSeen = [];

    /// <summary>The state of each organ named with "the" and no owner, by its words ("commerce ministry").</summary>
    private readonly Dictionary<string, string> _organsNamed = new(StringComparer.Ordinal);

    /// <summary>The text has written the outlet's own government as "the Government" (official or British style).</summary>
    private bool _ownGovernmentStyle;

    /// <summary>Where demonyms start that only say where a place is ("the South African capital"): no state the sentence is about.</summary>
    private readonly HashSet<int> _whereOnly = [];
    /// <summary>How often each state was named so far: "the army" with no state of its own is the most named one's.</summary>
    private readonly Dictionary<string, int> _stateCounts = new(StringComparer.Ordinal);
    /// <summary>How often each state's forces were named with their state ("Myanmar's military", "Russian troops"): "the
    /// army" with no state of its own is theirs before it is the most named state's.</summary>
    private readonly Dictionary<string, int> _forcesCounts = new(StringComparer.Ordinal);
    /// <summary>Last words of capitalised names the coder did not know ("Gopinath"): never places later.</summary>
    private readonly HashSet<string> _nameLike = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameLikeLookup;

    /// <summary>
    /// The longest phrase at <paramref name="i"/> that names something here; at equal length a person beats a body,
    /// an institution, a country, a demonym, a capital, a pronoun and a place, in that order.
    /// </summary>
    private int TryLexicon(int i)
    {
        int best = -1, bestRank = 0;
        for (int k = _atI.Count - 1; k >= 0; k--)
        {
            if (best >= 0 && _atI[k].End < _atI[best].End) break;
            int rank = Rank(_atI[k]);
            if (rank > bestRank) { best = k; bestRank = rank; }
            // ("the bloc" after ECOWAS was named: of bodies one phrase may name, the one named last.)
            else if (rank == bestRank && rank > 0 && _atI[k].Entry is { Kind: LexKind.Body, Code: { } code } && _atI[best].Entry is { Kind: LexKind.Body, Code: { } other }
                     && _atI[k].End == _atI[best].End && _bodyLastSeen.GetValueOrDefault(code) > _bodyLastSeen.GetValueOrDefault(other))
                best = k;
        }
        if (best < 0) return IsCapitalised(i) ? SkipName(i) : i;
        var m = _atI[best];
        var e = m.Entry;
        // ("near Plaza San Martín", "on Avenida Brasil": a place or state after a capitalised word for a square or street
        // names that square or street, not the place.)
        if (e.Kind is LexKind.Place or LexKind.Capital or LexKind.CountryName && i > 0 && s_streetWordLookup.Contains(_tokens[i - 1].In(_text)))
            return SkipName(i);
        switch (e.Kind)
        {
            case LexKind.Person:
                var record = EligiblePerson(e)!;
                var personCode = record.TermOn(_date, null, _outlet).Code;
                // ("Sheikh Tamim bin Hamad Al Thani": an alias that a particle and a capitalised word carry on into a full
                // name the lexicon knows is that full name, over all its words.)
                if (m.End + 1 < _tokens.Count && _tokens[m.End].Kind == TokenKind.Word && IsParticle(_tokens[m.End].In(_text)) && IsCapitalised(m.End + 1))
                    for (int s = i + 1; s < m.End; s++)
                        if (Longest(MatchAt(s), Mask(LexKind.Person), out var full) && full.Entry.FullName && full.End > m.End)
                        {
                            m = m with { End = full.End };
                            break;
                        }
                Emit(i, m.End, EntityKind.Person, e.FullName ? MentionForm.Name : MentionForm.Surname, personCode, Government, record.Name, IsPossessive(m.End));
                NotePerson(record);
                // ("Crown Prince Mohammed bin Salman": a title that is part of the known name is given to them.)
                if (personCode is not null && Longest(_atI, Mask(LexKind.Title), out var titled) && titled.End < m.End)
                    GiveTitle(titled.Entry.Title, personCode, record.Name);
                return m.End;
            case LexKind.Body:
                // "the Singapore Red Cross", "the Turkish Red Crescent": a state's national society is that state's own.
                if (e.Code == "ICRC" && i > 0 && _found.Count > 0 && _found[^1] is { Kind: EntityKind.State, Form: MentionForm.Name or MentionForm.Demonym, Possessive: false, Code: { } society } named
                    && named.Span.End == _tokens[i - 1].End)
                {
                    int first = i - 1;
                    while (first > 0 && _tokens[first].Start > named.Span.Start) first--;
                    _found.RemoveAt(_found.Count - 1);
                    Emit(first, m.End, EntityKind.State, MentionForm.Name, society, "NGO", null, IsPossessive(m.End));
                    return m.End;
                }
                // ("the Red Crescent Society of Kazakhstan": so is a society named by its state after it.)
                if (e.Code == "ICRC" && m.End + 2 < _tokens.Count && IsWord(m.End, "Society") && IsWord(m.End + 1, "of")
                    && Longest(MatchAt(m.End + 2), Mask(LexKind.CountryName), out var societyOf))
                {
                    Emit(i, societyOf.End, EntityKind.State, MentionForm.Name, societyOf.Entry.Code, "NGO", null, IsPossessive(societyOf.End));
                    return societyOf.End;
                }
                // ("The United Nations Support Mission in Libya (UNSMIL)": a body's name that capitalised words go on to an
                // organisation's word names an organ of that body, "in" and a state after it included; a short name in
                // brackets after it names it later.)
                if (e.Code is { } bodyCode && BodyOrganEnd(m.End) is var bodyOrganEnd && bodyOrganEnd > m.End)
                {
                    // (Emit keeps the short name in brackets after it.)
                    Emit(i, bodyOrganEnd, EntityKind.Body, MentionForm.Name, bodyCode, null, e.Canonical, IsPossessive(bodyOrganEnd));
                    return bodyOrganEnd;
                }
                Emit(i, m.End, EntityKind.Body, e.Condition == BodyCondition.Metonym ? MentionForm.Capital : MentionForm.Name,
                    e.Code, null, e.Canonical, IsPossessive(m.End));
                return m.End;
            case LexKind.Institution:
            {
                // ("the All People's Congress", "the African National Congress": a one-word institution right after a
                // capitalised name the coder does not know, or its possessive, ends that name: a party, not the organ.)
                if (m.Length == 1 && UnknownNameBefore(i))
                    return s_partyWordLookup.Contains(_tokens[i].In(_text)) ? EmitParty(NameStartBefore(i), m.End) : m.End;
                // "Nigeria's Senate": an institution's name after another state's possessive is that state's namesake.
                var code = e.Code;
                if (i >= 2 && IsPossessive(i - 1) && _found.Count > 0 && _found[^1] is { Kind: EntityKind.State, Possessive: true, Code: { } owner } && owner != code
                    && _found[^1].Span.End == _tokens[i - 1].Start)
                    code = owner;
                // ("the Philippine Congress": so is one after another state's nationality.)
                else if (i >= 1 && _found.Count > 0 && _found[^1] is { Kind: EntityKind.State, Form: MentionForm.Demonym or MentionForm.Name, Possessive: false, Code: { } nation }
                    && _found[^1].Span.End == _tokens[i - 1].End)
                    code = _found[^1].Form == MentionForm.Demonym ? nation : code;
                // ("Congress approved the decree" in a Brazilian paper: a name other states' organs bear too is the
                // outlet's own when its state is one of them; "the US Senate" says whose it is.)
                // (Not after a mention of the name's first state: "Biden said he would ask Congress".)
                // ("the Ministry of Defence said" in a Ghanaian paper: a name every state's organ may bear, namesakes "*".)
                else if (_outlet is { } outlet && outlet != e.Code && (Array.IndexOf(e.Namesakes, outlet) >= 0 || e.Namesakes is ["*"]) && !_found.Exists(f => f.Code == e.Code))
                    code = outlet;
                // (In a report with no outlet state, such a name is the organ of the state the report names most.)
                else if (_outlet is null && e.Namesakes is ["*"] && MostNamedState() is { } most && most != e.Code && !_found.Exists(f => f.Code == e.Code))
                    code = most;
                Emit(i, m.End, EntityKind.State, MentionForm.Name, code, e.Sector, code == e.Code ? e.Canonical : null, IsPossessive(m.End));
                return m.End;
            }
            case LexKind.CountryName:
            case LexKind.Demonym:
                // "the Bangladesh Nationalist Party", "the Nigeria Labour Congress": a state's name that opens a party's or
                // movement's name is that state's party.
                if (e.Kind == LexKind.CountryName && e.Code is { } home && !IsPossessive(m.End) && IsCapitalised(m.End) && !StartsStrongPhrase(m.End)
                    && NameRun(m.End) is var partyEnd && partyEnd > m.End && s_partyWordLookup.Contains(_tokens[partyEnd - 1].In(_text)))
                    return EmitParty(i, partyEnd, home);
                // ("Papiri, Niger State", "the Niger Delta", "the Jordan Valley": a state's name before a capitalised word of a
                // region or a feature names that place, not the state; "Kuwait City" and "the Cook Islands" are the state's own, and
                // "the US State Department" a longer name.)
                if (e.Kind == LexKind.CountryName && m.Length == 1 && !IsPossessive(m.End) && m.End < _tokens.Count && s_featureWordLookup.Contains(_tokens[m.End].In(_text))
                    && !(m.End + 1 < _tokens.Count && IsCapitalised(m.End + 1)))
                {
                    Emit(i, m.End + 1, EntityKind.Place, MentionForm.Name, null, possessive: IsPossessive(m.End + 1));
                    return m.End + 1;
                }
                return EmitState(m);
            case LexKind.Capital or LexKind.Place when BasedOrganEnd(m.End) is var organEnd && organEnd > 0 && (e.Code ?? ChoosePlace(e)) is { } seat:
                // "the Tripoli-based government", "Kabul-based authorities": the organ of the state whose city it sits in.
                Emit(i, organEnd, EntityKind.State, MentionForm.Name, seat, Government, possessive: IsPossessive(organEnd));
                return organEnd;
            case LexKind.Capital:
                // "Washington Post", "Paris Hilton": a capital in front of a name is part of it.
                if (m.Length == 1 && IsCapitalised(m.End) && !IsPossessive(m.End) && !StartsStrongPhrase(m.End))
                    return SkipName(i);
                if (IsPlaceContext(i, m.End)) Emit(i, m.End, EntityKind.Place, MentionForm.Name, e.Code);
                else Emit(i, m.End, EntityKind.State, MentionForm.Capital, e.Code, possessive: IsPossessive(m.End));
                return m.End;
            case LexKind.Pronoun:
                EmitPronoun(i, e.Pronoun);
                return m.End;
            case LexKind.Place:
                // "Anderson Torres", "Marco Rubio" read as two towns: one-word places side by side, with no comma, are
                // a person's first and last names.
                if (m.Length == 1 && IsCapitalised(m.End) && !IsPossessive(m.End) && !StartsStrongPhrase(m.End)
                    && MatchAt(m.End).Exists(n => n.Entry.Kind == LexKind.Place && n.Length == 1) && (m.End + 1 >= _tokens.Count || !IsCapitalised(m.End + 1)))
                    return SkipName(i);
                // ("the Formosa Briefing Record": a one-word place before two capitalised words that name nothing is part of a
                // name; "Kharkiv Oblast", "Kherson Region" keep their place's word.)
                if (m.Length == 1 && m.End + 1 < _tokens.Count && IsCapitalised(m.End) && IsCapitalised(m.End + 1) && !IsPossessive(m.End)
                    && MatchAt(m.End).Count == 0 && MatchAt(m.End + 1).Count == 0 && !PlaceWord(m.End) && !PlaceWord(m.End + 1))
                    return SkipName(i);
                // ("the Superior Tribunal of Bogotá": a one-word town named like a common word, before a capitalised word
                // that names nothing, opens another name.)
                if (m.Length == 1 && IsCapitalised(m.End) && !IsPossessive(m.End) && MatchAt(m.End).Count == 0 && !PlaceWord(m.End)
                    && Syntax.PosLexicon.Default.TagsOf(_tokens[i].In(_text)) is { IsEmpty: false, First: Syntax.Tag.JJ or Syntax.Tag.NN or Syntax.Tag.VB or Syntax.Tag.VBD or Syntax.Tag.VBN or Syntax.Tag.RB })
                    return SkipName(i);
                // ("the district of Coronel Rosales": a one-word town before a capitalised word that names nothing and is no
                // English word opens a longer name the gazetteer does not have.)
                // (A surname the lexicon knows after it is such a word too: "Coronel Rosales".)
                if (m.Length == 1 && IsCapitalised(m.End) && !IsPossessive(m.End) && !MatchAt(m.End).Exists(n => n.Entry.Kind != LexKind.Person) && !PlaceWord(m.End)
                    && Syntax.PosLexicon.Default.TagsOf(_tokens[m.End].In(_text)).IsEmpty)
                    return SkipName(i);
                Emit(i, m.End, EntityKind.Place, MentionForm.Name, ChoosePlace(e));
                return m.End;
            default:
                return i;
        }
    }

    /// <summary>A capitalised word of a place's own name: "Oblast", "Province", "City", "Strait".</summary>
    private bool PlaceWord(int i) => s_placeWordLookup.Contains(_tokens[i].In(_text));

    private static readonly HashSet<string> s_placeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Oblast", "Province", "Region", "Governorate", "District", "County", "Prefecture", "State", "City", "Valley", "Strait",
        "Sea", "River", "Island", "Islands", "Bay", "Gulf", "Airport", "Square", "Street", "Mountains", "Peninsula", "Port",
        "Crossing", "Corridor", "Border", "Camp", "Basin", "Desert", "Lake", "Dam", "Bridge", "Plant", "Station", "Base",
    };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_placeWordLookup = s_placeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Capitalised words for a square or a street that come before its name (case kept: "Plaza San Martín").</summary>
    private static readonly HashSet<string> s_streetWords = new(StringComparer.Ordinal) { "Plaza", "Avenida", "Calle", "Rua", "Rue", "Piazza", "Praça", "Paseo", "Boulevard" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_streetWordLookup = s_streetWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Place words that, after a state's one-word name, name a region or a feature of its own (case kept: "Niger State").</summary>
    private static readonly HashSet<string> s_featureWords = new(StringComparer.Ordinal) { "State", "Province", "Region", "Delta", "River", "Basin", "Valley" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_featureWordLookup = s_featureWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>After a place: "-based" and a noun of a state's organs ("government", "authorities") end where that
    /// noun ends; else 0.</summary>
    private int BasedOrganEnd(int i)
    {
        if (i + 2 >= _tokens.Count || !IsPunct(i, '-') || !IsWord(i + 1, "based")) return 0;
        return Longest(MatchAt(i + 2), Mask(LexKind.StateNoun), out var noun) && noun.Entry.Sector == Government ? noun.End : 0;
    }

    /// <summary>0 when the match names nothing here; else higher for the kinds that win at equal length.</summary>
    private static readonly string[] s_languageNouns = ["translation", "translations", "version", "versions", "text", "language", "subtitles", "transcript", "speakers", "speaking", "edition"];

    /// <summary>
    /// "(unofficial English translation)", "the French text", "published in Spanish.": a nationality word that names a
    /// language, not a state.
    /// </summary>
    private bool LanguageUse(LexMatch m)
    {
        if (IsAnyWord(m.End, s_languageNouns)) return true;
        // ("in English.", "into French,": a language after "in" or "into", with no noun after it.)
        return m.Start > 0 && IsAnyWord(m.Start - 1, ["in", "into"]) && (m.End >= _tokens.Count || _tokens[m.End].Kind == TokenKind.Punct);
    }

    private int Rank(LexMatch m)
    {
        var e = m.Entry;
        return e.Kind switch
        {
            // ("Brahim Ghali": a known surname alone, right before a capitalised word that names nothing, is someone
            // else's first name.)
            LexKind.Person => EligiblePerson(e) is null || !e.FullName && UnknownWordAt(m.End) ? 0 : 100,
            LexKind.Body => BodyNamed(e, m.Start, m.End) ? 90 : 0,
            LexKind.Institution => 85,
            // ("the North" once North Korea was named, not "the South China Sea": no capitalised word may follow.)
            LexKind.CountryName => e.Condition != BodyCondition.AfterMention || _statesSeen.Contains(e.Code!) && !IsCapitalised(m.End) ? 80 : 0,
            LexKind.Demonym => RegionalAdjective(m) || LanguageUse(m) ? 0 : 75,
            LexKind.Capital => 70,
            LexKind.Pronoun => 60,
            LexKind.Place => IsPlace(m) ? 50 : 0,
            _ => 0,
        };
    }

    /// <summary>
    /// "the oil-producing Central African state", "a West African nation": a demonym of two words or more that begins
    /// with a point of the compass, before "state", "country" or "nation", places a state in a region and names no
    /// state (not "North Korean state media").
    /// </summary>
    private bool RegionalAdjective(LexMatch m)
    {
        if (m.Length < 2 || m.End >= _tokens.Count) return false;
        var first = _tokens[m.Start].In(_text);
        if (!(first.SequenceEqual("Central") || first.SequenceEqual("West") || first.SequenceEqual("East") || first.SequenceEqual("North")
              || first.SequenceEqual("South"))) return false;
        if (!(IsWord(m.End, "state") || IsWord(m.End, "country") || IsWord(m.End, "nation"))) return false;
        // ("North Korean state media", "the South African state broadcaster": the state's own organs.)
        return !(m.End + 1 < _tokens.Count && (IsWord(m.End + 1, "media") || IsWord(m.End + 1, "television") || IsWord(m.End + 1, "news")
            || IsWord(m.End + 1, "agency") || IsWord(m.End + 1, "broadcaster") || IsWord(m.End + 1, "company") || IsWord(m.End + 1, "department")));
    }

    /// <summary>A body phrase names the body: always, once the body was named, or (a seat) when not a place.</summary>
    private bool BodyNamed(LexEntry e, int start, int end) => e.Condition switch
    {
        // ("the Board of Executive Directors of the Inter-American Development Bank": a short name with an "of" phrase
        // after it says whose it is, and is no alias of the body named before.)
        // ("accusing the Commission of reacting hastily": not an "of" before the charge.)
        BodyCondition.AfterMention => (_bodyLastSeen.ContainsKey(e.Code!) || e.Code == "EU" && SaysEuropean(start))
            && !(IsWord(end, "of") && end + 1 < _tokens.Count && !_tokens[end + 1].In(_text).EndsWith("ing", StringComparison.Ordinal)),
        // ("Belgium signed a deal … Brussels will provide": a seat that is also the capital of the state the report is
        // about, with the body not yet named, is that state's.)
        BodyCondition.Metonym => !IsPlaceContext(start, end) && !(IsCapitalised(end) && !IsPossessive(end) && !StartsStrongPhrase(end))
            && !(_bodyLastSeen.Count == 0 && SeatOfStateSeen(start, end)),
        _ => true,
    };

    /// <summary>The phrase is also the capital of a state the document named.</summary>
    private bool SeatOfStateSeen(int start, int end)
    {
        foreach (var m in MatchAt(start))
            if (m.End == end && m.Entry.Kind == LexKind.Capital && m.Entry.Code is { } code && _statesSeen.Contains(code)) return true;
        return false;
    }

    /// <summary>"European" earlier in the sentence lets "the Commission" name the EU's before the EU was named.</summary>
    private bool SaysEuropean(int before)
    {
        for (int k = 0; k < before; k++)
            if (IsWord(k, "European")) return true;
        return false;
    }

    /// <summary>"Niger's army-installed rulers": the token at <paramref name="k"/> is a hyphen that joins the word before it to
    /// a lower-case word, making an adjective of both.</summary>
    private bool OpensCompoundAdjective(int k) =>
        k + 1 < _tokens.Count && _tokens[k].In(_text) is "-" && _tokens[k].Start == _tokens[k - 1].End && _tokens[k + 1].Start == _tokens[k].End
        && _tokens[k + 1].In(_text) is { Length: > 0 } next && char.IsLower(next[0]);

    /// <summary>
    /// A country or demonym, extended over a noun that makes it an organ of the state: "Danish lawmakers" (LEG),
    /// "Canada's foreign ministry" (GOV), "Polish firms" (BUS).
    /// </summary>
    private int EmitState(LexMatch m)
    {
        var e = m.Entry;
        // ("a pro-Palestinian demonstration", "anti-Russian sentiment": a nationality after "pro-" or "anti-" names the side
        // taken or opposed, not the state whose people act.)
        int at = m.Start;
        if (e.Kind == LexKind.Demonym && at >= 2 && IsPunct(at - 1, '-') && _tokens[at - 1].Start == _tokens[at - 2].End && _tokens[at].Start == _tokens[at - 1].End
            && (IsWord(at - 2, "pro") || IsWord(at - 2, "anti"))) return m.End;
        // ("translated from Spanish", "conducted in French and in Arabic": a nationality standing alone after "from", "in" or
        // "into", before no noun, is a language, not the state.)
        if (e.Kind == LexKind.Demonym && at > 0 && IsAnyWord(at - 1, ["from", "in", "into"])
            && (m.End >= _tokens.Count || _tokens[m.End].Kind != TokenKind.Word
                // ("in French and in Arabic", "from Spanish and Portuguese.": not "from Spanish and French donors".)
                || IsAnyWord(m.End, ["and", "or"]) && (IsAnyWord(m.End + 1, ["in", "into", "from"])
                    || m.End + 2 >= _tokens.Count || _tokens[m.End + 2].Kind != TokenKind.Word))) return m.End;
        var form = e.Kind == LexKind.Demonym ? MentionForm.Demonym : MentionForm.Name;
        // A currency marker, not the state: "US$2.5 billion", "C$".
        if (m.End < _tokens.Count && _tokens[m.End].Kind == TokenKind.Symbol && _tokens[m.End].Start == _tokens[m.End - 1].End) return m.End;
        bool possessive = IsPossessive(m.End);
        int nounAt = possessive ? m.End + 1 : m.End;
        // "Danish lawmakers", "Canada's foreign ministry"; not "sold Georgia military radios".
        // A capitalised noun makes a name of its own ("Polish Leaders' Forum"), but for the forces ("the French Armed Forces",
        // "the British Army") when no capital follows.
        // ("the Ghana Armed Forces", "the Nigeria Army": a country's name before its forces' capitalised name, as a nationality.)
        if ((possessive || e.Kind == LexKind.Demonym || e.Kind == LexKind.CountryName && IsCapitalised(nounAt)) && nounAt < _tokens.Count
            && Longest(MatchAt(nounAt), Mask(LexKind.StateNoun), out var noun)
            && (!IsCapitalised(nounAt) && (possessive || e.Kind == LexKind.Demonym) || noun.Entry.Sector == "MIL" && !IsCapitalised(noun.End)
                // ("The US National Security Council said": a state's organ of several capitalised words after its name.)
                || noun.End - nounAt >= 3 && !IsCapitalised(noun.End))
            && !(noun.Entry.Adjective && QualifiesNoun(noun.End)) && !OpensCompoundAdjective(noun.End))
        {
            Emit(m.Start, noun.End, EntityKind.State, form, e.Code, noun.Entry.Sector);
            if (noun.Entry.Sector == "MIL" && e.Code is { } forces) _forcesCounts[forces] = _forcesCounts.GetValueOrDefault(forces) + 1;
            return noun.End;
        }
        // ("Canadian miner Barrick", "US defence firm Lockheed Martin": a nationality, a business's noun and a name the
        // coder does not know name a company of that state; the name and "the company" name it later.)
        if (!possessive && e.Code is { } owner && CompanyNameAfter(m.End) is var (nameStart, nameEnd) && nameEnd > nameStart)
        {
            string name = _text[_tokens[nameStart].Start.._tokens[nameEnd - 1].End];
            Emit(m.Start, nameEnd, EntityKind.State, form, owner, "BUS", name, IsPossessive(nameEnd));
            _companies[_tokens[nameStart].In(_text).ToString()] = (owner, name, nameEnd - nameStart);
            _lastCompany = (owner, name);
            return nameEnd;
        }
        Emit(m.Start, m.End, EntityKind.State, form, e.Code, possessive: possessive);
        return m.End;
    }

    // Companies named with their nationality ("Canadian miner Barrick"), by their name's first word; the last one named.
    private readonly Dictionary<string, (string Code, string Name, int Words)> _companies = new(StringComparer.Ordinal);
    private (string Code, string Name)? _lastCompany;

    /// <summary>From token <paramref name="j"/>: one to three lower-case words, the last a business's noun ("miner",
    /// "defence firm"), then a capitalised name that names nothing the coder knows; its span, or (0, 0).</summary>
    private (int Start, int End) CompanyNameAfter(int j)
    {
        int k = j;
        while (k < _tokens.Count && k - j < 3 && _tokens[k].Kind == TokenKind.Word && !IsCapitalised(k)) k++;
        if (k == j || k >= _tokens.Count || !Extractor.BusinessWords.Contains(_tokens[k - 1].In(_text)) || !UnknownWordAt(k)) return (0, 0);
        int end = k + 1;
        while (end < _tokens.Count && end - k < 3 && UnknownWordAt(end)) end++;
        return (k, end);
    }

    /// <summary>"Barrick said …", "the company will pay …": a company named before with its nationality.</summary>
    private bool TryCompany(int i, out int end)
    {
        end = i;
        if (_companies.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(_tokens[i].In(_text), out var company))
        {
            end = i + 1;
            while (end < _tokens.Count && end - i < company.Words && UnknownWordAt(end)) end++;
            Emit(i, end, EntityKind.State, MentionForm.Name, company.Code, "BUS", company.Name, IsPossessive(end));
            _lastCompany = (company.Code, company.Name);
            return true;
        }
        if (_lastCompany is { } last && IsAnyWord(i, ["the", "The"]) && i + 1 < _tokens.Count && !IsCapitalised(i + 1)
            && Extractor.BusinessWords.Contains(_tokens[i + 1].In(_text)))
        {
            end = i + 2;
            Emit(i, end, EntityKind.State, MentionForm.Title, last.Code, "BUS", last.Name, IsPossessive(end));
            return true;
        }
        return false;
    }

    /// <summary>
    /// Where "Ministry", "Department" (or a one-word noun of state-nouns.tsv that names an organ only after its field:
    /// "Directorate") stands after one to three capitalised words from token
    /// <paramref name="j"/> that start no strong phrase but a title's and are no dates ("Home Ministry", "General Intelligence
    /// Department"), else -1.
    /// </summary>
    private int MinistryAfterField(int j)
    {
        for (int k = j; k < j + 4 && k < _tokens.Count; k++)
        {
            // (A one-word organ's noun that names one only after its field, state-nouns.tsv "field", or "Ministry" or
            // "Department", which name one alone too.)
            if (k > j && IsCapitalised(k) && Longest(MatchAt(k), Mask(LexKind.StateNoun), out var organ) && organ.End == k + 1
                && (organ.Entry.AfterField || organ.Entry.Canonical is "ministry" or "department"))
                return k;
            // ("General" is a title's word too, but no state's or person's.)
            if (_tokens[k].Kind != TokenKind.Word || !IsCapitalised(k) || StartsStrongPhrase(k) && !MatchAt(k).All(m => m.Entry.Kind is LexKind.Title or LexKind.StateNoun)
                || Dates.DateLexicon.Lookup(_tokens[k].In(_text)).Kind is not Dates.DateWordKind.None) return -1;
        }
        return -1;
    }

    /// <summary>
    /// After a body's name at <paramref name="j"/>: where one to three capitalised words that the lexicon does not know end
    /// in an organisation's word ("Support Mission", "Development Programme"), past an "in" and a country after them
    /// ("… Mission in Libya"); else <paramref name="j"/>.
    /// </summary>
    private int BodyOrganEnd(int j)
    {
        int k = j;
        while (k < j + 3 && k < _tokens.Count && _tokens[k].Kind == TokenKind.Word && IsCapitalised(k) && MatchCountAt(k) == 0
               && Dates.DateLexicon.Lookup(_tokens[k].In(_text)).Kind is Dates.DateWordKind.None)
            k++;
        if (k == j || !Extractor.OrganisationWords.Contains(_tokens[k - 1].In(_text))) return j;
        if (IsWord(k, "in") && Longest(MatchAt(k + 1), Mask(LexKind.CountryName), out var country)) k = country.End;
        return k;
    }

    /// <summary>Token <paramref name="j"/> is a capitalised word that names nothing the coder knows (no day, month or phrase of the lexicon).</summary>
    private bool UnknownWordAt(int j)
    {
        if (j >= _tokens.Count || _tokens[j].Kind != TokenKind.Word || !IsCapitalised(j) || StartsStrongPhrase(j)) return false;
        if (Dates.DateLexicon.Lookup(_tokens[j].In(_text)).Kind is not Dates.DateWordKind.None) return false;
        return MatchCountAt(j) == 0;
    }

    /// <summary>Where the run of capitalised words (and "'s") that ends right before token <paramref name="i"/> starts.</summary>
    private int NameStartBefore(int i)
    {
        int k = i;
        while (k - 1 > _firstWord && (IsPossessive(k - 1) || _tokens[k - 1].Kind == TokenKind.Word && IsCapitalised(k - 1))) k--;
        return k;
    }

    /// <summary>A capitalised word no mention covers stands right before token <paramref name="i"/> (its "'s" between, or not).</summary>
    private bool UnknownNameBefore(int i)
    {
        int k = i - 1;
        if (k >= 1 && IsPossessive(k)) k--;
        if (k < 0 || k == _firstWord || _tokens[k].Kind != TokenKind.Word || !IsCapitalised(k)) return false;
        if (_found.Count > 0 && _found[^1].Span.End >= _tokens[k].End) return false;
        // ("On Monday Congress approved …": a day or month is no name.)
        if (Dates.DateLexicon.Lookup(_tokens[k].In(_text)).Kind is not Dates.DateWordKind.None) return false;
        return !Extractor.Openers.Contains(_tokens[k].In(_text));
    }

    /// <summary>
    /// "the government", "the country", "the ministry": the state most recently the subject, else the most
    /// recently mentioned, else the outlet's (EVENTS.md, Entities: titles resolve to the entity they refer to).
    /// </summary>
    private bool TryBareStateNoun(int i, out int end)
    {
        end = i;
        // ("after parliament approved …": a legislature is named without "the" too.)
        bool the = IsWord(i, "the");
        // ("The Haryana government accused protesters", "the Sindh government": a region's government that the coder does
        // not know by name is the state's, found as "the government" is.)
        bool region = the && UnknownWordAt(i + 1) && i + 2 < _tokens.Count && !IsCapitalised(i + 2)
            && Longest(MatchAt(i + 2), Mask(LexKind.StateNoun), out var regional) && regional.Entry.Sector == Government && regional.Entry.BareTitle;
        // ("the Union Home Ministry issued a statement", "The Justice Ministry said": a ministry named by its field, in
        // capitalised words the lexicon does not read as a state or body, is a ministry as "the ministry" is.)
        int ministry = the && !region ? MinistryAfterField(i + 1) : -1;
        if (!Longest(MatchAt(ministry >= 0 ? ministry : region ? i + 2 : the ? i + 1 : i), Mask(LexKind.StateNoun), out var noun)) return false;
        if (noun.Entry.AfterField && ministry < 0) return false;
        // ("Belize's prime minister said his country would not cede …": a possessive pronoun's state owns the noun.)
        if (!the && i > 0 && _found.Count > 0 && _found[^1] is { Form: MentionForm.Pronoun, Possessive: true, Code.Length: 3 } owner
            && owner.Span.End == _tokens[i - 1].End && noun.Entry.BareTitle)
        {
            // ("his army would launch a ground offensive": an organ too.)
            Emit(i, noun.End, EntityKind.State, MentionForm.Title, owner.Code, noun.Entry.Sector ?? "GOV", possessive: IsPossessive(noun.End));
            end = noun.End;
            return true;
        }
        // ("Cabinet on Monday approved a $15 million allocation": a capitalised "Cabinet" is the government's, as "Parliament" is.)
        // ("the minister said cabinet had agreed to amend …": lower case too, where a subject opens after "said" or "that".)
        if (!noun.Entry.BareTitle || !the && noun.Entry.Sector != "LEG" && !(noun.Entry.Alone && (IsCapitalised(i) || IsAnyWord(i - 1, ["said", "says", "that"])))) return false;
        // ("The military government in Niger": an adjective before another noun qualifies it and names no organ.)
        if (noun.Entry.Adjective && QualifiesNoun(noun.End)) return false;
        // ("the Treasury Department": an institution's longer name says whose it is.)
        if (Longest(MatchAt(the ? i + 1 : i), Mask(LexKind.Institution), out var longer) && longer.End > noun.End) return false;
        // (Only as a subject: at the start or after a conjunction; "will ask parliament to approve" names no actor.)
        // ("On Sunday evening parliament endorsed …": or after a fronted date.)
        if (!the && !(i == _firstWord || IsPunct(i - 1, ',') || IsAnyWord(i - 1, ["after", "before", "when", "once", "until", "since", "and", "but", "as", "said", "says", "that"]) || EndsDate(i - 1))) return false;
        var sector = noun.Entry.Sector;
        // "the government of Canada": Canada says which ("the government of Dina Boluarte": a name the coder does not
        // know says nothing, and the noun stands alone).
        if (IsWord(noun.End, "of") && Longest(MatchAt(noun.End + 1), Mask(LexKind.CountryName, LexKind.Body) | Mask(LexKind.Person, LexKind.Capital) | Mask(LexKind.Place), out _)) return false;
        // ("the Ministry of Foreign Affairs of the People's Republic of China": after the ministry's field, the same.)
        // The whole phrase is the country's organ (so that "it" after it is the country's).
        if (IsWord(noun.End, "of") && FieldThenOf(noun.End + 1) is int ownerAt && Longest(MatchAt(ownerAt), Mask(LexKind.CountryName), out var ownerState)
            && ownerState.Entry.Code is { } ownerCode)
        {
            Emit(i, ownerState.End, EntityKind.State, MentionForm.Title, ownerCode, noun.Entry.Sector ?? "GOV");
            NoteState(ownerCode);
            end = ownerState.End;
            return true;
        }
        // ("accused the government of persecuting its rivals": an -ing form after "of" is the charge, not the noun's own.)
        if (IsWord(noun.End, "of") && !IsCapitalised(noun.End + 1) && !(noun.End + 1 < _tokens.Count && _tokens[noun.End + 1].In(_text).EndsWith("ing", StringComparison.Ordinal))) return false;
        // "the army", "the junta": the forces of the state the report is most about, more often than of the state just
        // named ("After the army walked out of the Jeddah talks" in a report on Sudan).
        var word = _tokens[noun.End - 1].In(_text);
        // ("the regime", "the junta" too, words for a state others speak of: never the outlet's own.)
        bool regime = word.Equals("regime", StringComparison.OrdinalIgnoreCase) || word.Equals("junta", StringComparison.OrdinalIgnoreCase);
        // ("The Government condemned the attack the following day", in South Africa's own answer to Parliament: with no
        // state or minister the subject just before, the Government with a capital is the publishing state's, as official
        // and British style writes its own.)
        // ("… what the Government has done. … the Russian authorities have facilitated these movements. On Thursday, the
        // Government decided to close …": once the text has written its own government so, it goes on doing so.)
        // ("1. This morning the Ministry was informed …", in a defence ministry's own readout: "the Ministry" with a capital
        // is the publisher's too.)
        // (Not a ministry named by its field: "The Education Ministry issued a similar warning".)
        bool ownStyle = the && (word.SequenceEqual("Government") || word.SequenceEqual("Ministry") && ministry < 0)
            && (_ownGovernmentStyle || !_lastSubjectIsThing && _lastSubject is not { Kind: EntityKind.Person, Sector: "GOV" })
            && !_found.Exists(f => f.Kind == EntityKind.State && f.Span.Start >= _subjectFromChar);
        if (ownStyle && _outlet is not null) _ownGovernmentStyle = true;
        // ("the $6.5-billion package the federal government announced", in a Canadian paper that has named Canada before: a
        // federal government is the outlet's own where the text has named the outlet's state, whoever acted last.)
        // ("On 30 July Trump signed an executive order … On the same day the Treasury placed Moraes on its sanctions list", in a
        // Brazilian paper: "the Treasury" is the outlet's own unless the subject just before was another state's.)
        var code = (noun.Entry.OutletsOwn ? SubjectState() is { } acting && acting != _outlet && _lastSubject?.Kind == EntityKind.Person ? acting : _outlet : null)
            ?? FederalOutlet(the ? i + 1 : i)
            ?? (sector == "MIL" && !regime ? MostNamed(_forcesCounts) : null)
            ?? (sector == "MIL" || regime ? MostNamedState(regime ? _outlet : null) : null)
            ?? (ownStyle ? _outlet : null) ?? OpeningPlaceState(i) ?? SubjectState()
            // (After a list of states, the outlet's own when the report names it, else the one the report names most.)
            ?? (_lastSubjectListed ? (_outlet is not null && _stateCounts.ContainsKey(_outlet) ? _outlet : MostNamedState()) : null) ?? (_statesSeen.Count > 0 ? _statesSeen[0] : regime ? null : _outlet);
        // "Paris suspended its cooperation with the country": after a preposition of a relation, the country is another
        // state than the subject's: the one named latest before.
        if (code is not null && !IsPossessive(noun.End) && IsAnyWord(i - 1, ["with", "against", "on", "to", "into", "from", "toward", "towards"]) && OpeningState() == code)
            code = _statesSeen.Find(s => s != code) ?? code;
        // "The department" is the institution named last (Global Affairs Canada, the State Department); a ministry
        // is more often another state's ("… as well as the Belarusian Defence Ministry"), so it follows the subject.
        if (_lastInstitution is { } institution && word.Equals("department", StringComparison.OrdinalIgnoreCase))
            code = institution.Code;
        // ("the commerce ministry … the commerce ministry": the same organ named again by the same words is the same state's,
        // whatever other state the text has named in between.)
        // (Not a bare "the government", "the army": those follow the text from state to state.)
        var words = _text.AsSpan(_tokens[the ? i + 1 : i].Start, _tokens[noun.End - 1].End - _tokens[the ? i + 1 : i].Start);
        if (the && words.Contains(' '))
        {
            var phrase = words.ToString().ToLowerInvariant();
            if (!regime && !ownStyle && _organsNamed.TryGetValue(phrase, out var named)) code = named;
            else if (code is not null) _organsNamed[phrase] = code;
        }
        Emit(i, noun.End, EntityKind.State, MentionForm.Title, code, sector, possessive: IsPossessive(noun.End));
        end = noun.End;
        return true;
    }

    /// <summary>Where the words after "of" start, past one to four capitalised words of a field ("Foreign Affairs") and
    /// "of" ("of the"), from token <paramref name="j"/>; null when no such field and "of" follow.</summary>
    private int? FieldThenOf(int j)
    {
        int k = j;
        while (k < _tokens.Count && k < j + 4 && _tokens[k].Kind == TokenKind.Word && (IsCapitalised(k) || IsWord(k, "and") && k > j)) k++;
        if (k == j || !IsWord(k, "of")) return null;
        return IsWord(k + 1, "the") ? k + 2 : k + 1;
    }

    /// <summary>
    /// "In Warsaw, the Council of Ministers on Monday set aside …": the state of a place the sentence opens with ("In"
    /// and the place, set off by a comma) before token <paramref name="before"/>, where an organ named without its state acts.
    /// </summary>
    private string? OpeningPlaceState(int before)
    {
        if (!IsWord(_firstWord, "in") || _firstWord + 1 >= before) return null;
        foreach (var f in _found)
            if (f.Kind == EntityKind.Place && f.Code is not null && f.Span.Start == _tokens[_firstWord + 1].Start)
            {
                int k = _firstWord + 1;
                while (k < before && _tokens[k].End <= f.Span.End) k++;
                return k < before && IsPunct(k, ',') ? f.Code : null;
            }
        return null;
    }

    /// <summary>Token <paramref name="k"/> ends a date: a weekday, "yesterday", "evening", a month, or a day number after a month.</summary>
    private bool EndsDate(int k)
    {
        if (k < 0 || k >= _tokens.Count) return false;
        if (_tokens[k].Kind == TokenKind.Number) return k > 0 && IsMonth(_tokens[k - 1].In(_text));
        return Dates.DateLexicon.Lookup(_tokens[k].In(_text)).Kind is Dates.DateWordKind.Weekday or Dates.DateWordKind.DayWord
            or Dates.DateWordKind.DayPart or Dates.DateWordKind.Month;
    }

    /// <summary>
    /// "the UK's military aid", "Britain's military support": a lower-case word after an adjective-like state noun that
    /// the part-of-speech lexicon reads as a noun and never as a past or third-person verb or a modal ("said", "has",
    /// "launched", "will" are what an organ does) makes the state noun its adjective.
    /// </summary>
    private bool QualifiesNoun(int i)
    {
        if (i >= _tokens.Count || _tokens[i].Kind != TokenKind.Word || !char.IsLower(_text[_tokens[i].Start])) return false;
        var tags = Syntax.PosLexicon.Default.TagsOf(_tokens[i].In(_text));
        return (tags.Has(Syntax.Tag.NN) || tags.Has(Syntax.Tag.NNS)) && !tags.Has(Syntax.Tag.VBD) && !tags.Has(Syntax.Tag.VBZ) && !tags.Has(Syntax.Tag.MD);
    }

    /// <summary>The state whose mention opens the sentence's subject ("Paris suspended …", "The EU said …"), if one does.</summary>
    private string? OpeningState()
    {
        if (_firstWord >= _tokens.Count) return null;
        int from = Math.Max(_subjectFromChar, _tokens[_firstWord].Start);
        foreach (var m in _found)
        {
            if (m.Span.Start < from) continue;
            if (m.Kind != EntityKind.State || m.Code is null || m.Form == MentionForm.Pronoun) return null;
            var before = _text.AsSpan(from, m.Span.Start - from).Trim();
            return before.Length == 0 || before.Equals("the", StringComparison.OrdinalIgnoreCase) ? m.Code : null;
        }
        return null;
    }

    /// <summary>
    /// A capital (or seat) is a place, not its government, after a locative ("in Kyiv", "University of Vienna"),
    /// before a noun it qualifies ("the Paris meeting"), or as a dateline ("OTTAWA —").
    /// </summary>
    private bool IsPlaceContext(int start, int end)
    {
        int before = start - 1;
        if (before >= 0 && _tokens[before].Kind == TokenKind.Word
            && Extractor.Locatives.Contains(_tokens[before].In(_text)))
            return true;
        if (end < _tokens.Count && _tokens[end].Kind == TokenKind.Word && !IsCapitalised(end)
            && Extractor.PlaceModifiers.Contains(_tokens[end].In(_text)))
            return true;
        return start == _firstWord && _tokens[start].Length > 1 && IsAllCaps(start) && end < _tokens.Count
            && _tokens[end].Kind == TokenKind.Punct && _text[_tokens[end].Start] is '—' or '–' or '-' or ',' or ':';
    }

    /// <summary>
    /// A place phrase counts only when capitalised, not an acronym, not a first name of a small town, not the last
    /// word of a name seen before, and not next to another capitalised word (inside a name) unless after "in".
    /// </summary>
    private bool IsPlace(LexMatch m)
    {
        if (!IsCapitalised(m.Start) || !IsCapitalised(m.End - 1)) return false;
        if (m.Length == 1)
        {
            var word = _tokens[m.Start].In(_text);
            if (word.Length <= 3 && IsAllCaps(m.Start)) return false;
            if (Extractor.FirstNames.Contains(word) && m.Entry.MaxPopulation < LargeCity) return false;
            if (_nameLike.Count > 0 && _nameLikeLookup.Contains(word)) return false;
            // A capitalised first word is as likely any word ("Since" is also Sincé, Colombia): only large places there.
            if (m.Start == _firstWord && m.Entry.MaxPopulation < SentenceInitialCity) return false;
        }
        bool afterLocative = m.Start > 0 && _tokens[m.Start - 1].Kind == TokenKind.Word
            && Extractor.Locatives.Contains(_tokens[m.Start - 1].In(_text));
        if (afterLocative) return true;
        if (IsCapitalised(m.End) && !IsPossessive(m.End)) return false;
        int before = m.Start - 1;
        return !(before >= _consumedTo && before > _firstWord && IsCapitalised(before));
    }

    /// <summary>Which country a place of several is in: the outlet's, else one the document mentioned (latest first), else the largest.</summary>
    private string ChoosePlace(LexEntry e)
    {
        var places = e.Places;
        if (_outlet is not null)
            foreach (var (iso3, _) in places)
                if (iso3 == _outlet) return iso3;
        foreach (var state in _statesSeen)
            foreach (var (iso3, _) in places)
                if (iso3 == state) return iso3;
        return places[0].Iso3;
    }

    /// <summary>The state named most often so far (the latest named of those tied) other than <paramref name="except"/>, or null.</summary>
    private string? MostNamedState(string? except = null) => MostNamed(_stateCounts, except);

    /// <summary>
    /// The state most often counted in <paramref name="counts"/> (of two as often, the one named more recently), but
    /// <paramref name="except"/>: <see cref="_stateCounts"/> for the state a report names most, <see cref="_forcesCounts"/> for
    /// the one whose forces it names with their state ("Myanmar's military … the army", in a report that names China more).
    /// </summary>
    private string? MostNamed(Dictionary<string, int> counts, string? except = null)
    {
        string? best = null;
        int most = 0;
        foreach (var state in _statesSeen)
            if (state != except && counts.GetValueOrDefault(state) > most)
            {
                best = state;
                most = counts[state];
            }
        return best;
    }

    /// <summary>
    /// ("the $6.5-billion package the federal government announced", "federal Finance Minister Dominic LeBlanc", in a Canadian
    /// paper that has named Canada at least twice): the outlet's state, when token <paramref name="k"/> is "federal".
    /// </summary>
    private string? FederalOutlet(int k) => IsWord(k, "federal") && _outlet is not null && _stateCounts.GetValueOrDefault(_outlet) >= 2 ? _outlet : null;

    /// <param name="counted">False for a place in the state: it says where, not whom the report is about.</param>
    private void NoteState(string code, bool counted = true)
    {
        if (counted) _stateCounts[code] = _stateCounts.GetValueOrDefault(code) + 1;
        if (_statesSeen.Count > 0 && _statesSeen[0] == code) return;
        _statesSeen.Remove(code);
        _statesSeen.Insert(0, code);
    }

    /// <summary>
    /// The country or body a title names by itself ("Chancellor": DEU or AUT; "Secretary-General": the UN, NATO, …): the
    /// outlet's, the latest state mentioned, the body named last, else the first.
    /// </summary>
    private string? TitleCountry(Title title)
    {
        var countries = title.Countries;
        if (countries.Count == 0) return null;
        if (_outlet is not null && countries.Contains(_outlet)) return _outlet;
        foreach (var state in _statesSeen)
            if (countries.Contains(state)) return state;
        // ("the Secretary-General" after NATO was named: NATO's.)
        string? body = null;
        foreach (var c in countries)
            if (_bodyLastSeen.TryGetValue(c, out int seen) && (body is null || seen > _bodyLastSeen[body])) body = c;
        return body ?? countries[0];
    }
}
