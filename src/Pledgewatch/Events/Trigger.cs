namespace Pledgewatch.Events;

/// <summary>A word or phrase that signals an event, found in a sentence: where it stands (token indices, half-open) and what it signals.</summary>
public readonly record struct Trigger(int FirstToken, int EndToken, TriggerEntry Entry)
{
    public string Category => Entry.Category;
    public TriggerRole Role => Entry.Role;
}

/// <summary>One line of event-triggers.tsv.</summary>
/// <param name="Noun">The phrase is a noun ("pledge", "talks"); else a verb.</param>
public sealed record TriggerEntry(string Phrase, string Category, string? Mode, IReadOnlyList<string> Contexts, TriggerRole Role, bool Noun);
