using Pledgewatch.Sentences;

namespace Pledgewatch.Dates;

/// <summary>Finds date expressions in a sentence's tokens and resolves them against the publication date.</summary>
public static class DateExtractor
{
    public static List<DateMention> Extract(string text, IReadOnlyList<Token> tokens, DateOnly published) => []; // STUB(dates)
}
