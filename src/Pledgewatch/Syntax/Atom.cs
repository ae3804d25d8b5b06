using Pledgewatch.Amounts;
using Pledgewatch.Dates;
using Pledgewatch.Entities;

namespace Pledgewatch.Syntax;

/// <summary>
/// A mention found by an earlier stage, placed on token indices (<see cref="First"/> inclusive, <see cref="End"/>
/// exclusive): to the parser it is one word of a noun phrase (a date is an adverbial).
/// </summary>
public sealed record Atom(AtomKind Kind, int First, int End, Mention? Entity = null, MoneyMention? Money = null, ItemMention? Items = null, DateMention? Date = null)
{
    /// <summary>
    /// A nationality adjective used as a modifier ("Russian officials"); "Turkish police" (with a sector) is a whole
    /// entity, and so is a plural people noun ("the Emiratis hope", "Ukrainians"; "Swiss" is an adjective).
    /// </summary>
    public bool IsDemonym => Entity is { Form: MentionForm.Demonym, Sector: null } e && !(e.Text.EndsWith('s') && !e.Text.EndsWith("ss", StringComparison.Ordinal));

    /// <summary>"his", "her", "its", "their", "our", "my": a pronoun that is a possessor, before the noun it owns.</summary>
    public bool IsPossessivePronoun => Entity is { Form: MentionForm.Pronoun } e
        && e.Text.ToLowerInvariant() is "his" or "her" or "its" or "their" or "our" or "my" or "your";
}
