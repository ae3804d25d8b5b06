using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

public sealed partial class EntityContext
{
    private const string Academia = "EDU";

    /// <summary>
    /// A commentator noun (EVENTS.md: opinions are not events): "analyst Jane Roe" is a person; "analysts",
    /// "think-tank experts", "one researcher" are a group; "the professor" is the professor introduced before.
    /// </summary>
    private bool TryCommentator(int i, out int end)
    {
        end = i;
        if (!Longest(_atI, Mask(LexKind.Commentator), out var noun)) return false;
        var c = noun.Entry.Commentator!;
        if (!c.Plural)
        {
            if (IsCapitalised(noun.End) && !StartsStrongPhrase(noun.End) && TryName(noun.End, null, allowUnknown: true, out var hit) && hit.Record is null)
            {
                string name = _text[_tokens[hit.Start].Start.._tokens[hit.End - 1].End];
                var known = hit.Known ?? new DocPerson(name, null, c.Sector, Commentator: true);
                Emit(i, hit.End, EntityKind.Person, hit.Full ? MentionForm.Name : MentionForm.Surname, known.Code, known.Sector, known.Name, IsPossessive(hit.End));
                if (hit.Known is null) Remember(hit.End, known);
                end = hit.End;
                return true;
            }
            int before = PreviousWord(i);
            bool definite = before >= 0 && before == i - 1 && (IsWord(before, "the") || IsWord(before, "this") || IsWord(before, "that"));
            bool indefinite = before >= 0 && before == i - 1 && (IsWord(before, "one") || IsWord(before, "a") || IsWord(before, "an") || IsWord(before, "another"));
            if (definite && LastCommentator() is { } person)
            {
                Emit(before, noun.End, EntityKind.Person, MentionForm.Title, person.Code, person.Sector, person.Name, IsPossessive(noun.End));
                end = noun.End;
                return true;
            }
            if (!definite && !indefinite) return false;
        }
        Emit(i, noun.End, EntityKind.Group, MentionForm.Name, null, c.Sector);
        end = noun.End;
        return true;
    }

    /// <summary>"Some argue …", "Others pointed out …": a group of commentators as the subject of an opinion.</summary>
    private bool TryGroupSubject(int i, out int end)
    {
        end = i;
        if (i != _firstWord || !Longest(_atI, Mask(LexKind.GroupSubject), out var subject)) return false;
        int verb = subject.End;
        // "Some think-tank experts": the verb-looking word starts the group's own noun.
        if (verb >= _tokens.Count || _tokens[verb].Kind != TokenKind.Word || IsPunct(verb + 1, '-')
            || Longest(MatchAt(verb), Mask(LexKind.Commentator), out _)
            || !Extractor.GroupVerbs.Contains(_tokens[verb].In(_text)))
            return false;
        Emit(i, subject.End, EntityKind.Group, MentionForm.Name, null, Academia);
        end = subject.End;
        return true;
    }

    /// <summary>
    /// "Benjamin Zyla, a professor at …": a name followed by a commentator apposition. The mention is the name; the
    /// apposition is read past so that "professor" is no group of its own.
    /// </summary>
    private bool TryAppositiveCommentator(int start, int nameEnd, out int end)
    {
        end = nameEnd;
        if (!IsPunct(nameEnd, ',')) return false;
        int k = nameEnd + 1;
        if (IsWord(k, "a") || IsWord(k, "an") || IsWord(k, "the")) k++;
        for (int words = 0; words <= 4 && k < _tokens.Count; words++, k++)
        {
            if (_tokens[k].Kind != TokenKind.Word) return false;
            if (!Longest(MatchAt(k), Mask(LexKind.Commentator), out var noun)) continue;
            var c = noun.Entry.Commentator!;
            if (c.Plural) return false;
            string name = _text[_tokens[start].Start.._tokens[nameEnd - 1].End];
            var person = FindDocPerson(start, nameEnd) ?? new DocPerson(name, null, c.Sector, Commentator: true);
            Emit(start, nameEnd, EntityKind.Person, nameEnd - start > 1 ? MentionForm.Name : MentionForm.Surname, person.Code, person.Sector, person.Name);
            Remember(nameEnd, person);
            end = noun.End;
            return true;
        }
        return false;
    }

    private DocPerson? LastCommentator()
    {
        DocPerson? last = null;
        foreach (var p in _docPersons.Values)
            if (p.Commentator) last = p;
        return last;
    }

    /// <summary>
    /// Capitalised words that start nothing in the lexicon: a commentator introduced by apposition, or a name the
    /// coder does not know, read past whole so that no place or surname is found inside it.
    /// </summary>
    private int SkipName(int i)
    {
        int run = NameRun(i);
        if (TryAppositiveCommentator(i, run, out int end)) return end;
        // "the Democratic Progressive Party", "the Pro Santa Cruz civic committee": a name the coder does not know that a
        // party's word ends is a political party of the state the report is about.
        if (run - i >= 2 && s_partyWordLookup.Contains(_tokens[run - 1].In(_text)) && !_found.Exists(f => f.Span.End > _tokens[i].Start))
            return EmitParty(i, run);
        // (Not after an acronym: "SEIU California", "CARE Jordan" name a body's branch where it works, and the place stays a
        // place for the rest of the report.)
        if ((run - i >= 2 && i != _firstWord || run - i >= 3) && !(_tokens[i].Length >= 2 && IsAllCaps(i))) _nameLike.Add(_tokens[run - 1].TextOf(_text));
        _consumedTo = Math.Max(_consumedTo, run);
        return run;
    }

    /// <summary>Last words of a political party's or movement's name.</summary>
    private static readonly HashSet<string> s_partyWords = new(StringComparer.Ordinal) { "Party", "Congress", "Movement", "Front", "Alliance", "League" };
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_partyWordLookup = s_partyWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Emits tokens <paramref name="start"/>..<paramref name="end"/> as a party of <paramref name="state"/> (else of
    /// the state the report is most about, else the outlet's), and remembers its bracketed short name.</summary>
    private int EmitParty(int start, int end, string? state = null)
    {
        var code = state ?? MostNamedState() ?? _outlet;
        if (code is null) return end;
        if (_tokens[start].In(_text) is "The") start++;
        // (Emit keeps the short name in brackets after it: "the All People's Congress (APC)" … "The APC agreed".)
        Emit(start, end, EntityKind.State, MentionForm.Name, code, "PTY", null, IsPossessive(end));
        return end;
    }

    private bool IsAllUpperWord(int k) =>
        _tokens[k].Kind == TokenKind.Word && _tokens[k].In(_text) is { Length: >= 2 } w && !w.ContainsAnyExceptInRange('A', 'Z');
}
