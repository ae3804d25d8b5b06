namespace Pledgewatch.Syntax;

public enum ClauseKind : byte
{
    Main,
    /// <summary>Joined to an earlier clause by "and", "but", "while" (its parent), or gapped ("… and Y B").</summary>
    Coordinate,
    /// <summary>What a verb says, thinks or asks: "that …", "whether …", a clause after "said" without "that".</summary>
    Complement,
    /// <summary>"who …", "which …", "that …" after a noun: <see cref="Clause.Antecedent"/> is the noun.</summary>
    Relative,
    /// <summary>A participle after a noun without a relative pronoun: "the tanks pledged in January".</summary>
    ReducedRelative,
    /// <summary>"because …", "when …", "after …", "although …".</summary>
    Adverbial,
    /// <summary>"if …", "unless …".</summary>
    Conditional,
    /// <summary>A participle clause: "…, saying …", "Addressing the conference, X said".</summary>
    Participial,
    /// <summary>"to" + verb: the complement or purpose of its parent's verb ("pledged to send", "urged X to send").</summary>
    Infinitive,
}

/// <summary>A relation between a verb and a prepositional phrase: the preposition (lower case) and its object.</summary>
public readonly record struct Oblique(string Preposition, Chunk Object);

/// <summary>
/// A clause: its kind, its parent clause, its verb group and the grammatical relations of that verb. Roles that the
/// clause inherits (the subject of "to send", of a coordinated verb, the antecedent of a relative) point at chunks
/// of other clauses.
/// </summary>
public sealed class Clause
{
    public required ClauseKind Kind { get; set; }
    public required int Index { get; init; }

    /// <summary>The clause this one depends on; -1 for a main clause.</summary>
    public int Parent { get; set; } = -1;

    /// <summary>The word that opened the clause ("that", "if", "because", "who", "and"), lower case, or null.</summary>
    public string? Opener { get; set; }

    /// <summary>The verb group; null for a clause without one (a fragment, a heading).</summary>
    public Chunk? Verb { get; set; }

    /// <summary>Who does the verb's act: for a passive, the patient ("Russia was sanctioned"); see <see cref="Agent"/>.</summary>
    public Chunk? Subject { get; set; }

    /// <summary>The subject is taken from another clause (control, coordination, relative antecedent).</summary>
    public bool SubjectInherited { get; set; }

    public Chunk? Object { get; set; }

    /// <summary>"called the damage an attack", "named him envoy": the second phrase after the object.</summary>
    public Chunk? SecondObject { get; set; }

    /// <summary>"gave Ukraine $40 million": Ukraine.</summary>
    public Chunk? IndirectObject { get; set; }

    /// <summary>Prepositional phrases that depend on the verb, in order.</summary>
    public List<Oblique> Obliques { get; } = [];

    /// <summary>The "by" phrase of a passive.</summary>
    public Chunk? Agent { get; set; }

    /// <summary>For a relative or reduced relative clause: the noun phrase it describes.</summary>
    public Chunk? Antecedent { get; set; }

    /// <summary>For an infinitive that completes a noun ("the decision by the EU to impose", "plans to visit"): that noun.</summary>
    public Chunk? NounHead { get; set; }

    /// <summary>Date mentions that depend on this clause's verb.</summary>
    public List<Chunk> Dates { get; } = [];

    /// <summary>Clauses that depend on this one.</summary>
    public List<int> Children { get; } = [];

    /// <summary>Gapped: the verb is the antecedent clause's, not written again ("the ADB $1.5bn").</summary>
    public bool Gapped { get; set; }

    /// <summary>"condemned what it called an act of aggression": the clause only names its object, which is its parent's object.</summary>
    public bool Naming { get; set; }

    /// <summary>The first and last token of the clause's own chunks (a nested clause may sit inside that range).</summary>
    public int FirstToken { get; set; } = int.MaxValue;
    public int LastToken { get; set; } = -1;

    public string? Lemma => Verb?.Verb?.Lemma;

    /// <summary>The first oblique with <paramref name="preposition"/>, or null.</summary>
    public Chunk? ObliqueOf(string preposition)
    {
        foreach (var o in Obliques)
            if (o.Preposition == preposition) return o.Object;
        return null;
    }

    public override string ToString() => $"#{Index} {Kind}{(Parent >= 0 ? "<" + Parent : "")} {Lemma}";
}
