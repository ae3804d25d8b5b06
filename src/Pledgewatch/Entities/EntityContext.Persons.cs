using Pledgewatch.Reference;
using Pledgewatch.Sentences;

namespace Pledgewatch.Entities;

public sealed partial class EntityContext
{
    private const string Government = "GOV";

    private readonly Dictionary<string, DocPerson> _docPersons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DocPerson>.AlternateLookup<ReadOnlySpan<char>> _docPersonLookup;
    /// <summary>Officeholders named so far, most recent first: "the Prime Minister" is the latest of them who is one.</summary>
    private readonly List<PersonRecord> _recentPersons = [];
    /// <summary>The person an "official" title ("crown prince", "emir's envoy") was last given to, by the title's phrase.</summary>
    private readonly Dictionary<string, (string Code, string Name)> _titledLast = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A person's name found after a title or an honorific.</summary>
    private readonly record struct NameHit(int Start, int End, PersonRecord? Record, DocPerson? Known, bool Full);

    /// <summary>
    /// "[the] [state cue['s]] [deputy|former…] title [name]": "Chilean President Marta Ruiz", "Polish deputy foreign
    /// minister Jan Kowal", "the Prime Minister", "Norway's health minister". One mention covering the phrase
    /// (without "the" when a name follows). A known name decides the code; else the cue, the title's country, the outlet.
    /// </summary>
    private bool TryTitlePhrase(int i, out int end)
    {
        end = i;
        int j = i;
        bool hasThe = IsWord(i, "the");
        List<LexMatch> at = _atI;
        if (hasThe)
        {
            j = i + 1;
            at = MatchAt(j);
        }
        if (at.Count == 0) return false;
        // "King Charles", "Crown Prince Mohammed bin Salman": the title is part of a known name.
        if (!hasThe && Longest(at, Mask(LexKind.Person), out var named) && named.Entry.FullName && Longest(at, Mask(LexKind.Title), out var t0) && named.End > t0.End)
            return false;

        int cueStart = -1;
        string? cueCode = null;
        if (Longest(at, Mask(LexKind.CountryName, LexKind.Demonym) | Mask(LexKind.Body), out var cue)
            && (cue.Entry.Kind != LexKind.Body || BodyNamed(cue.Entry, cue.Start, cue.End)))
        {
            cueStart = j;
            cueCode = cue.Entry.Code;
            j = cue.End;
            if (IsPossessive(j)) j++;
            at = MatchAt(j);
        }
        int titleStart = j;
        bool notHolder = false;
        while (Longest(at, Mask(LexKind.TitleModifier), out var modifier))
        {
            if (modifier.Entry.Title!.Role is "~deputy" or "~former") notHolder = true;
            j = modifier.End;
            at = MatchAt(j);
        }
        if (!Longest(at, Mask(LexKind.Title), out var titleMatch)) return false;
        var title = titleMatch.Entry.Title!;
        int k = titleMatch.End;
        // ("PTI secretary-general Asad Umar", "High Commissioner Sanjay Verma": a body's title right after a capitalised
        // word the coder does not know is that party's or another office, not the body's; "MFA spokesman …" stays a
        // state's official.)
        if (!hasThe && cueStart < 0 && titleStart == i && i > 0 && IsCapitalised(i - 1) && _tokens[i - 1].Kind == TokenKind.Word
            && title.Countries.Count > 0 && !title.Countries.Any(_reference.CountryByIso3.ContainsKey)
            && !(_found.Count > 0 && _found[^1].Span.End == _tokens[i - 1].End))
        {
            end = k;
            return true;
        }

        // ("BNP secretary-general Mirza Fakhrul Islam Alamgir": a body's title right after a party the coder knows is
        // that party's, of its state.)
        if (!hasThe && cueStart < 0 && titleStart == i && i > 0 && _found.Count > 0 && _found[^1] is { Kind: EntityKind.State, Sector: "PTY" } party
            && party.Span.End == _tokens[i - 1].End && title.Countries.Count > 0 && !title.Countries.Any(_reference.CountryByIso3.ContainsKey))
            cueCode = party.Code;

        // ("Commissioner for Enlargement Marta Kos", "Minister for Pacific Island Affairs Pat Conroy": the field a "for"
        // gives the title runs up to the first name after it.)
        if (IsWord(k, "for") && IsCapitalised(k + 1) && !StartsStrongPhrase(k + 1))
        {
            int f = k + 1;
            while (f < _tokens.Count && f < k + 6 && (IsCapitalised(f) && !Extractor.FirstNames.Contains(_tokens[f].In(_text)) && !StartsStrongPhrase(f)
                   || IsAnyWord(f, ["and", "of"]) && IsCapitalised(f + 1)))
                f++;
            if (f > k + 1 && f < _tokens.Count && IsCapitalised(f) && Extractor.FirstNames.Contains(_tokens[f].In(_text))) k = f;
            // (With no first name the lexicon knows, the last two of three or more capitalised words are the name.)
            else
            {
                int run = k + 1;
                while (run < _tokens.Count && run < k + 8 && (IsCapitalised(run) && !StartsStrongPhrase(run) || IsAnyWord(run, ["and", "of"]) && IsCapitalised(run + 1))) run++;
                if (run - (k + 1) >= 3 && IsCapitalised(run - 1) && IsCapitalised(run - 2) && !IsAnyWord(run - 3, ["and", "of"])) k = run - 2;
            }
        }
        int nameAt = k;
        if (IsPunct(k, ',') && IsCapitalised(k + 1) && Longest(MatchAt(k + 1), Mask(LexKind.Person), out var appositive) && appositive.Entry.FullName)
            nameAt = k + 1;
        // ("remarks by the interior minister, Nancy Faeser, who …": an appositive name the lexicon does not know, of two or
        // three words (five with particles: "Ali bin Samikh Al Marri") that open with a first name and close before a comma or the
        // sentence's end, names the holder.)
        // (Not after a possessive: "Its president, Muhammad Al Jasser," is the body's, which "its" resolves.)
        else if (IsPunct(k, ',') && IsCapitalised(k + 1) && Extractor.FirstNames.Contains(_tokens[k + 1].In(_text)) && !StartsStrongPhrase(k + 1)
                 && !IsAnyWord(titleStart - 1, ["its", "their", "his", "her", "our"]) && !IsPossessive(titleStart - 1)
                 && NameRun(k + 1, titled: true) is var appositiveEnd && appositiveEnd - (k + 1) is >= 2 and <= 5
                 && (appositiveEnd >= _tokens.Count || IsPunct(appositiveEnd, ',') || IsPunct(appositiveEnd, '.')))
            nameAt = k + 1;
        // ("Prime Minister Hon. Dickon Mitchell": an honorific between the title and the name.)
        else if (nameAt < _tokens.Count && Longest(MatchAt(nameAt), Mask(LexKind.Honorific), out var honorific) && honorific.End < _tokens.Count && IsCapitalised(honorific.End))
            nameAt = honorific.End;
        int start = cueStart >= 0 ? cueStart : titleStart;
        if (TryName(nameAt, title.Role, allowUnknown: true, out var hit))
        {
            EmitNamedPerson(start, hit, title, cueCode, notHolder);
            end = hit.End;
            return true;
        }

        // "the President of Ukraine", "the Secretary-General of NATO": the state or body after "of" is the cue.
        // ("the Secretary-General of the Caribbean Community": "the" may open the body's name.)
        if (cueCode is null && IsWord(k, "of") && Longest(MatchAt(IsWord(k + 1, "the") ? k + 2 : k + 1), Mask(LexKind.CountryName, LexKind.Body), out var of)
            && (of.Entry.Kind != LexKind.Body || BodyNamed(of.Entry, of.Start, of.End)))
        {
            cueCode = of.Entry.Code;
            k = of.End;
        }

        // A bare title stands for a person only with "the" or a state in front: "the Prime Minister", "Ukraine's president".
        if (!hasThe && cueCode is null) return false;
        // "the spokesman", "Russian ambassador": the state-noun reading is better. "The Minister announced …" in a release:
        // a capitalised government title with no state in the phrase serves the state the text is about, else the
        // outlet's (as a named one does).
        if (title.Role == "official" && (!hasThe || cueCode is not null || title.Sector is not ("" or "GOV") || !IsCapitalised(titleStart))) return false;
        var (code, name, record) = title.Role == "official" ? (BareOfficial(title.Phrase), null, null) : ResolveTitle(title, cueCode, notHolder);
        Emit(hasThe && cueStart < 0 ? i : start, k, EntityKind.Person, MentionForm.Title, code, title.Sector.Length > 0 ? title.Sector : Government, name, IsPossessive(k));
        if (record is not null) NotePerson(record);
        end = k;
        return true;
    }

