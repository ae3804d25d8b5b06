namespace Pledgewatch.Events;

/// <summary>How a trigger behaves beyond its category (column "role" of event-triggers.tsv).</summary>
public enum TriggerRole : byte
{
    Plain,
    /// <summary>A promise of resources: AGREE with a pledged commitment (EVENTS.md, "Coding rules that matter most").</summary>
    Commit,
    /// <summary>Resources handed over: AID (delivered), or AGREE (pledged) when stated in the future.</summary>
    Give,
    /// <summary>The subject receives resources ("Ukraine would receive"): the giver is found elsewhere.</summary>
    Receive,
    /// <summary>An event only when its object is a commitment or a sanction.</summary>
    Announce,
    Meet,
    Visit,
    Request,
    Sanction,
    Retreat,
    /// <summary>"called the decision dangerous": an accusation only when a negative judgement follows.</summary>
    Evaluate,
    /// <summary>Collective action by civilians (PROTEST with its mode); the same words from a government are ACCUSE.</summary>
    Protest,
    /// <summary>A verbal concession (CONCEDE): an apology, a pardon, a demand or veto dropped.</summary>
    Concede,
    /// <summary>A phrase that looks like a trigger but is none ("press conference"): it blocks the shorter match.</summary>
    Ignore,
}
