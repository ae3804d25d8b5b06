namespace Pledgewatch.Events.Frames;

public enum ConstraintKind : byte
{
    /// <summary>obj:CLASS — the object (for a noun, its "of" phrase) is of the class.</summary>
    Object,
    /// <summary>subj:CLASS.</summary>
    Subject,
    /// <summary>obj2:CLASS — the second phrase after the verb ("called the damage an attack"); obj2 alone: any.</summary>
    SecondObject,
    /// <summary>no-obj.</summary>
    NoObject,
    /// <summary>"no-comp": the verb has no "that"/"to" complement clause ("called on the president at the palace").</summary>
    NoComplement,
    /// <summary>prep:P or prep:P:CLASS.</summary>
    Preposition,
    /// <summary>neg.</summary>
    Negated,
    /// <summary>not-neg.</summary>
    NotNegated,
    /// <summary>passive.</summary>
    Passive,
    /// <summary>comp: a "that" or "to" clause depends on the verb; comp:VERB, one of that verb.</summary>
    Complement,
    /// <summary>future: the verb group speaks of what will or would happen ("will pay a heavy price").</summary>
    Future,
    /// <summary>text:WORD_WORD — the clause contains the phrase ("persona non grata").</summary>
    Contains,
    /// <summary>obj=HEAD|HEAD (CAMEO patterns): the object's head word is one of <see cref="FrameConstraint.Words"/>.</summary>
    ObjectHead,
    /// <summary>mod=WORD|WORD (CAMEO patterns): a word of the object phrase before its head is one of them.</summary>
    ObjectModifier,
    /// <summary>prep=P pobj=HEAD (CAMEO patterns): an oblique of P whose head is one of the words.</summary>
    PrepositionHead,
    /// <summary>own-word: the clause is what a speaker says of its own state ("Mnangagwa said Zimbabwe needed …").</summary>
    OwnWord,
    /// <summary>own-obj: the object is the subject's own state or an organ of it ("ordered the army to withdraw").</summary>
    OwnObject,
    /// <summary>joint-subj: the subject is two or more parties joined ("Lula and I spoke about the agreement").</summary>
    JointSubject,
}

/// <summary>One constraint of an <see cref="EventFrame"/> (the "when" column of event-frames.tsv).</summary>
public sealed record FrameConstraint(ConstraintKind Kind, NounClass Class = NounClass.None, string? Preposition = null)
{
    /// <summary>For the CAMEO head constraints: the words allowed (lower case, phrases joined by spaces).</summary>
    public HashSet<string>? Words { get; init; }

    /// <summary>For text:WORD_WORD: the phrase the clause must contain, words joined by spaces.</summary>
    public string? Phrase { get; init; }

    /// <summary>Parses "obj:money", "prep:to:entity", "no-obj", …; null with a reason when the text is not a constraint.</summary>
    public static FrameConstraint? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split(':');
        switch (parts[0])
        {
            case "no-obj": return new FrameConstraint(ConstraintKind.NoObject);
            case "no-comp": return new FrameConstraint(ConstraintKind.NoComplement);
            case "neg": return new FrameConstraint(ConstraintKind.Negated);
            case "not-neg": return new FrameConstraint(ConstraintKind.NotNegated);
            case "passive": return new FrameConstraint(ConstraintKind.Passive);
            case "future": return new FrameConstraint(ConstraintKind.Future);
            case "own-word": return new FrameConstraint(ConstraintKind.OwnWord);
            case "own-obj": return new FrameConstraint(ConstraintKind.OwnObject);
            case "joint-subj": return new FrameConstraint(ConstraintKind.JointSubject);
            case "comp" when parts.Length == 1: return new FrameConstraint(ConstraintKind.Complement);
            case "comp" when parts.Length == 2: return new FrameConstraint(ConstraintKind.Complement) { Words = [parts[1].Replace('_', ' ')] };
            case "obj2" when parts.Length == 1: return new FrameConstraint(ConstraintKind.SecondObject);
            case "text" when parts.Length == 2: return new FrameConstraint(ConstraintKind.Contains) { Phrase = parts[1].Replace('_', ' ') };
            case "obj" or "subj" or "obj2" when parts.Length == 2:
            {
                var cls = NounClasses.Parse(parts[1]);
                if (cls == NounClass.None) { error = $"unknown noun class '{parts[1]}'"; return null; }
                return new FrameConstraint(parts[0] switch { "obj" => ConstraintKind.Object, "obj2" => ConstraintKind.SecondObject, _ => ConstraintKind.Subject }, cls);
            }
            case "prep" when parts.Length is 2 or 3:
            {
                var cls = parts.Length == 3 ? NounClasses.Parse(parts[2]) : NounClass.None;
                if (parts.Length == 3 && cls == NounClass.None) { error = $"unknown noun class '{parts[2]}'"; return null; }
                return new FrameConstraint(ConstraintKind.Preposition, cls, parts[1].Replace('_', ' '));
            }
        }
        error = $"unknown constraint '{text}'";
        return null;
    }

    public override string ToString() => Kind switch
    {
        ConstraintKind.Object => "obj:" + Class,
        ConstraintKind.Subject => "subj:" + Class,
        ConstraintKind.SecondObject => Class == NounClass.None ? "obj2" : "obj2:" + Class,
        ConstraintKind.NoObject => "no-obj",
        ConstraintKind.NoComplement => "no-comp",
        ConstraintKind.Preposition => "prep:" + Preposition + (Class == NounClass.None ? "" : ":" + Class),
        ConstraintKind.Negated => "neg",
        ConstraintKind.NotNegated => "not-neg",
        ConstraintKind.Passive => "passive",
        ConstraintKind.Future => "future",
        ConstraintKind.OwnWord => "own-word",
        ConstraintKind.OwnObject => "own-obj",
        ConstraintKind.JointSubject => "joint-subj",
        ConstraintKind.Contains => "text:" + Phrase!.Replace(' ', '_'),
        ConstraintKind.ObjectHead => "obj=" + string.Join('|', Words!.Take(3)) + (Words!.Count > 3 ? "|…" : ""),
        ConstraintKind.ObjectModifier => "mod=" + string.Join('|', Words!.Take(3)) + (Words!.Count > 3 ? "|…" : ""),
        ConstraintKind.PrepositionHead => "prep=" + Preposition + " pobj=" + string.Join('|', Words!.Take(3)) + (Words!.Count > 3 ? "|…" : ""),
        _ => Words is null ? "comp" : "comp:" + Words.First(),
    };
}