    /// <summary>The state of each bare official title met ("the Minister"): the same title later is the same person.</summary>
    private readonly Dictionary<string, string?> _bareOfficials = new(StringComparer.OrdinalIgnoreCase);

    private string? BareOfficial(string title)
    {
        // ("Crown Prince Mohammed bin Salman took part. … Trump and the Crown Prince signed …": the person the title was
        // last given to.)
        if (_titledLast.TryGetValue(title, out var given)) return given.Code;
        if (_bareOfficials.TryGetValue(title, out var code)) return code;
        code = _statesSeen.Count > 0 ? _statesSeen[0] : _outlet;
        _bareOfficials[title] = code;
        return code;
    }

    /// <summary>"Mr Albanese", "Mr. Sunak", "Dr Jane Roe": the honorific joins the mention.</summary>
    private bool TryHonorific(int i, out int end)
    {
        end = i;
        if (!Longest(_atI, Mask(LexKind.Honorific), out var honorific)) return false;
        // ("DR Congo": a word in capitals is an abbreviation, not "Dr".)
        if (_tokens[i].In(_text) is { Length: > 1 } word && !word.ContainsAnyInRange('a', 'z')) return false;
        // ("Dr Deborah Russell": after an honorific the capitalised words are one person's name, whatever surname of
        // someone else one of them is.)
        if (!TryName(honorific.End, null, allowUnknown: true, out var hit, titled: true)) return false;
        EmitNamedPerson(i, hit, null, null, notHolder: false);
        end = hit.End;
        return true;
    }

