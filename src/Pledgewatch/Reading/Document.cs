namespace Pledgewatch.Reading;

/// <summary>
/// A report as read: its main text (offsets in every record point into <see cref="Text"/>) and what is known
/// of where and when it was published.
/// </summary>
/// <param name="Id">The document identifier written to each record's <c>doc</c> (the file name without extension).</param>
/// <param name="Text">The main text: plain text as given, or the article body extracted from HTML.</param>
/// <param name="Published">The publication date: from the caller, else the text, else the file; null when unknown.</param>
/// <param name="OutletCountry">ISO 3166-1 alpha-3 of the outlet: from the caller, else a dateline; null when unknown.</param>
/// <param name="Title">The headline, when the source has one.</param>
/// <param name="Dateline">The place of a dateline ("OTTAWA —" → "OTTAWA"): the outlet's country when none was given, where
/// meetings reported without a place happened, and where the body starts.</param>
public sealed record Document(string Id, string Text, DateOnly? Published, string? OutletCountry, string? Title = null, string? Dateline = null);
