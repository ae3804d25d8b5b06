namespace Pledgewatch.Reference;

/// <summary>
/// A noun that makes a person or a group a commentator (commentators.tsv): opinions, not political events
/// (EVENTS.md, coding rules). <paramref name="Plural"/> nouns ("analysts") name a group by themselves.
/// </summary>
/// <param name="Sector">EDU for academics and analysts, MED for journalists.</param>
internal sealed record CommentatorNoun(string Phrase, string Sector, bool Plural);
