using Pledgewatch.Reading;
using Pledgewatch.Reference;
using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

/// <summary>
/// Per-document state of the entities stage: call <see cref="Next"/> for each sentence in order. It remembers what
/// coreference needs (people named so far, the last subjects, the states mentioned, the bodies seen, the people the
/// document introduced). Not thread-safe: one context per document, used by one thread.
/// </summary>
public sealed partial class EntityContext
{
    private readonly ReferenceData _reference;
    private readonly PhraseTrie _trie;
    private readonly string _text;

    /// <summary>The day offices are looked up on; null: the latest terms.</summary>
    private readonly DateOnly? _date;
    private readonly string? _outlet;

    // The sentence being read; valid during Next only. A List (the pipeline's own) so that _tokens[i] is a direct call:
    // the JIT did not devirtualise the IReadOnlyList call, made many times per token.
    private List<Token> _tokens = [];
    private List<Mention> _found = [];
    private int _firstWord;
    private int _subjectFromChar;
    /// <summary>Tokens before this index are part of a mention or of a name already read.</summary>
    private int _consumedTo;

    // Scratch lists for trie matches: _atI for the token being read, _scratch for look-ahead.
    private readonly List<LexMatch> _atI = [];
    private readonly List<LexMatch> _scratch = [];

    // The trie's matches at each token of the sentence, found once (Matches): ReadAt and the look-ahead of titles and
    // names ask for the same tokens again. Token k's are _matches[_matchFirst[k] ..][.._matchCount[k]]; -1: not yet.
    private int[] _matchFirst = [];
    private int[] _matchCount = [];
    private readonly List<LexMatch> _matches = [];