    /// <summary>Remembers whom an "official" title was last given to ("the Crown Prince" later is them).</summary>
    private void GiveTitle(Title? title, string code, string name)
    {
        if (title is { Role: "official" }) _titledLast[title.Phrase] = (code, name);
    }

    /// <summary>Token <paramref name="i"/> carries a name on: "al-Ezzi", "el-Sisi".</summary>
    private bool CarriesName(int i) =>
        i + 2 < _tokens.Count && (IsWord(i, "al") || IsWord(i, "el")) && IsPunct(i + 1, '-') && IsCapitalised(i + 2);

    /// <summary>
    /// A name at token <paramref name="k"/>: an officeholder (preferring one who holds <paramref name="role"/>), a
    /// person the document introduced, or (when <paramref name="allowUnknown"/>) any run of capitalised words.
    /// </summary>
    private bool TryName(int k, string? role, bool allowUnknown, out NameHit hit, bool titled = false)
    {
        hit = default;
        if (!IsCapitalised(k)) return false;
        // A one-word alias followed by another capitalised word is a first name: "Health Minister Jana Horak".
        // ("deputy foreign minister Hussein al-Ezzi": so is one that a particled name carries on.)
        if (Longest(MatchAt(k), Mask(LexKind.Person), out var person) && (person.Entry.FullName || !IsCapitalised(person.End) && !CarriesName(person.End)))
        {
            // "Sheikh Mohamed bin Zayed Al Nahyan": a name that a particle and a capitalised word carry on is the
            // start of a longer name; the full name inside it decides, else the alias's person over the whole run.
            if (person.End < _tokens.Count && _tokens[person.End].Kind == TokenKind.Word
                && IsParticle(_tokens[person.End].In(_text)) && IsCapitalised(person.End + 1))
            {
                int named = NameRun(k);
                for (int s = k + 1; s < person.End; s++)
                    if (Longest(MatchAt(s), Mask(LexKind.Person), out var full) && full.Entry.FullName && full.End > person.End)
                    {
                        hit = new NameHit(k, full.End, ChoosePerson(full.Entry, role), null, true);
                        return true;
                    }
                // ("the labour minister, Ali bin Samikh Al Marri": not a common one-word alias's, "Ali" of Irfaan Ali.)
                hit = new NameHit(k, Math.Max(named, person.End), person.Entry.Common ? null : ChoosePerson(person.Entry, role), null, true);
                return true;
            }
            hit = new NameHit(k, person.End, ChoosePerson(person.Entry, role), null, person.Entry.FullName);
            return true;
        }
        // "President Volodymyr Zelenskiy": a first name before a known surname (a spelling of a known name the lexicon
        // has only as a surname) names that surname's person.
        if (k + 1 < _tokens.Count && IsCapitalised(k + 1) && Longest(MatchAt(k + 1), Mask(LexKind.Person), out var surname)
            && !surname.Entry.FullName && (surname.End >= _tokens.Count || !IsCapitalised(surname.End))
            && ChoosePerson(surname.Entry, role) is { } bearer && bearer.Name.StartsWith(string.Concat(_tokens[k].In(_text), " "), StringComparison.Ordinal))
        {
            hit = new NameHit(k, surname.End, bearer, null, true);
            return true;
        }
        // ("Prime Minister KISHIDA Fumio": a surname in capitals before the given name, as Japanese and Chinese readouts write
        // it, is the person the lexicon knows as "Fumio Kishida".)
        if (k + 1 < _tokens.Count && _tokens[k].In(_text) is { Length: >= 2 } upper && !upper.ContainsAnyInRange('a', 'z') && IsCapitalised(k + 1)
            && _tokens[k + 1].In(_text) is { Length: >= 2 } given && given.ContainsAnyInRange('a', 'z')
            && Extractor.PersonsByName.GetValueOrDefault(string.Concat(given, " ", upper[..1], upper[1..].ToString().ToLowerInvariant())) is { } reordered)
        {
            hit = new NameHit(k, k + 2, reordered, null, true);
            return true;
        }
        int run = NameRun(k, titled: titled || role is not null);
        if (run > k && FindDocPerson(k, run) is { } known)
        {
            hit = new NameHit(k, run, null, known, run - k > 1);
            return true;
        }
        if (!allowUnknown || run <= k) return false;
        // ("General Intelligence Department": a name the lexicon does not know that ends in a word for an organisation is
        // no person's, whatever title-like word opens it.)
        if (Extractor.OrganisationWords.Contains(_tokens[run - 1].In(_text))) return false;
        hit = new NameHit(k, run, null, null, run - k > 1);
        return true;
    }

