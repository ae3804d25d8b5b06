namespace Pledgewatch.Reading;

/// <summary>What an HTML page yields: its main text (paragraphs joined by a blank line), headline and stated date.</summary>
internal sealed record HtmlArticle(string Text, string? Title, DateOnly? Published);