    internal EntityContext(EntityExtractor extractor, Document document)
    {
        Extractor = extractor;
        Document = document;
        _reference = extractor.Reference;
        _trie = extractor.Trie;
        _text = document.Text ?? "";
        _date = document.Published;
        _outlet = document.OutletCountry;
        _docPersonLookup = _docPersons.GetAlternateLookup<ReadOnlySpan<char>>();
        _nameLikeLookup = _nameLike.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public EntityExtractor Extractor { get; }

    public Document Document { get; }

    /// <summary>
    /// The mentions of <paramref name="sentence"/>, in text order, with pronouns, titles and surnames resolved.
    /// <paramref name="tokens"/> are the sentence's tokens (<see cref="Tokenizer"/>), spans into the document text.
    /// Best effort: odd text yields fewer mentions, never an exception.
    /// </summary>
    public IReadOnlyList<Mention> Next(Sentence sentence, IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        _tokens = tokens as List<Token> ?? [.. tokens];
        _found = [];
        _consumedTo = 0;
        _firstWord = FirstWord();
        _subjectFromChar = SubjectStart();
        if (_matchFirst.Length < tokens.Count)
        {
            _matchFirst = new int[tokens.Count];
            _matchCount = new int[tokens.Count];
        }
        _matchFirst.AsSpan(0, tokens.Count).Fill(-1);
        _matches.Clear();
        int i = 0;
        while (i < tokens.Count)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].End > _text.Length) { i++; continue; }
            int end = ReadAt(i);
            i = end > i ? end : i + 1;
        }
        EndSentence();
        return _found;
    }

    /// <summary>Reads whatever mention starts at token <paramref name="i"/>; returns the token after it (or <paramref name="i"/>).</summary>
    private int ReadAt(int i)
    {
        bool capitalised = IsCapitalised(i);
        // ("On 16 May Darmanin accused …": a month after a day number is the date's, not the start of a name.)
        if (capitalised && i > 0 && _tokens[i - 1].Kind == TokenKind.Number && IsMonth(_tokens[i].In(_text))) return i + 1;
        if (capitalised && _docPersons.Count > 0 && TryDocPerson(i, out int end)) return end;
        if (capitalised && _shortNames.Count > 0 && TryShortName(i, out end)) return end;
        if ((_companies.Count > 0 || _lastCompany is not null) && TryCompany(i, out end)) return end;
        _atI.Clear();
        Matches(i, _atI);
        if (TryTitlePhrase(i, out end)) return end;
        if (TryBareStateNoun(i, out end)) return end;
        if (_atI.Count == 0) return capitalised ? SkipName(i) : i;
        if (TryHonorific(i, out end)) return end;
        if (TryCommentator(i, out end)) return end;
        if (TryGroupSubject(i, out end)) return end;
        return TryLexicon(i);
    }

    private static bool IsMonth(ReadOnlySpan<char> w) => Dates.DateLexicon.Lookup(w).Kind == Dates.DateWordKind.Month;

    /// <summary>Appends the trie's matches at token <paramref name="i"/> to <paramref name="into"/>, as <see cref="PhraseTrie.Match"/> would.</summary>
    private void Matches(int i, List<LexMatch> into)
    {
        int count = MatchCountAt(i);
        into.AddRange(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_matches).Slice(_matchFirst[i], count));
    }

    /// <summary>How many phrases of the lexicon start at token <paramref name="i"/> (matched once per token, then kept).</summary>
    private int MatchCountAt(int i)
    {
        if (_matchFirst[i] < 0)
        {
            _matchFirst[i] = _matches.Count;
            _trie.Match(_text, _tokens, i, _matches);
            _matchCount[i] = _matches.Count - _matchFirst[i];
        }
        return _matchCount[i];
    }

    private int FirstWord()
    {
        for (int i = 0; i < _tokens.Count; i++)
            if (_tokens[i].Kind == TokenKind.Word) return i;
        return _tokens.Count;
    }

    /// <summary>Where the subject starts: after the first comma when the sentence opens with a fronted phrase.</summary>
    private int SubjectStart()
    {
        if (_firstWord >= _tokens.Count) return 0;
        // ("Monday: Algeria's foreign ministry rejected …", "Sunday evening: the AES condemned …": a date set off by a
        // colon labels the entry; the subject follows it.)
        for (int i = _firstWord; i < _tokens.Count && i < _firstWord + 5; i++)
        {
            if (_tokens[i].Kind == TokenKind.Punct && _text[_tokens[i].Start] == ':')
            {
                if (i > _firstWord && i + 1 < _tokens.Count) return _tokens[i + 1].Start;
                break;
            }
            if (_tokens[i].Kind != TokenKind.Number && Dates.DateLexicon.Lookup(_tokens[i].In(_text)).Kind is Dates.DateWordKind.None) break;
        }
        // ("Editor's note: Speaking after Mr Albanese, Mr Marape said …": a short label set off by a colon comes first.)
        int opener = _firstWord;
        for (int i = _firstWord + 1; i < _tokens.Count && i <= _firstWord + 4; i++)
            if (_tokens[i].Kind == TokenKind.Punct && _text[_tokens[i].Start] == ':' && i + 1 < _tokens.Count) { opener = i + 1; break; }
        // ("QUESTION (member of the Constitutional Democratic Party): The Government speaks of …": a speaker's label that a
        // bracket closes before its colon comes first too.)
        if (opener == _firstWord)
            for (int i = _firstWord + 2; i + 1 < _tokens.Count && i <= _firstWord + 16; i++)
                if (_tokens[i].Kind == TokenKind.Punct && _text[_tokens[i].Start] == ':' && _text[_tokens[i - 1].Start] == ')')
                    return _tokens[i + 1].Start;
        if (!Extractor.Openers.Contains(_tokens[opener].In(_text))) return 0;
        for (int i = opener + 1; i < _tokens.Count; i++)
        {
            if (_tokens[i].Kind == TokenKind.Punct && _text[_tokens[i].Start] == ',')
            {
                // "On Friday, after receiving Mr Petrov at the Elysée, President Marie Laurent said …": a second
                // fronted phrase runs to the next comma.
                if (i + 1 < _tokens.Count && FrontedAgain(i + 1)) continue;
                return i + 1 < _tokens.Count ? _tokens[i + 1].Start : 0;
            }
            // A verb before the comma means the sentence's own clause began already: "Earlier in the day the
            // Prime Minister walked …, guided by …" has its subject before the comma, not after it.
            var w = _tokens[i].In(_text);
            if (_tokens[i].Kind == TokenKind.Word && w.Length > 3 && char.IsLower(w[0]) && w.EndsWith("ed", StringComparison.Ordinal)) return 0;
        }
        return 0;
    }

    /// <summary>A lower-case opener after a fronted phrase's comma: "after", "during", "speaking".</summary>
    private bool FrontedAgain(int i)
    {
        var w = _tokens[i].In(_text);
        if (_tokens[i].Kind != TokenKind.Word || w.Length < 2 || !char.IsLower(w[0])) return false;
        Span<char> capitalised = stackalloc char[w.Length];
        w.CopyTo(capitalised);
        capitalised[0] = char.ToUpperInvariant(w[0]);
        return Extractor.Openers.Contains(capitalised);
    }

    // Short names given in brackets after the name of an agency, a body or its organ, or a party ("(DFC)", "(UNSMIL)",
    // "(APC)"), for the rest of the report.
    private readonly Dictionary<string, (EntityKind Kind, string Code, string? Sector, string? Name)> _shortNames = new(StringComparer.Ordinal);

    /// <summary>"The DFC announced …": a short name given before in brackets names what it was given for.</summary>
    private bool TryShortName(int i, out int end)
    {
        end = i;
        if (!_shortNames.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(_tokens[i].In(_text), out var named)) return false;
        Emit(i, i + 1, named.Kind, MentionForm.Name, named.Code, named.Sector, named.Name, IsPossessive(i + 1));
        end = i + 1;
        return true;
    }

    private Mention Emit(int start, int end, EntityKind kind, MentionForm form, string? code, string? sector = null, string? name = null, bool possessive = false)
    {
        int from = _tokens[start].Start, to = _tokens[end - 1].End;
        var mention = new Mention(new TextSpan(from, to), _text.Substring(from, to - from), kind, form, code, sector, name, possessive);
        _found.Add(mention);
        _consumedTo = Math.Max(_consumedTo, end);
        // ("the US International Development Finance Corporation (DFC) … The DFC announced", "the United Nations Support
        // Mission in Libya (UNSMIL)", "the All People's Congress (APC)": a short name in brackets right after the name of an
        // agency, a body or its organ, or a party names it later in the report.)
        if (code is not null && kind is EntityKind.Body or EntityKind.State && form == MentionForm.Name && (kind == EntityKind.Body || sector is not null)
            && end + 2 < _tokens.Count && _text[_tokens[end].Start] == '(' && _text[_tokens[end + 2].Start] == ')' && IsAllUpperWord(end + 1))
            _shortNames[_tokens[end + 1].In(_text).ToString()] = (kind, code, sector, name);
        if (code is not null)
        {
            // ("the President of the Caribbean Development Bank, … the Bank confirmed": a body's official names the body too.)
            // ("European Commission President Ursula von der Leyen … the Commission": so does one named by name.)
            if (kind == EntityKind.Person && form is MentionForm.Title or MentionForm.Name && !_reference.CountryByIso3.ContainsKey(code))
                _bodyLastSeen[code] = ++_bodiesNamed;
            if (kind == EntityKind.Body)
            {
                _bodyLastSeen[code] = ++_bodiesNamed;
                // "The Houthis say …, and deputy foreign minister Hussein al-Ezzi warns …": a movement that stands for a
                // state (its code is the country's) is what the text is about, as a state is.
                if (code.Length == 3 && Reference.ReferenceData.Load().CountryByIso3.ContainsKey(code)) NoteState(code);
            }
            // ("talks that opened in the South African capital": a demonym that says where a place is names no state the
            // report goes on about; "the government" after it is not South Africa's.)
            else if (kind == EntityKind.State && form == MentionForm.Demonym && end < _tokens.Count && _tokens[end].Kind == TokenKind.Word
                     && !IsCapitalised(end) && Extractor.PlaceModifiers.Contains(_tokens[end].In(_text))) _whereOnly.Add(from);
            // ("1/ Our neighbour has just lived through its deadliest week", in a South African thread on Mozambique: the
            // outlet's "we" and "our" speak of who writes, not of what the report is about.)
            else if (OutletVoice(mention)) { }
            else if (code.Length == 3 && kind is EntityKind.State or EntityKind.Person or EntityKind.Place) NoteState(code, counted: kind != EntityKind.Place);
        }
        return mention;
    }
}
