namespace Pledgewatch.Ledger.Watch;

/// <summary>What a watched source is: a URL (feed or page, told apart by each answer), a folder, or one file (feed or report).</summary>
internal enum SourceKind
{
    Url,
    Folder,
    File,
}
