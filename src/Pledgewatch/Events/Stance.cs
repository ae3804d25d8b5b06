namespace Pledgewatch.Events;

/// <summary>How a clause's event stands, read from its verb group and the chain of clauses above it.</summary>
public enum Stance : byte
{
    /// <summary>Reported as having happened or happening.</summary>
    Asserted,
    /// <summary>Promised, planned or announced for later ("will send", "pledged to send", "said it would send").</summary>
    Future,
    /// <summary>Under "if", "could", "might", "would" without a report: no event.</summary>
    Hypothetical,
    /// <summary>Negated ("did not send", "denied that …", "failed to …"): no event, unless its frame wants the negation.</summary>
    Negated,
    /// <summary>What was asked for, refused, threatened, alleged, wanted or allowed: the verb above is the event.</summary>
    Content,
    /// <summary>A relative clause describing a noun: background, no event (a recalled pledge with its own date excepted).</summary>
    Background,
    /// <summary>"Russia must withdraw", said by someone: a demand of the speaker (REQUEST).</summary>
    Obligation,
    /// <summary>What a party will or would do if something happens ("will respond if Israel strikes again"): no event,
    /// unless what it will do is force or a sanction, a threat against whom the condition names.</summary>
    Conditional,
}

/// <summary>
/// The attitude towards a clause's event: its <see cref="Stance"/>, the clause whose subject reports or commits to it
/// (a speech or commitment verb above), and the rule that decided, for <c>pledgewatch explain</c>.
/// </summary>
public readonly record struct Attitude(Stance Stance, Syntax.Clause? Reporter, string Rule, bool Committed = false)
{
    public bool Codes => Stance is Stance.Asserted or Stance.Future or Stance.Obligation;
}
