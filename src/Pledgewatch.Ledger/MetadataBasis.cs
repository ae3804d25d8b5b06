namespace Pledgewatch.Ledger;

/// <summary>
/// Where a document's publication date or outlet country came from, as stored with it (<c>documents.published_from</c>,
/// <c>documents.country_from</c>). A date from <see cref="File"/> or <see cref="Ingest"/> is a guess, and so is a
/// missing country: ingest counts and names such documents, pages mark them, and <c>pledgewatch document set</c>
/// corrects them. Null means "not recorded" (documents ingested before the basis was kept).
/// </summary>
public static class MetadataBasis
{
    /// <summary>The command line (<c>--published</c>, <c>--country</c>) or the API's query string, for every document of the run.</summary>
    public const string Given = "given";

    /// <summary>The <c>--manifest</c> CSV's row for the document.</summary>
    public const string Manifest = "manifest";

    /// <summary><c>NAME.meta.json</c> beside the file.</summary>
    public const string Meta = "meta";

    /// <summary><c>NAME.gold.json</c> beside the file (an annotated corpus): its <c>published</c> and <c>outlet_country</c>.</summary>
    public const string Gold = "gold";

    /// <summary>The feed item the document was found in.</summary>
    public const string Feed = "feed";

    /// <summary>The document itself: a publication line, HTML metadata, a letterhead date.</summary>
    public const string Text = "text";

    /// <summary>The outlet country from the report's dateline ("OTTAWA —").</summary>
    public const string Dateline = "dateline";

    /// <summary>A guess: the file's modification time.</summary>
    public const string File = "file";

    /// <summary>A guess: nothing said when it was published, so it was coded as of the day it was ingested.</summary>
    public const string Ingest = "ingest";

    /// <summary>Corrected by a person (<c>pledgewatch document set</c>).</summary>
    public const string Set = "set";

    /// <summary>True when a date of this basis is a guess the user should check.</summary>
    public static bool IsGuess(string? publishedFrom) => publishedFrom is File or Ingest;

    /// <summary>How a basis reads in summaries and pages: "their file's time", "gold files".</summary>
    public static string Describe(string? basis) => basis switch
    {
        Given => "the command line",
        Manifest => "the manifest",
        Meta => ".meta.json files",
        Gold => "gold files",
        Feed => "feeds",
        Text => "the text",
        Dateline => "datelines",
        File => "the file's time",
        Ingest => "the day of ingest",
        Set => "a correction",
        _ => "unrecorded",
    };
}
