using System.Globalization;
using System.Text;
using Pledgewatch.Ledger.Ingest;
using Pledgewatch.Ledger.Storage;
using Pledgewatch.Reading;

namespace Pledgewatch.Ledger.Recoding;

/// <summary>
/// Codes a stored document again with the current coder and hands the records to <see cref="LedgerStore.Recode"/>.
/// The stored text is read as it was stored (plain text, its offsets those of the stored records); the date and
/// country are the document's, or a correction's. A date that was a guess (the file's time, the day of ingest) gives
/// way to one the coder now finds in the text.
/// </summary>
public sealed class Recoder(LedgerStore store, CodingPipeline pipeline)
{
    /// <summary>Re-codes one document; an error (no such document, unreadable text) comes back as a one-line message.</summary>
    /// <param name="correction">New facts for the document (<c>document set</c>): a null date or country keeps the stored one.</param>
    public (RecodeOutcome? Outcome, string? Error) Recode(long documentId, string who, bool dryRun, DocumentFacts? correction = null)
    {
        if (store.DocumentForRecode(documentId) is not { } row) return (null, $"no document {documentId} (see 'pledgewatch document list')");
        var storedDay = Day(row.Published);
        var published = correction?.Published ?? (MetadataBasis.IsGuess(row.PublishedFrom) ? null : storedDay);
        var publishedFrom = correction?.Published is not null ? correction.PublishedFrom : row.PublishedFrom;
        var country = correction?.Country ?? row.Country;
        var countryFrom = correction?.Country is not null ? correction.CountryFrom : row.CountryFrom;
        var read = DocumentReader.Read(Encoding.UTF8.GetBytes(row.Text), new ReadOptions(row.Doc, published, country, null, row.Doc + ".txt"));
        if (read.Document is not { } raw) return (null, $"document {documentId} ({row.Doc}): its stored text cannot be read again ({read.Error})");
        if (published is null)
        {
            // The text may state a date the coder did not find before; else the stored guess stands.
            (published, publishedFrom) = raw.Published is { } found ? (found, MetadataBasis.Text) : (storedDay, row.PublishedFrom);
        }
        var document = pipeline.Complete(raw with { Published = published, Title = row.Title });
        if (country is null && document.OutletCountry is not null) countryFrom = MetadataBasis.Dateline;
        var ingested = DateOnly.ParseExact(row.IngestedAt[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var records = pipeline.Code(document, document.Published ?? ingested).ToList();
        var facts = new DocumentFacts(document.Published, publishedFrom, document.OutletCountry, document.OutletCountry is null ? null : countryFrom);
        return (store.Recode(documentId, facts, records, CoderVersion.Current, who, dryRun), null);
    }

    private static DateOnly? Day(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