    private void EmitNamedPerson(int start, NameHit hit, Title? title, string? cueCode, bool notHolder)
    {
        bool possessive = IsPossessive(hit.End);
        var form = hit.Full ? MentionForm.Name : MentionForm.Surname;
        // ("Pope Francis" is not Sierra Leone's former minister David Francis: a surname alone, under a title only some
        // states use, names that title's holder when the known bearer serves none of them.)
        if (hit.Record is { } bySurname && !hit.Full && title is { Countries.Count: > 0 }
            && !title.Countries.Contains(bySurname.TermOn(_date, title.Role, _outlet).Code ?? ""))
            hit = hit with { Record = null };
        // ("Vice Minister Kim" is not Kim Jong Un: a surname alone under a deputy's title names no known holder.)
        if (hit.Record is not null && !hit.Full && notHolder && title is not null)
            hit = hit with { Record = null };
        if (hit.Record is { } record)
        {
            var term = record.TermOn(_date, title?.Role, _outlet);
            Emit(start, hit.End, EntityKind.Person, form, term.Code, Government, record.Name, possessive);
            NotePerson(record);
            if (term.Code is { } titled) GiveTitle(title, titled, record.Name);
            return;
        }
        if (hit.Known is { } known)
        {
            Emit(start, hit.End, EntityKind.Person, form, known.Code, known.Sector, known.Name, possessive);
            return;
        }
        string name = _text[_tokens[hit.Start].Start.._tokens[hit.End - 1].End];
        // For civilian government titles with no country in the phrase ("Foreign Ministry spokesman Omar Haddad"),
        // the state the text was just about ("Damascus replied the same day."), else the outlet's; a general, a journalist
        // or a former lawmaker with no country in the phrase stays unknown.
        // (A deputy, or a title in lower case — "the court's president Octavio Rothschuh" — holds no office the table lists.)
        string lead = _text[_tokens[start].Start.._tokens[hit.Start].Start];
        bool mayHold = !notHolder && IsCapitalised(start) && lead.IndexOf("vice", StringComparison.OrdinalIgnoreCase) < 0 && lead.IndexOf("deputy", StringComparison.OrdinalIgnoreCase) < 0;
        // ("together with federal Finance Minister Dominic LeBlanc": a federal office is the outlet's own state's, as "the
        // federal government" is.)
        string? code = title is null ? null : cueCode ?? FederalOutlet(start - 1) ?? TitleCountry(title) ?? (title.Sector is "" or "GOV" or "PTY" or "LEG" or "JUD" ? ContextState(title, name, mayHold) : null);
        string? sector = title is null ? null : title.Sector.Length > 0 ? title.Sector : Government;
        var mention = Emit(start, hit.End, EntityKind.Person, form, code, sector, name, possessive);
        Remember(hit.End, new DocPerson(name, mention.Code, mention.Sector, Commentator: false));
    }

