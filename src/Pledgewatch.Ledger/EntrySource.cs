using Pledgewatch.Records;

namespace Pledgewatch.Ledger;

/// <summary>One report behind a ledger entry: the document and the sentence the coded record rests on.</summary>
/// <param name="Id">The source's own id (what <c>ledger split --source</c> takes); 0 before it is stored.</param>
/// <param name="Doc">The document id (EVENTS.md <c>doc</c>).</param>
/// <param name="Url">The page the document was fetched from; null for local files.</param>
/// <param name="Published">The document's publication date, when known.</param>
/// <param name="Evidence">The sentence, with half-open UTF-16 offsets into the stored document text.</param>
/// <param name="Rule">Why this source belongs to the entry: "opened the entry", the de-duplication rule that matched, a split or a merge.</param>
public sealed record EntrySource(long Id, string Doc, string? Title, string? Url, DateOnly? Published, Evidence Evidence, string Rule)
{
    /// <summary>
    /// When the record behind this source stopped coming out of the coder (<c>pledgewatch recode</c>); null while it is
    /// live. A retired source is kept, with its evidence, but no longer supports its entry.
    /// </summary>
    public string? RetiredAt { get; init; }
}
