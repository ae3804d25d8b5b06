namespace Pledgewatch.Syntax;

/// <summary>The context a <see cref="TagRule"/> looks at (syntax-tag-rules.tsv names them).</summary>
internal enum TagCondition : byte
{
    PrevTag,
    PrevTagStrict,
    PrevClass,
    NextTag,
    NextTagSkippingAdverbs,
    NextCan,
    NextNounPhrase,
    PrevWord,
    NextWord,
    PrevSubject,
    PrevSubjectStrict,
    First,
    BetweenVerbAndNoun,
    AdjectivePairBeforeNoun,
    AgentBeforeLaterVerb,
    AfterPrepositionBeforePhrase,
    AfterPrepositionBeforeNoun,
    PrevSubjectNotCompound,
    PrevPluralSubject,
    PrevSingularSubject,
    AfterExistential,
    AfterAndVerb,
    AfterCommaVerb,
    AfterIndirectObject,
    ByAfterFinite,
    AfterObjectNoun,
    FirstBeforePhrase,
    SoleVerb,
    VerbList,
    InObjectOfVerb,
    AfterRelativeClause,
    AfterWithPhrase,
    PrevSubjectBeforeDeterminer,
    InObjectOfInfinitive,
    BetweenAuxiliaryAndVerb,
    DeterminerBeforeOf,
}

/// <summary>One row of syntax-tag-rules.tsv: a token tagged one of <see cref="From"/> whose lexicon allows <see cref="To"/> takes it when the condition holds.</summary>
internal sealed record TagRule(ulong From, Tag To, TagCondition Condition, ulong TagBits, WordClass Classes, string[] Words, int Line, string[] For)
{
    /// <summary>The rule is for any word, or <paramref name="word"/> is one of <see cref="For"/>.</summary>
    public bool IsFor(ReadOnlySpan<char> word)
    {
        if (For.Length == 0) return true;
        foreach (var w in For)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public bool Applies(Tag current) => (From & (1UL << (int)current)) != 0;

    public bool HasTag(Tag t) => (TagBits & (1UL << (int)t)) != 0;

    /// <summary>Reads the rules; a bad row is an error naming its line (the file is ours: a mistake in it is a build mistake).</summary>
    public static List<TagRule> Load(TextReader reader, string name)
    {
        var rules = new List<TagRule>();
        int line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#' || string.IsNullOrWhiteSpace(text)) continue;
            var f = text.Split('\t');
            if (f.Length < 3) throw new InvalidDataException($"{name}:{line}: expected from, to, condition[, argument]");
            var from = TagSet.Parse(f[0]);
            var to = Syntax.Tags.Parse(f[1]);
            if (from.IsEmpty || to == Tag.None) throw new InvalidDataException($"{name}:{line}: unknown tag in '{f[0]}' or '{f[1]}'");
            // (Every tag a rule names must be one: a misspelt or unknown name would quietly narrow the rule.)
            foreach (var tagName in (f[0] + "|" + (f.Length > 3 && f[2].Trim() is "prev-tag" or "prev-tag-strict" or "next-tag" or "next-tag-past-adverbs" or "next-can" or "verb-list" ? f[3] : "")).Split(' ', '|'))
                if (tagName.Trim().Length > 0 && Syntax.Tags.Parse(tagName.Trim()) == Tag.None)
                    throw new InvalidDataException($"{name}:{line}: unknown tag '{tagName.Trim()}' (dates and other mentions read as RB, CD, JJ or NNP)");
            var arg = f.Length > 3 ? f[3].Trim() : "";
            var condition = f[2].Trim() switch
            {
                "prev-tag" => TagCondition.PrevTag,
                "prev-tag-strict" => TagCondition.PrevTagStrict,
                "prev-class" => TagCondition.PrevClass,
                "next-tag" => TagCondition.NextTag,
                "next-tag-past-adverbs" => TagCondition.NextTagSkippingAdverbs,
                "next-can" => TagCondition.NextCan,
                "next-np" => TagCondition.NextNounPhrase,
                "prev-word" => TagCondition.PrevWord,
                "next-word" => TagCondition.NextWord,
                "prev-subject" => TagCondition.PrevSubject,
                "prev-subject-strict" => TagCondition.PrevSubjectStrict,
                "prev-subject-before-determiner" => TagCondition.PrevSubjectBeforeDeterminer,
                "first" => TagCondition.First,
                "between-verb-and-noun" => TagCondition.BetweenVerbAndNoun,
                "determiner-before-of" => TagCondition.DeterminerBeforeOf,
                "after-prep-before-phrase" => TagCondition.AfterPrepositionBeforePhrase,
                "after-prep-before-noun" => TagCondition.AfterPrepositionBeforeNoun,
                "prev-subject-not-compound" => TagCondition.PrevSubjectNotCompound,
                "prev-plural-subject" => TagCondition.PrevPluralSubject,
                "prev-singular-subject" => TagCondition.PrevSingularSubject,
                "after-existential" => TagCondition.AfterExistential,
                "after-and-verb" => TagCondition.AfterAndVerb,
                "after-comma-verb" => TagCondition.AfterCommaVerb,
                "after-indirect-object" => TagCondition.AfterIndirectObject,
                "by-after-finite" => TagCondition.ByAfterFinite,
                "after-object-noun" => TagCondition.AfterObjectNoun,
                "first-before-phrase" => TagCondition.FirstBeforePhrase,
                "sole-verb" => TagCondition.SoleVerb,
                "verb-list" => TagCondition.VerbList,
                "in-object-of-verb" => TagCondition.InObjectOfVerb,
                "in-object-of-infinitive" => TagCondition.InObjectOfInfinitive,
                "after-relative-clause" => TagCondition.AfterRelativeClause,
                "after-with-phrase" => TagCondition.AfterWithPhrase,
                "between-auxiliary-and-verb" => TagCondition.BetweenAuxiliaryAndVerb,
                "adjective-pair-before-noun" => TagCondition.AdjectivePairBeforeNoun,
                "agent-before-later-verb" => TagCondition.AgentBeforeLaterVerb,
                var other => throw new InvalidDataException($"{name}:{line}: unknown condition '{other}'"),
            };
            var tagBits = condition is TagCondition.PrevTag or TagCondition.PrevTagStrict or TagCondition.NextTag or TagCondition.NextTagSkippingAdverbs or TagCondition.NextCan or TagCondition.VerbList ? TagSet.Parse(arg).Bits : 0;
            if (tagBits == 0 && condition is TagCondition.PrevTag or TagCondition.PrevTagStrict or TagCondition.NextTag or TagCondition.NextTagSkippingAdverbs or TagCondition.NextCan or TagCondition.VerbList)
                throw new InvalidDataException($"{name}:{line}: condition '{f[2]}' needs tags");
            var classes = WordClass.None;
            if (condition == TagCondition.PrevClass)
                foreach (var c in arg.Split('|', StringSplitOptions.RemoveEmptyEntries)) classes |= WordClasses.Parse(c);
            var words = condition is TagCondition.PrevWord or TagCondition.NextWord or TagCondition.AfterIndirectObject ? arg.Split('|', StringSplitOptions.RemoveEmptyEntries) : [];
            var only = f.Length > 4 ? f[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            rules.Add(new TagRule(from.Bits, to, condition, tagBits, classes, words, line, only));
        }
        return rules;
    }
}
