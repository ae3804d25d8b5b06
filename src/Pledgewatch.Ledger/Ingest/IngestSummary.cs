using System.Globalization;

namespace Pledgewatch.Ledger.Ingest;

/// <summary>What a run did, for the closing line and the exit code. Counts are of this process only.</summary>
public sealed class IngestSummary
{
    /// <summary>Documents named in a line of <see cref="MetadataLines"/> at most; the rest are counted.</summary>
    private const int NamesShown = 10;

    public int New { get; set; }
    public int Unchanged { get; set; }
    public int Failed { get; set; }
    public int Records { get; set; }
    public int NewEntries { get; set; }
    public int Merged { get; set; }
    public int Parts { get; set; }

    /// <summary>Transactions the writer committed (each a batch of documents; a batch refused whole is counted too).</summary>
    internal int Batches { get; set; }

    /// <summary>New documents by where their publication date came from (<see cref="MetadataBasis"/>; "" for none).</summary>
    public Dictionary<string, int> DatedBy { get; } = new(StringComparer.Ordinal);

    /// <summary>New documents by where their outlet country came from ("" for none).</summary>
    public Dictionary<string, int> PlacedBy { get; } = new(StringComparer.Ordinal);

    /// <summary>The new documents dated by their file's time, by document id, in the order stored.</summary>
    public List<string> DatedByFile { get; } = [];

    /// <summary>The new documents with no date at all, coded as of the day of ingest.</summary>
    public List<string> Undated { get; } = [];

    /// <summary>The new documents with no outlet country (a bare "$" in them stays unresolved).</summary>
    public List<string> WithoutCountry { get; } = [];

    public int Documents => New + Unchanged + Failed;

    /// <summary>Counts a new document's metadata basis; called by the writer only.</summary>
    internal void Tally(Storage.StoredDocument d)
    {
        DatedBy[d.PublishedFrom ?? ""] = DatedBy.GetValueOrDefault(d.PublishedFrom ?? "") + 1;
        PlacedBy[d.CountryFrom ?? ""] = PlacedBy.GetValueOrDefault(d.CountryFrom ?? "") + 1;
        if (d.PublishedFrom == MetadataBasis.File) DatedByFile.Add(d.Doc);
        if (d.PublishedFrom == MetadataBasis.Ingest) Undated.Add(d.Doc);
        if (d.Country is null) WithoutCountry.Add(d.Doc);
    }

    public override string ToString() =>
        $"documents: {New} new, {Unchanged} unchanged, {Failed} failed; records: {Records}; ledger: {NewEntries} new entries, {Merged} merged into existing ones{(Parts > 0 ? $", {Parts} filed as parts of a package" : "")}";

    /// <summary>
    /// Where the new documents' dates and countries came from, and the documents whose date or country is a guess or
    /// missing, named (the first ten): "dates: 69 from gold files", "0 documents dated by their file's time".
    /// </summary>
    public IEnumerable<string> MetadataLines()
    {
        yield return "dates: " + Bases(DatedBy);
        yield return "outlet countries: " + Bases(PlacedBy);
        yield return Named(DatedByFile, "dated by its file's time", "dated by their file's time");
        if (Undated.Count > 0) yield return Named(Undated, "without a date (coded as of today)", "without a date (coded as of today)");
        yield return Named(WithoutCountry, "without an outlet country", "without an outlet country");
        if (DatedByFile.Count + Undated.Count + WithoutCountry.Count > 0)
            yield return "correct one with 'pledgewatch document set ID --published YYYY-MM-DD --country ISO3'; 'pledgewatch document list --unsure' lists them all";
    }

    private string Bases(Dictionary<string, int> counts) => New == 0
        ? "no new document"
        : string.Join(", ", counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => $"{kv.Value.ToString(CultureInfo.InvariantCulture)} {(kv.Key.Length == 0 ? "none" : "from " + MetadataBasis.Describe(kv.Key))}"));

    private static string Named(List<string> docs, string one, string many)
    {
        var head = $"{docs.Count.ToString(CultureInfo.InvariantCulture)} {(docs.Count == 1 ? "document" : "documents")} {(docs.Count == 1 ? one : many)}";
        if (docs.Count == 0) return head;
        var names = string.Join(", ", docs.Take(NamesShown));
        return docs.Count > NamesShown ? $"{head}: {names} and {docs.Count - NamesShown} more" : $"{head}: {names}";
    }
}