    /// <summary>
    /// The state a civilian title with an unknown name serves: the state the text was just about, else the outlet's;
    /// not a state whose holder of that office on the date is someone else ("Defense Secretary Gilberto Teodoro" after
    /// "Defense Secretary Lloyd Austin" is not American).
    /// </summary>
    private string? ContextState(Title title, string name, bool mayHold)
    {
        if (!mayHold) return _statesSeen.Count > 0 ? _statesSeen[0] : _outlet;
        // ("… The United States accounts for US$1.1 billion of that. … Finance Minister Bihi Iman Egeh said …" in a report
        // about Somalia: a state named once in passing, in an earlier sentence, yields to the one the report keeps naming.)
        if (_statesSeen.Count > 1 && _stateCounts.GetValueOrDefault(_statesSeen[0]) <= 1 && !_found.Exists(f => f.Code == _statesSeen[0])
            && MostNamedState() is { } most && most != _statesSeen[0]
            && _stateCounts[most] >= 3 && MayHold(most) is { } main) return main;
        if (MayHold(_statesSeen.Count > 0 ? _statesSeen[0] : null) is { } latest) return latest;
        if (MayHold(_outlet) is { } outlet) return outlet;
        // ("The Government condemned the attack, and Prime Minister Albin Kurti accused Belgrade": a state named a little
        // earlier whose holder of that office the table does not contradict.)
        for (int k = 1; k < _statesSeen.Count && k < 4; k++)
            if (_statesSeen[k] != _outlet && MayHold(_statesSeen[k]) is { } earlier) return earlier;
        return null;

        string? MayHold(string? candidate) =>
            candidate is null || _reference.HolderOf(candidate, title.Role, _date) is { } holder && !holder.Name.Equals(name, StringComparison.OrdinalIgnoreCase) ? null : candidate;
    }

    /// <summary>
    /// Among the people an alias names, the one meant: one already named in the document, then one holding
    /// <paramref name="role"/> on the date, then one in office on the date, then the first.
    /// </summary>
    private PersonRecord ChoosePerson(LexEntry entry, string? role)
    {
        var persons = entry.Persons;
        if (persons.Length == 1) return persons[0];
        foreach (var p in _recentPersons)
            if (Array.IndexOf(persons, p) >= 0) return p;
        if (role is not null)
            foreach (var p in persons)
                if (p.Holds(role, _date)) return p;
        foreach (var p in persons)
            if (p.ActiveOn(_date)) return p;
        return persons[0];
    }

    /// <summary>
    /// Whether a person phrase without a title names its person here: a full name always; a surname alone when the
    /// document already named the person, or when it is distinctive and names exactly one person in office on the date.
    /// </summary>
    private PersonRecord? EligiblePerson(LexEntry entry)
    {
        if (entry.FullName) return ChoosePerson(entry, null);
        foreach (var p in _recentPersons)
            if (Array.IndexOf(entry.Persons, p) >= 0) return p;
        if (entry.Common) return null;
        PersonRecord? only = null;
        foreach (var p in entry.Persons)
        {
            if (!p.ActiveOn(_date)) continue;
            if (only is not null) return null;
            only = p;
        }
        return only;
    }

    private void NotePerson(PersonRecord record)
    {
        _recentPersons.Remove(record);
        _recentPersons.Insert(0, record);
    }

    /// <summary>A person this document introduced, by full name (tokens start..end) or surname alone (one token).</summary>
    private DocPerson? FindDocPerson(int start, int end)
    {
        if (_docPersons.Count == 0) return null;
        if (end - start == 1)
            return _docPersonLookup.TryGetValue(_tokens[start].In(_text), out var bySurname) ? bySurname : null;
        var span = _text.AsSpan(_tokens[start].Start, _tokens[end - 1].End - _tokens[start].Start);
        return _docPersonLookup.TryGetValue(span, out var byName) ? byName : null;
    }

    private bool TryDocPerson(int i, out int end)
    {
        end = i;
        int run = NameRun(i);
        DocPerson? person = null;
        if (run - i > 1) person = FindDocPerson(i, run);
        if (person is null) { run = i + 1; person = FindDocPerson(i, run); }
        if (person is null) return false;
        Emit(i, run, EntityKind.Person, run - i > 1 ? MentionForm.Name : MentionForm.Surname, person.Code, person.Sector, person.Name, IsPossessive(run));
        end = run;
        return true;
    }

    /// <summary>Remembers a person by full name and by the last word of the name (token before <paramref name="end"/>).</summary>
    private void Remember(int end, DocPerson person)
    {
        _docPersons[person.Name] = person;
        // A surname shared with an earlier person keeps the earlier one: the text would name the later one in full.
        _docPersons.TryAdd(_tokens[end - 1].TextOf(_text), person);
        // ("Former minister Issa Tchiroma Bakary … Tchiroma rejected the ruling": in a name of three words or more, the
        // middle ones name the person too.)
        int words = person.Name.AsSpan().Count(' ') + 1;
        for (int k = end - 2; k > end - words && k >= 0; k--)
            if (_tokens[k].Kind == TokenKind.Word && IsCapitalised(k) && _tokens[k].End - _tokens[k].Start > 2)
                _docPersons.TryAdd(_tokens[k].TextOf(_text), person);
    }
}
