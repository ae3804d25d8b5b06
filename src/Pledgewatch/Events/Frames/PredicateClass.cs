namespace Pledgewatch.Events.Frames;

/// <summary>What a verb makes of the clause that depends on it (event-predicates.tsv explains each).</summary>
public enum PredicateClass : byte
{
    None,
    Speech,
    Commit,
    Plan,
    Request,
    Refuse,
    Desire,
    Compel,
    Threaten,
    Accuse,
    Deny,
    Fail,
    Aspect,
    Stop,
    Allow,
    Help,
    Evaluate,
    Perform,
    Decide,
    Occur,
}
