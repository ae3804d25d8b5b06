namespace Pledgewatch.Syntax;

public enum Tense : byte
{
    Present,
    Past,
    /// <summary>"will", "shall", "'ll", "is going to".</summary>
    Future,
    /// <summary>An infinitive or participle: no tense of its own (it takes its clause's).</summary>
    None,
}

/// <summary>What a verb group says beyond its verb: tense, voice, aspect, modal, negation.</summary>
public sealed record VerbGroup
{
    /// <summary>The main verb's lemma ("give"); for a group of auxiliaries only ("is"), the auxiliary's ("be").</summary>
    public required string Lemma { get; init; }

    /// <summary>The main verb token.</summary>
    public required int Main { get; init; }

    public Tense Tense { get; init; }

    /// <summary>"was approved", "have been sent".</summary>
    public bool Passive { get; init; }

    /// <summary>"has pledged", "had sent".</summary>
    public bool Perfect { get; init; }

    /// <summary>"is sending".</summary>
    public bool Progressive { get; init; }

    public bool Negated { get; init; }

    /// <summary>The modal other than future "will" ("would", "could", "may", "must", "should"), lower case; null without one.</summary>
    public string? Modal { get; init; }

    /// <summary>"to send": the group opens with "to".</summary>
    public bool Infinitive { get; init; }

    /// <summary>The group has tense of its own (a modal, an auxiliary or a finite main verb).</summary>
    public bool Finite { get; init; }

    /// <summary>A bare participle: "sending …", "pledged in January" (no auxiliary).</summary>
    public bool Participle { get; init; }

    /// <summary>The particle that follows the verb ("rule out", "hand over"), lower case, or null; its token is <see cref="ParticleToken"/>.</summary>
    public string? Particle { get; init; }

    public int ParticleToken { get; init; } = -1;
}
