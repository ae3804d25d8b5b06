namespace Pledgewatch.Reading;

/// <summary>What the caller knows of a document before reading it; each value, when given, wins over what the text says.</summary>
/// <param name="Id">The document id (the CLI passes the file name without its extension).</param>
/// <param name="Published">The publication date given by the caller (<c>--published</c>).</param>
/// <param name="OutletCountry">ISO3 of the outlet given by the caller (<c>--country</c>).</param>
/// <param name="FileDate">The file's modification date: the last resort for the publication date.</param>
/// <param name="FileName">The file name, used to tell HTML from text by its extension.</param>
public sealed record ReadOptions(
    string Id,
    DateOnly? Published = null,
    string? OutletCountry = null,
    DateOnly? FileDate = null,
    string? FileName = null);
